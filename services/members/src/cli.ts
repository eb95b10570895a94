#!/usr/bin/env node
/**
 * 党员名册 exchange from a shell, through the gateway like any client:
 *   node services/members/dist/cli.js export --unit <unitId> [--out <file.xlsx>]
 *   node services/members/dist/cli.js import --unit <unitId> <file.xlsx> [--dry-run]
 * Options: --gateway <url> (or SFXD_GATEWAY_URL; default http://localhost:4000/graphql),
 *          --token <jwt> (or SFXD_TOKEN): an ADMIN token, or the unit's UNIT_ADMIN token.
 * Exit codes: 0 done, 1 refused (errors printed by row and column), 2 wrong usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `usage:
  cli.js export --unit <unitId> [--out <file.xlsx>] [--gateway <url>] [--token <jwt>]
  cli.js import --unit <unitId> <file.xlsx> [--dry-run] [--gateway <url>] [--token <jwt>]
The token may also come from SFXD_TOKEN, the gateway URL from SFXD_GATEWAY_URL.`;

const EXPORT = 'query ($unitId: ID!) { exportRoster(unitId: $unitId) { filename contentBase64 rows } }';
const IMPORT = `mutation ($input: ImportRosterInput!) {
  importRoster(input: $input) { applied created updated unchanged errors { row column cell message } }
}`;

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function call<T>(gateway: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLAnswer<T>;
  if (body.errors?.length || !body.data) {
    const e = body.errors?.[0];
    throw new Error(`${e?.extensions?.code ?? `HTTP ${res.status}`}: ${e?.message ?? 'no data'}`);
  }
  return body.data;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        unit: { type: 'string' },
        out: { type: 'string' },
        gateway: { type: 'string' },
        token: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  const gateway = values.gateway ?? process.env.SFXD_GATEWAY_URL ?? 'http://localhost:4000/graphql';
  const token = values.token ?? process.env.SFXD_TOKEN;
  if (values.help || !values.unit || !token || (command !== 'export' && command !== 'import') || (command === 'import' && !file)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }

  if (command === 'export') {
    const { exportRoster } = await call<{ exportRoster: { filename: string; contentBase64: string; rows: number } }>(gateway, token, EXPORT, {
      unitId: values.unit,
    });
    const out = values.out ?? exportRoster.filename;
    writeFileSync(out, Buffer.from(exportRoster.contentBase64, 'base64'));
    console.log(`导出 ${exportRoster.rows} 名党员 → ${out}`);
    return 0;
  }

  const contentBase64 = readFileSync(file!).toString('base64');
  const { importRoster: r } = await call<{
    importRoster: { applied: boolean; created: number; updated: number; unchanged: number; errors: { row: number; column: string; cell: string | null; message: string }[] };
  }>(gateway, token, IMPORT, { input: { unitId: values.unit, contentBase64, dryRun: values['dry-run'] } });
  if (r.errors.length) {
    console.error(`未导入：发现 ${r.errors.length} 处错误，整表未写入 (nothing was written)`);
    for (const e of r.errors) console.error(`  第 ${e.row} 行 ${e.column}${e.cell ? ` (${e.cell})` : ''}: ${e.message}`);
    return 1;
  }
  const verb = r.applied ? '已导入' : '试导入（未写入）';
  console.log(`${verb}：新增 ${r.created}，更新 ${r.updated}，未变 ${r.unchanged}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
