import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSubgraphUrl, portVariable, urlVariable } from '@sfxd/kit';
import { SUBGRAPHS } from '@sfxd/subgraphs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Prints each subgraph's SDL and composes them, and renders the README's table of subgraphs:
 * file path (relative to schema/) → contents.
 */
export async function composeFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const services = [];
  for (const subgraph of SUBGRAPHS) {
    const sdl = printSubgraphSchema(await subgraph.buildSchema());
    files.set(`subgraphs/${subgraph.name}.graphql`, `${sdl.trim()}\n`);
    services.push({ name: subgraph.name, url: defaultSubgraphUrl(subgraph), typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  files.set('supergraph.graphql', `${result.supergraphSdl.trim()}\n`);
  const api = Supergraph.build(result.supergraphSdl).apiSchema().toGraphQLJSSchema();
  files.set('api.graphql', `${printSchema(api).trim()}\n`);
  const readme = path.join(root, '../README.md');
  files.set('../README.md', withSubgraphTable(readFileSync(readme, 'utf8')));
  return files;
}

const BEGIN = '<!-- subgraphs: written by `npm run schema:write` from services/subgraphs/src/index.ts -->';
const END = '<!-- /subgraphs -->';

/** The README with its table of subgraphs made from the list. */
export function withSubgraphTable(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${BEGIN} … ${END} block`);
  const rows = SUBGRAPHS.map((s) => {
    const asks = (s.asks ?? []).map((peer) => `\`${peer}\` (\`${urlVariable(peer)}\`)`).join(', ') || '—';
    return `| \`${s.name}\` | \`services/${s.name}\` | ${defaultSubgraphUrl(s, 'localhost')} (\`${portVariable(s.name)}\`) | ${s.summary} | ${asks} |`;
  });
  const table = [
    '| subgraph | package | address (answers the gateway only) | owns and adds | asks |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  return `${readme.slice(0, start)}${BEGIN}\n${table}\n${readme.slice(end)}`;
}

async function main(mode: string) {
  const files = await composeFiles();
  const stale: string[] = [];
  for (const [file, contents] of files) {
    const target = path.join(root, file);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === contents) continue;
    if (mode === 'check') stale.push(file);
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, contents);
      console.log(`wrote ${path.relative(path.join(root, '..'), target)}`);
    }
  }
  if (stale.length) {
    console.error(`Stale files (run \`npm run schema:write\` and commit them):\n${stale.map((f) => `  - ${path.relative(path.join(root, '..'), path.join(root, f))}`).join('\n')}`);
    process.exit(1);
  }
  if (mode === 'check') console.log(`schema: ${files.size} files up to date`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main(process.argv[2] ?? 'write');
}
