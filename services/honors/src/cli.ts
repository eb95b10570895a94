#!/usr/bin/env node
/**
 * 示范行动台账 from a shell, through the gateway like any client:
 *   node services/honors/dist/cli.js ledger export --year 2016 --unit <code> [--out <file.xlsx>]
 *   node services/honors/dist/cli.js ledger import --year 2016 --unit <code> <file.xlsx> [--dry-run]
 *   node services/honors/dist/cli.js ledger submit --year 2016 [--unit <code>]
 *   node services/honors/dist/cli.js ledger status --year 2016
 * --unit takes the unit's code (e.g. U001) or its id. Options: --gateway <url> (or SFXD_GATEWAY_URL;
 * default http://localhost:4000/graphql), --token <jwt> (or SFXD_TOKEN): an ADMIN token, or the
 * unit's UNIT_ADMIN token (export and status take any role's; a UNIT_ADMIN's sees its own unit only).
 * Exit codes: 0 done, 1 refused (errors printed by row and column), 2 wrong usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `usage:
  cli.js ledger export --year <year> --unit <code> [--out <file.xlsx>] [--gateway <url>] [--token <jwt>]
  cli.js ledger import --year <year> --unit <code> <file.xlsx> [--dry-run] [--gateway <url>] [--token <jwt>]
  cli.js ledger submit --year <year> [--unit <code>] [--gateway <url>] [--token <jwt>]
  cli.js ledger status --year <year> [--gateway <url>] [--token <jwt>]
--unit takes a unit's code or id. The token may also come from SFXD_TOKEN, the gateway URL from SFXD_GATEWAY_URL.`;

const CAMPAIGN = 'query ($year: Int!) { campaignByYear(year: $year) { id year ledgerDueOn } }';
const UNITS = 'query { units(includeExcluded: true) { id code name } }';
const EXPORT = 'query ($c: ID!, $u: ID!) { exportLedger(campaignId: $c, unitId: $u) { filename contentBase64 rows } }';
const IMPORT = `mutation ($input: ImportLedgerInput!) {
  importLedger(input: $input) { applied declared unchanged errors { row column cell message } }
}`;
const SUBMIT = 'mutation ($c: ID!, $u: ID) { submitLedger(campaignId: $c, unitId: $u) { submittedOn onTime contents { posts teams units named } } }';
const STATUS = `query ($c: ID!) { ledgerSubmissions(campaignId: $c) {
  dueOn participatingCount onTimeCount lateCount missingCount
  units { unit { code name } status submissionCount latest { submittedOn } }
} }`;

const STATUS_LABEL: Record<string, string> = { ON_TIME: '按时', LATE: '逾期', MISSING: '未报送' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

class Refused extends Error {}

async function call<T>(gateway: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLAnswer<T>;
  if (body.errors?.length || !body.data) {
    const e = body.errors?.[0];
    throw new Refused(`${e?.extensions?.code ?? `HTTP ${res.status}`}: ${e?.message ?? 'no data'}`);
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
        year: { type: 'string' },
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
  const [topic, command, file] = positionals;
  const gateway = values.gateway ?? process.env.SFXD_GATEWAY_URL ?? 'http://localhost:4000/graphql';
  const token = values.token ?? process.env.SFXD_TOKEN;
  const year = Number(values.year);
  const needsUnit = command === 'export' || command === 'import';
  const usable = topic === 'ledger' && ['export', 'import', 'submit', 'status'].includes(command ?? '') && Number.isInteger(year) && token
    && (!needsUnit || values.unit) && (command !== 'import' || file);
  if (values.help || !usable) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const ask = <T>(query: string, variables?: Record<string, unknown>) => call<T>(gateway, token!, query, variables);

  const { campaignByYear: campaign } = await ask<{ campaignByYear: { id: string; year: number; ledgerDueOn: string } | null }>(CAMPAIGN, { year });
  if (!campaign) throw new Refused(`没有${year}年度的示范行动 (no campaign for ${year})`);
  let unitId: string | undefined;
  if (values.unit) {
    if (UUID.test(values.unit)) unitId = values.unit.toLowerCase();
    else {
      const { units } = await ask<{ units: { id: string; code: string }[] }>(UNITS);
      unitId = units.find((u) => u.code.toLowerCase() === values.unit!.toLowerCase())?.id;
      if (!unitId) throw new Refused(`没有代码为 ${values.unit} 的单位 (no unit with this code)`);
    }
  }

  switch (command) {
    case 'export': {
      const { exportLedger: f } = await ask<{ exportLedger: { filename: string; contentBase64: string; rows: number } }>(EXPORT, { c: campaign.id, u: unitId });
      const out = values.out ?? f.filename;
      writeFileSync(out, Buffer.from(f.contentBase64, 'base64'));
      console.log(`导出 ${f.rows} 项申报 → ${out}`);
      return 0;
    }
    case 'import': {
      const contentBase64 = readFileSync(file!).toString('base64');
      const { importLedger: r } = await ask<{
        importLedger: { applied: boolean; declared: number; unchanged: number; errors: { row: number; column: string; cell: string | null; message: string }[] };
      }>(IMPORT, { input: { campaignId: campaign.id, unitId, contentBase64, dryRun: values['dry-run'] } });
      if (r.errors.length) {
        console.error(`未导入：发现 ${r.errors.length} 处错误，整表未写入 (nothing was written)`);
        for (const e of r.errors) console.error(`  第 ${e.row} 行 ${e.column}${e.cell ? ` (${e.cell})` : ''}: ${e.message}`);
        return 1;
      }
      console.log(`${r.applied ? '已导入' : '试导入（未写入）'}：新增申报 ${r.declared}，已有 ${r.unchanged}`);
      return 0;
    }
    case 'submit': {
      const { submitLedger: s } = await ask<{ submitLedger: { submittedOn: string; onTime: boolean; contents: { posts: number; teams: number; units: number; named: number } } }>(
        SUBMIT, { c: campaign.id, u: unitId ?? null });
      console.log(`已报送 ${campaign.year} 年度台账（${s.submittedOn}，${s.onTime ? '按时' : `逾期，截止 ${campaign.ledgerDueOn}`}）：示范岗 ${s.contents.posts}，示范团队 ${s.contents.teams}，示范单位 ${s.contents.units}，已命名 ${s.contents.named}`);
      return 0;
    }
    default: {
      const { ledgerSubmissions: o } = await ask<{
        ledgerSubmissions: {
          dueOn: string; participatingCount: number; onTimeCount: number; lateCount: number; missingCount: number;
          units: { unit: { code: string; name: string }; status: string; submissionCount: number; latest: { submittedOn: string } | null }[];
        };
      }>(STATUS, { c: campaign.id });
      console.log(`${campaign.year} 年度台账（截止 ${o.dueOn}）：参加 ${o.participatingCount}，按时 ${o.onTimeCount}，逾期 ${o.lateCount}，未报送 ${o.missingCount}`);
      for (const u of o.units) {
        console.log(`  ${u.unit.code}\t${u.unit.name}\t${STATUS_LABEL[u.status] ?? u.status}${u.latest ? `\t${u.latest.submittedOn}（共 ${u.submissionCount} 次）` : ''}`);
      }
      return 0;
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
