import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { subgraphs } from './subgraphs.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Prints each subgraph's SDL and composes them: file path (relative to schema/) → contents. */
export async function composeFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const services = [];
  for (const subgraph of subgraphs) {
    const sdl = printSubgraphSchema(await subgraph.build());
    files.set(`subgraphs/${subgraph.name}.graphql`, `${sdl.trim()}\n`);
    services.push({ name: subgraph.name, url: subgraph.url, typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  files.set('supergraph.graphql', `${result.supergraphSdl.trim()}\n`);
  const api = Supergraph.build(result.supergraphSdl).apiSchema().toGraphQLJSSchema();
  files.set('api.graphql', `${printSchema(api).trim()}\n`);
  return files;
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
      console.log(`wrote schema/${file}`);
    }
  }
  if (stale.length) {
    console.error(`Stale schema files (run \`npm run schema:write\` and commit them):\n${stale.map((f) => `  - schema/${f}`).join('\n')}`);
    process.exit(1);
  }
  if (mode === 'check') console.log(`schema: ${files.size} files up to date`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main(process.argv[2] ?? 'write');
}
