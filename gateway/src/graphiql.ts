import express from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

/**
 * GraphiQL from the installed npm packages, never from a CDN: government intranets are offline.
 * React 18 still ships UMD builds, which GraphiQL 3's bundle expects as globals.
 */
export function graphiqlAssets(): express.Router {
  const router = express.Router();
  const files: Record<string, string> = {
    'react.js': path.join(dirOf('react'), 'umd/react.production.min.js'),
    'react-dom.js': path.join(dirOf('react-dom'), 'umd/react-dom.production.min.js'),
    'graphiql.js': path.join(dirOf('graphiql'), 'graphiql.min.js'),
    'graphiql.css': path.join(dirOf('graphiql'), 'graphiql.min.css'),
  };
  router.get('/:file', (req, res, next) => {
    const file = files[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}

export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>示范行动 GraphQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">加载中… Loading…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: [
        '# 示范行动 GraphQL · 共产党员示范行动',
        '# 登录 Sign in: Headers → {"Authorization": "Bearer <令牌 token>"}',
        '# 令牌见 npm start 输出 (tokens: npm start prints them)',
        '# 未登录仅可查公开名录 (anonymous: public directory only)',
        '{',
        '  units {',
        '    code',
        '    name',
        '    industry { name }',
        '    teamCount',
        '  }',
        '}',
        '',
      ].join('\\n'),
      shouldPersistHeaders: false,
    }),
  );
</script>
</body>
</html>`;
}
