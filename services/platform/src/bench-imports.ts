#!/usr/bin/env node
/**
 * `npm run bench:imports`: does a roster import slow down everybody else? Starts the platform on
 * tiny demo data (loopback only), times a small query through the gateway while the platform is
 * idle, then while 8 imports of a hostile file run at once (the file of issue 7: one row, a sheet
 * that claims A1:XFD1048576 and an empty cell at A1048576), then while 8 imports of the slowest
 * file the limits still let in (about 11 MB of empty styled cells) run at once. Prints p50/p99 and
 * their ratio to idle, and writes bench/results-imports.json.
 *   node services/platform/dist/bench-imports.js [--samples 300] [--imports 8] [--rounds 5]
 * With DATABASE_URL the database is made on that server; else an embedded one is started.
 */
import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, DEFAULT_MAX_INFLATED_BYTES, Role, createDatabaseIfMissing, createLogger, dropDatabase, signUserToken, withDatabase } from '@sfxd/kit';
import { SCALES } from '@sfxd/seed';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import yazl from 'yazl';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { startBenchDatabase } from './bench-database.js';
import { startPlatform } from './platform.js';

const { values } = parseArgs({ options: { samples: { type: 'string', default: '300' }, imports: { type: 'string', default: '8' }, rounds: { type: 'string', default: '5' } } });
const rounds = Math.max(1, Number(values.rounds));
const samples = Math.max(rounds * 10, Number(values.samples));
const concurrentImports = Math.max(1, Number(values.imports));
/** The whole run stops here whatever happens (bounded time). */
const RUN_LIMIT_MS = 10 * 60_000;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

const QUERY = 'query($unitId: ID!) { members(first: 5, unitId: $unitId) { totalCount edges { node { name } } } }';
const IMPORT = 'mutation($input: ImportRosterInput!) { importRoster(input: $input) { applied created errors { message } } }';

const HEADERS = ['编号', '姓名', '性别', '出生日期', '入党时间', '党员类别', '岗位/职务', '所在团队', '联系电话'];
const ROW = ['', '冯一', '男', '1981-04-04', '2003-07-01', '正式党员', '科员', '', ''];
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A roster with one member, written by hand so that its sheet can carry whatever a hostile sender adds. */
async function roster(extraRows: string): Promise<string> {
  const cells = (r: number, values: string[]) =>
    values.map((v, i) => (v ? `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${v}</t></is></c>` : '')).join('');
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>` +
    `<row r="1">${cells(1, HEADERS)}</row><row r="2">${cells(2, ROW)}</row>${extraRows}</sheetData></worksheet>`;
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="党员名册" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
    ['xl/worksheets/sheet1.xml', sheet],
  ];
  const zip = new yazl.ZipFile();
  for (const [name, text] of parts) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('base64');
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
};
const round = (x: number) => Math.round(x * 10) / 10;
const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const stopAll = setTimeout(() => {
  console.error(`bench:imports did not finish within ${RUN_LIMIT_MS / 60_000} minutes; giving up`);
  process.exit(2);
}, RUN_LIMIT_MS);
stopAll.unref();

const server = await startBenchDatabase('bench-imports');
const name = 'sfxd_bench_imports';
const admin = withDatabase(server.url, 'postgres');
await dropDatabase(admin, name);
await createDatabaseIfMissing(admin, name);
const platform = await startPlatform({
  databaseUrl: withDatabase(server.url, name),
  jwtSecret: DEV_JWT_SECRET,
  subgraphSecret: DEV_SUBGRAPH_SECRET,
  host: '127.0.0.1',
  ports: Object.fromEntries([['gateway', 0], ...SUBGRAPHS.map((s) => [s.name, 0])]),
  seed: SCALES.tiny,
  logger: createLogger('bench', 'warn'),
});

try {
  const unitId = platform.seeded!.units[0]!.id;
  const token = await signUserToken({ sub: 'bench', role: Role.ADMIN }, DEV_JWT_SECRET);
  const post = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const ask = () => post(QUERY, { unitId });
  /** True when the file was read (its one row counted); false when refused at the time budget. */
  const importOnce = async (contentBase64: string) => {
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: IMPORT, variables: { input: { unitId, contentBase64, dryRun: true } } }),
    });
    const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    const { importRoster } = body.data ?? {};
    if (importRoster?.created === 1 && !importRoster.errors.length) return true;
    // Imports wait in line for a reader; past their time budget they are refused, by design.
    if (body.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' && body.errors[0].message.includes('秒')) return false;
    throw new Error(`import answered ${JSON.stringify(body)}`);
  };
  const latencies = async (n: number) => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      await ask();
      times.push(performance.now() - started);
    }
    return times;
  };

  const files = {
    strayCell: await roster('<row r="1048576"><c r="A1048576" s="1"/></row>'),
    emptyCells: await roster(`<row r="9">${'<c r="J9" s="1"/>'.repeat(Math.floor((DEFAULT_MAX_INFLATED_BYTES * 0.7) / 16))}</row>`),
  };

  await latencies(30); // warm-up: connections, query plans
  for (let i = 0; i < 3; i++) await importOnce(files.strayCell);

  // One hostile import alone: how long the person who sent it waits.
  const single: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    if (!(await importOnce(files.strayCell))) throw new Error('a single stray-cell import was refused');
    single.push(performance.now() - started);
  }

  interface Load {
    times: number[];
    imports: number;
    refused: number;
    importTimes: number[];
  }
  const fresh = (): Load => ({ times: [], imports: 0, refused: 0, importTimes: [] });
  /** `n` query samples while `concurrentImports` clients each send the file, one import after another. */
  const underLoad = async (content: string, n: number, into: Load) => {
    let stop = false;
    let failure: unknown;
    // A failed import stops the load at once; it is reported after the database is cleaned up.
    const loops = Array.from({ length: concurrentImports }, async () => {
      while (!stop) {
        const started = performance.now();
        if (await importOnce(content)) into.imports++;
        else into.refused++;
        into.importTimes.push(performance.now() - started);
      }
    }).map((loop) => loop.catch((error: unknown) => {
      failure ??= error;
      stop = true;
    }));
    into.times.push(...(await latencies(n)));
    stop = true;
    await Promise.all(loops);
    if (failure) throw failure;
  };
  // The machine's other work drifts; idle and loaded samples are taken in alternating rounds so
  // that the drift falls on both alike.
  const idle: number[] = [];
  const stray = fresh();
  const heavy = fresh();
  const perRound = Math.ceil(samples / rounds);
  for (let r = 0; r < rounds; r++) {
    idle.push(...(await latencies(perRound)));
    await underLoad(files.strayCell, perRound, stray);
    await underLoad(files.emptyCells, perRound, heavy);
    console.log(`round ${r + 1}/${rounds} done`);
  }

  const summary = (times: number[]) => ({ p50: round(percentile(times, 0.5)), p99: round(percentile(times, 0.99)) });
  const base = summary(idle);
  const scenario = (r: Load) => {
    const s = summary(r.times);
    return { ...s, p50Ratio: round(s.p50 / base.p50), p99Ratio: round(s.p99 / base.p99), importsRead: r.imports, importsRefusedAtDeadline: r.refused, importP50Ms: round(percentile(r.importTimes, 0.5)) };
  };
  const results = {
    at: new Date().toISOString(),
    node: process.version,
    cpus: `${availableParallelism()} × ${cpus()[0]?.model ?? 'cpu'}`,
    data: 'tiny',
    query: QUERY,
    samples: idle.length,
    rounds,
    concurrentImports,
    idle: base,
    strayCellImports: { file: 'one row, dimension A1:XFD1048576, empty cell at A1048576', bytes: Buffer.from(files.strayCell, 'base64').length, ...scenario(stray) },
    emptyCellImports: { file: 'one row + ~11 MB of empty styled cells (under the inflated-size cap)', bytes: Buffer.from(files.emptyCells, 'base64').length, ...scenario(heavy) },
    singleStrayCellImportMs: summary(single),
    rssMb: rssMb(),
    peakRssMb: peakRssMb(),
    target: 'p50 and p99 during 8 concurrent stray-cell imports within 2× idle',
  };

  const row = (label: string, s: { p50: number; p99: number }, extra = '') => `${label.padEnd(44)}${`${s.p50} ms`.padStart(10)}${`${s.p99} ms`.padStart(11)}${extra}`;
  console.log(`\nsmall query through the gateway, ${idle.length} sequential samples each, in ${rounds} alternating rounds (${results.cpus}, ${process.version})`);
  console.log(`${''.padEnd(44)}${'p50'.padStart(10)}${'p99'.padStart(11)}`);
  console.log(row('idle', base));
  console.log(row(`during ${concurrentImports} stray-cell imports`, results.strayCellImports, `   ratio ${results.strayCellImports.p50Ratio}× / ${results.strayCellImports.p99Ratio}×, ${stray.imports} imports read, ${stray.refused} refused at the deadline, each ${results.strayCellImports.importP50Ms} ms (p50)`));
  console.log(row(`during ${concurrentImports} 11 MB empty-cell imports`, results.emptyCellImports, `   ratio ${results.emptyCellImports.p50Ratio}× / ${results.emptyCellImports.p99Ratio}×, ${heavy.imports} imports read, ${heavy.refused} refused at the deadline, each ${results.emptyCellImports.importP50Ms} ms (p50)`));
  console.log(row('one stray-cell import alone (5 runs)', results.singleStrayCellImportMs));
  console.log(`process RSS now ${results.rssMb} MB, peak ${results.peakRssMb} MB (database server not included)`);
  const ok = results.strayCellImports.p50Ratio <= 2 && results.strayCellImports.p99Ratio <= 2;
  console.log(ok ? 'target met: within 2× of idle' : 'target missed: more than 2× of idle');

  mkdirSync(path.join(root, 'bench'), { recursive: true });
  const file = path.join(root, 'bench', 'results-imports.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${path.relative(process.cwd(), file)}`);
} finally {
  await platform.stop();
  await dropDatabase(admin, name);
  await server.stop();
}
