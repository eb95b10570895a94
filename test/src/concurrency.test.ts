import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Caller } from '@sfxd/kit';
import {
  CampaignByYear, CreateEvaluationRound, CreateMember, CreateUnit, DeclareHonor, IssueBallots, SubmitEvaluation, TransitionHonor,
} from './documents.js';
import { RaceHonorEvents, RaceHonorState, RaceImportLedger, RaceImportPaper, RacePaperTemplate, RaceTransition } from './documents-concurrency.js';
import { ADMIN, LEADER, gatewayClient, startTestPlatform, type Result, type TestPlatform } from './testkit.js';

/*
 * Fifty clients at once through the real gateway over HTTP, for a bounded time: committee staff
 * stepping the same candidacies with the version they read (naming them with the next plaque number
 * not yet seen taken, so that namers meet on one number), the masses submitting ballot codes that several of them hold at once, and
 * units importing ledgers and paper ballots while others declare the same subjects. Every answer
 * is recorded; afterwards the database (read with a connection of the test's own) and the gateway
 * must account for each of them exactly — nothing lost, nothing twice, nothing unaudited.
 *
 * CONCURRENCY_SECONDS sets how long the clients run (default 25, at most 60).
 */

const SECONDS = Math.min(60, Math.max(3, Number(process.env.CONCURRENCY_SECONDS ?? 25)));
const RUN = randomUUID().slice(0, 6);
/*
 * Imports take turns, one at a time in a process (kit's importTurn), and one waiting past its
 * deadline is refused as BAD_USER_INPUT on contentBase64 ("try again later"): a few importers
 * keep that line busy.
 */
const CLIENTS = { staff: 20, voters: 20, paper: 1, ledger: 3, declarers: 6 };
const HONORS = 10;
/** Plaque numbers as staff hand them out: the next one not yet seen taken, so namers meet on the same number. */
const PLAQUES = Array.from({ length: HONORS + 3 }, (_, i) => `并发-${RUN}-${String(i + 1).padStart(2, '0')}`);
const POST_CRITERIA = ['POST_POLITICAL', 'POST_DISCIPLINE', 'POST_SERVICE', 'POST_DUTY'] as const;

let platform: TestPlatform;
let request: ReturnType<typeof gatewayClient>;
let campaignId: string;

type Answer<T> = Result<T> & { failure?: string };

/** Every answer no client should ever get: a transport failure, an HTTP error, an error code outside the operation's rules. */
const unexpected: { op: string; detail: unknown }[] = [];

const codeOf = (r: Result<unknown>) => r.errors?.[0]?.extensions?.code as string | undefined;

/** An import refused for waiting its turn past its deadline ("try again later"); any other BAD_USER_INPUT is unexpected. */
function isBusy(r: Answer<unknown>): boolean {
  const busy = codeOf(r) === 'BAD_USER_INPUT' && r.errors![0]!.extensions!.field === 'contentBase64' && /could not be imported within/.test(r.errors![0]!.message);
  if (codeOf(r) === 'BAD_USER_INPUT' && !busy) unexpected.push({ op: 'import', detail: r.errors });
  return busy;
}

/**
 * Sends one operation and files any answer outside `expected` (a transport failure, an HTTP error,
 * an error code the operation should never give) as unexpected, so that the race goes on and the
 * test reports them all at the end.
 */
async function send<T, V extends Record<string, unknown>>(
  op: string, expected: readonly string[], document: Parameters<typeof request<T, V>>[0], variables: V, caller: Caller | null, headers?: Record<string, string>,
): Promise<Answer<T>> {
  let answer: Answer<T>;
  try {
    answer = await request(document, variables, caller, headers);
  } catch (error) {
    unexpected.push({ op, detail: String(error) });
    return { status: 0, failure: String(error) };
  }
  const code = codeOf(answer);
  if (answer.errors ? !expected.includes(code ?? '') : answer.status !== 200 || !answer.data) {
    unexpected.push({ op, detail: { status: answer.status, errors: answer.errors, variables } });
    answer.failure = code ?? `HTTP ${answer.status}`;
  }
  return answer;
}

async function sql<T = Record<string, any>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: platform.db.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Whether an importer goes on: until the race ends, and past it (for at most OVERTIME_MS) while it
 * has not yet had one good and one faulty file answered — on a loaded machine the import line is
 * slow, and each kind must have been tried for the accounts below to prove anything.
 */
const OVERTIME_MS = 90_000;
const importerGoesOn = (until: number, done: { good: boolean; faulty: boolean }) =>
  Date.now() < until || ((!done.good || !done.faulty) && Date.now() < until + OVERTIME_MS);
const nextIsFaulty = (until: number, n: number, every: number, done: { faulty: boolean }) => (Date.now() < until ? n % every === 1 : !done.faulty);

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const staffCaller = (role: 'staff' | 'declarer' | 'paper' | 'issuer', i: number): Caller => ({ sub: `race-${RUN}-${role}-${i}`, role: Role.ADMIN });

/* ------------------------------------------------------------------ set-up */

interface RaceHonor { id: string; baselineEvents: number; baselineVersion: number }
let honors: RaceHonor[] = [];
let roundId: string;
/** A unit of the round: its subjects as the paper template lists them (编号, name, 类别) under the template's headers. */
let ballotUnits: { id: string; subjects: string[]; rows: string[][]; header: string[]; sheetName: string }[] = [];
/** Members created for the race, numbered: declarers go after the even ones only, so some are left for the imports to declare. */
interface PoolMember { id: string; name: string; n: number }
let importUnits: { id: string; pool: PoolMember[] }[] = [];
let memberSequence = 0;

async function freshUnit(label: string): Promise<string> {
  const industryId = platform.seeded!.units.find((u) => !u.excluded)!.industryId;
  const code = `RACE-${RUN}-${label}`;
  const res = await request(CreateUnit, { input: { code, name: `并发测试单位${RUN}${label}`, industryId } }, ADMIN);
  expect(res.errors).toBeUndefined();
  return res.data!.createUnit.id;
}

async function createMember(unitId: string, caller: Caller) {
  const n = ++memberSequence;
  const res = await send('createMember', [], CreateMember, {
    input: { unitId, name: `并发党员${RUN}${n}`, gender: n % 2 ? 'MALE' : 'FEMALE', birthDate: '1985-03-0' + ((n % 9) + 1), joinedPartyOn: '2010-07-01', status: 'FULL', position: '科员' },
  }, caller);
  return Object.assign(res, { n });
}

/** A 示范单位 candidacy of a fresh unit, taken to publicity on 2016-09-30 (its window ends 2016-10-11). */
async function publicizedCandidacy(i: number): Promise<string> {
  const unitId = await freshUnit(`H${i}`);
  const declared = await request(DeclareHonor, { input: { campaignId, tier: 'UNIT', subjectId: unitId } }, ADMIN);
  expect(declared.errors).toBeUndefined();
  const honorId = declared.data!.declareHonor.id;
  const review = await request(TransitionHonor, { input: { honorId, action: 'START_MASS_REVIEW', expectedVersion: 1 } }, ADMIN);
  expect(review.errors).toBeUndefined();
  const publicized = await request(TransitionHonor, { input: { honorId, action: 'PUBLICIZE', expectedVersion: 2, publicityStartsOn: '2016-09-30' } }, ADMIN);
  expect(publicized.errors).toBeUndefined();
  return honorId;
}

beforeAll(async () => {
  // One generous deadline for subgraph calls: an answer cut at the gateway would leave the client
  // not knowing whether its write happened, and this test counts every write.
  platform = await startTestPlatform({ subgraphTimeoutMs: 120_000 });
  request = gatewayClient(platform.gatewayUrl);
  campaignId = (await request(CampaignByYear, { year: 2016 }, LEADER)).data!.campaignByYear!.id;

  process.env.BUSINESS_DATE = '2016-09-30';
  const ids = await Promise.all(Array.from({ length: HONORS }, (_, i) => publicizedCandidacy(i)));
  // The windows are over: the race starts at confirmation.
  process.env.BUSINESS_DATE = '2016-10-12';
  const baseline = await sql<{ id: string; version: number; events: number }>(
    `select h.id, h.version, (select count(*)::int from honors.honor_event e where e.honor_id = h.id) as events from honors.honor h where h.id = any($1)`, [ids]);
  honors = baseline.map((b) => ({ id: b.id, baselineEvents: b.events, baselineVersion: b.version }));

  const round = await request(CreateEvaluationRound, {
    input: { campaignId, name: `并发评议${RUN}`, kind: 'MID_YEAR_REVIEW', opensOn: '2016-10-01', closesOn: '2016-12-31', tiers: ['POST'] },
  }, ADMIN);
  expect(round.errors).toBeUndefined();
  roundId = round.data!.createEvaluationRound.id;
  const seededUnits = platform.seeded!.units.filter((u) => !u.excluded).slice(0, 2);
  ballotUnits = await Promise.all(seededUnits.map(async (u) => {
    // The template registers the unit's subjects with the round and lists them: the ballots' subjects.
    const template = await request(RacePaperTemplate, { unitId: u.id, roundId }, ADMIN);
    expect(template.errors).toBeUndefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.data!.paperBallotTemplate.contentBase64, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push([1, 2, 3].map((c) => String(row.getCell(c).value ?? '')));
    });
    expect(header.slice(0, 3)).toEqual(['评议对象编号', '评议对象', '类别']);
    expect(header).toHaveLength(3 + POST_CRITERIA.length + 1);
    expect(rows.length).toBeGreaterThan(2);
    return { id: u.id, subjects: rows.map((r) => r[0]!), rows, header, sheetName: sheet.name };
  }));

  importUnits = [];
  for (let i = 0; i < 3; i++) {
    const unitId = await freshUnit(`I${i}`);
    const pool: PoolMember[] = [];
    for (let m = 0; m < 3; m++) {
      const member = await createMember(unitId, ADMIN);
      pool.push({ id: member.data!.createMember.id, name: member.data!.createMember.name, n: member.n });
    }
    importUnits.push({ id: unitId, pool });
  }
  expect(unexpected).toEqual([]);
}, 240_000);

afterAll(async () => {
  delete process.env.BUSINESS_DATE;
  await platform?.dispose();
});

/* ------------------------------------------------------------------ the clients */

interface Transitioned { client: number; honorId: string; action: string; expectedVersion: number; version: number; plaqueNumber: string | null }
interface Refused { client: number; honorId: string; action: string; expectedVersion: number; plaqueNumber?: string; extensions: Record<string, any> }
const transitions: Transitioned[] = [];
const conflicts: Refused[] = [];
const plaquesSeenTaken = new Set<string>();

/** 组织科: reads a candidacy, takes its next step with the version read. */
async function staff(i: number, until: number) {
  const caller = staffCaller('staff', i);
  while (Date.now() < until) {
    const honorId = pick(honors).id;
    const read = await send('honor', [], RaceHonorState, { id: honorId }, caller);
    if (!read.data?.honor) continue;
    const { status, version } = read.data.honor;
    const input: Record<string, unknown> = { honorId, expectedVersion: version };
    if (status === 'PUBLICIZING') input.action = 'CONFIRM';
    else if (status === 'CONFIRMED') Object.assign(input, { action: 'NAME', plaqueNumber: PLAQUES.find((p) => !plaquesSeenTaken.has(p)), batch: '并发测试批次' });
    else if (status === 'RECTIFYING') Object.assign(input, { action: 'PASS_RECTIFICATION', note: '整改到位，验收通过' });
    else if (Math.random() < 0.5) Object.assign(input, { action: 'COMMEND', note: '示范作用突出，予以表彰' });
    else Object.assign(input, { action: 'ORDER_RECTIFICATION', note: '服务群众满意度下降，限期整改', deadline: '2016-12-30' });
    const res = await send('transitionHonor', ['CONFLICT'], RaceTransition, { input: input as never }, caller);
    const action = input.action as string;
    if (res.data?.transitionHonor) {
      const t = res.data.transitionHonor;
      transitions.push({ client: i, honorId, action, expectedVersion: version, version: t.version, plaqueNumber: t.plaqueNumber ?? null });
      if (action === 'NAME') plaquesSeenTaken.add(t.plaqueNumber!);
    } else if (codeOf(res) === 'CONFLICT') {
      conflicts.push({ client: i, honorId, action, expectedVersion: version, plaqueNumber: input.plaqueNumber as string | undefined, extensions: res.errors![0]!.extensions! });
      if (res.errors![0]!.extensions!.field === 'plaqueNumber') plaquesSeenTaken.add(input.plaqueNumber as string);
    }
  }
}

interface Ballot { code: string; unitId: string; attempts: number; accepted: string[]; refused: number; limited: number }
const ballots: Ballot[] = [];
let issued = 0;

/**
 * 群众: takes a code that at most one other holder has tried (issuing three more when fewer than
 * three such are left) and sends it twice at once, as a voter tapping twice or two people with one slip would.
 * Each submission comes from an address of its own: every voter is somebody else.
 */
async function voter(i: number, until: number) {
  let sent = 0;
  while (Date.now() < until) {
    const untried = ballots.filter((b) => b.attempts < 2);
    if (untried.length < 3) {
      const unit = pick(ballotUnits);
      const res = await send('issueBallots', [], IssueBallots, { input: { roundId, unitId: unit.id, count: 3 } }, staffCaller('issuer', i));
      if (!res.data) continue;
      issued += res.data.issueBallots.count;
      for (const { code } of res.data.issueBallots.ballots) ballots.push({ code, unitId: unit.id, attempts: 0, accepted: [], refused: 0, limited: 0 });
      continue;
    }
    const ballot = pick(untried);
    ballot.attempts++;
    const subjects = ballotUnits.find((u) => u.id === ballot!.unitId)!.subjects;
    await Promise.all([0, 1].map(async () => {
      const n = ++sent;
      const address = `10.${i + 1}.${(n >> 8) & 255}.${n & 255}`;
      const res = await send('submitEvaluation', ['FORBIDDEN', 'RATE_LIMITED'], SubmitEvaluation, {
        input: {
          roundId, subjectId: pick(subjects), evaluatorKind: 'MASSES', ballotCode: ballot!.code,
          scores: POST_CRITERIA.map((criterion) => ({ criterion, score: 60 + Math.floor(Math.random() * 41) })),
        },
      }, null, { 'x-forwarded-for': address });
      if (res.data?.submitEvaluation) ballot!.accepted.push(res.data.submitEvaluation.id);
      else if (codeOf(res) === 'FORBIDDEN') ballot!.refused++;
      else if (codeOf(res) === 'RATE_LIMITED') ballot!.limited++;
    }));
  }
}

interface PaperImport { client: number; rows: number; faulty: boolean; applied?: boolean; ballots?: number; errors?: number; busy?: boolean }
const paperImports: PaperImport[] = [];

/** A unit's staff importing paper ballots: three filled-in rows, every third file with a score out of range. */
async function paperClerk(i: number, until: number) {
  const caller = staffCaller('paper', i);
  const done = { good: false, faulty: false };
  for (let n = 0; importerGoesOn(until, done); n++) {
    const unit = pick(ballotUnits);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(unit.sheetName);
    sheet.addRow(unit.header);
    const faulty = nextIsFaulty(until, n, 3, done);
    for (let r = 0; r < 3; r++) {
      const scores = POST_CRITERIA.map(() => 70 + Math.floor(Math.random() * 31));
      if (faulty && r === 2) scores[1] = 150;
      sheet.addRow([...pick(unit.rows), ...scores, '']);
    }
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const res = await send('importPaperBallots', ['BAD_USER_INPUT'], RaceImportPaper, { input: { roundId, unitId: unit.id, contentBase64 } }, caller);
    if (res.data?.importPaperBallots) {
      const r = res.data.importPaperBallots;
      paperImports.push({ client: i, rows: 3, faulty, applied: r.applied, ballots: r.ballots, errors: r.errors.length });
      done[faulty ? 'faulty' : 'good'] = true;
    } else if (isBusy(res)) paperImports.push({ client: i, rows: 3, faulty, busy: true });
  }
}

interface LedgerImport {
  client: number; unitId: string; subjects: string[]; faulty: boolean;
  applied?: boolean; declared?: number; unchanged?: number; errors?: number; conflict?: boolean; busy?: boolean;
}
const ledgerImports: LedgerImport[] = [];
const membersCreated: { client: number; id: string }[] = [];

/** The recent members of a unit: the ones still likely to be undeclared, so importers and declarers meet on them. */
const recent = (unit: (typeof importUnits)[number]) => unit.pool.slice(-6);

/**
 * 单位党务干部: adds a member to the roster, then imports a ledger declaring it and up to two other
 * recent members (which other importers and declarers are after too); one file in four carries a
 * member nobody has, and must be refused whole.
 */
async function ledgerClerk(i: number, until: number) {
  const done = { good: false, faulty: false };
  for (let n = 0; importerGoesOn(until, done); n++) {
    const unit = pick(importUnits);
    const caller: Caller = { sub: `race-${RUN}-ledger-${i}`, role: Role.UNIT_ADMIN, unitId: unit.id };
    const created = await createMember(unit.id, caller);
    if (!created.data) continue;
    const member = { id: created.data.createMember.id, name: created.data.createMember.name, n: created.n };
    unit.pool.push(member);
    membersCreated.push({ client: i, id: member.id });
    const chosen = [...new Set([member, ...Array.from({ length: 2 }, () => pick(recent(unit)))])];
    const faulty = nextIsFaulty(until, n, 4, done);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('示范行动台账');
    sheet.addRow(['类别', '对象编号', '对象名称']);
    for (const m of chosen) sheet.addRow(['示范岗', m.id, m.name]);
    if (faulty) sheet.addRow(['示范岗', randomUUID(), '查无此人']);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const entry: LedgerImport = { client: i, unitId: unit.id, subjects: chosen.map((m) => m.id), faulty };
    const res = await send('importLedger', ['CONFLICT', 'BAD_USER_INPUT'], RaceImportLedger, { input: { campaignId, unitId: unit.id, contentBase64 } }, caller);
    if (res.data?.importLedger) {
      const r = res.data.importLedger;
      Object.assign(entry, { applied: r.applied, declared: r.declared, unchanged: r.unchanged, errors: r.errors.length });
      if (faulty) done.faulty = true;
      else if (r.declared > 0) done.good = true;
    } else if (codeOf(res) === 'CONFLICT') entry.conflict = true;
    else if (isBusy(res)) entry.busy = true;
    else continue;
    ledgerImports.push(entry);
  }
}

const declarations: { client: number; subjectId: string; honorId?: string; conflict?: boolean }[] = [];

/** 组织科 declaring a recent member directly, racing the units' imports of the same member. */
async function declarer(i: number, until: number) {
  const caller = staffCaller('declarer', i);
  while (Date.now() < until) {
    const member = pick(recent(pick(importUnits)).filter((m) => m.n % 2 === 0));
    if (!member) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    const res = await send('declareHonor', ['CONFLICT'], DeclareHonor, { input: { campaignId, tier: 'POST', subjectId: member.id } }, caller);
    if (res.data?.declareHonor) declarations.push({ client: i, subjectId: member.id, honorId: res.data.declareHonor.id });
    else if (codeOf(res) === 'CONFLICT') declarations.push({ client: i, subjectId: member.id, conflict: true });
  }
}

/* ------------------------------------------------------------------ the race and its accounts */

describe(`fifty clients writing at once for ${SECONDS} s`, () => {
  beforeAll(async () => {
    const until = Date.now() + SECONDS * 1000;
    const run = (n: number, client: (i: number, until: number) => Promise<void>) => Array.from({ length: n }, (_, i) => client(i, until));
    await Promise.all([
      ...run(CLIENTS.staff, staff), ...run(CLIENTS.voters, voter), ...run(CLIENTS.paper, paperClerk),
      ...run(CLIENTS.ledger, ledgerClerk), ...run(CLIENTS.declarers, declarer),
    ]);
    // What the race amounted to, for whoever reads the log.
    console.info(`concurrency: ${SECONDS} s · transitions ${transitions.length}, CONFLICT ${conflicts.length} · ballots issued ${issued}, `
      + `accepted ${ballots.reduce((n, b) => n + b.accepted.length, 0)}, refused ${ballots.reduce((n, b) => n + b.refused, 0)} · `
      + `paper imports ${paperImports.length} (busy ${paperImports.filter((p) => p.busy).length}) · `
      + `ledger imports ${ledgerImports.length} (CONFLICT ${ledgerImports.filter((l) => l.conflict).length}, busy ${ledgerImports.filter((l) => l.busy).length}) · `
      + `declarations ${declarations.length} (CONFLICT ${declarations.filter((d) => d.conflict).length}) · unexpected ${unexpected.length}`);
  }, SECONDS * 1000 + OVERTIME_MS + 120_000);

  it('gives every client a result or a refusal the rules foresee: CONFLICT, FORBIDDEN for a used code, RATE_LIMITED, an import told to try again later', () => {
    expect(unexpected).toEqual([]);
    expect(Object.values(CLIENTS).reduce((a, b) => a + b)).toBe(50);
  });

  it('loses no step of a candidacy: its events are exactly the transitions its staff were told of, one version each, each audited', async () => {
    // Real contention: staff were turned away for stale versions.
    expect(conflicts.filter((c) => c.extensions.actualVersion !== undefined).length).toBeGreaterThan(0);
    const events = await sql<{ honor_id: string; action: string }>(
      `select honor_id, action from honors.honor_event where honor_id = any($1) order by at, id`, [honors.map((h) => h.id)]);
    const stored = await sql<{ id: string; version: number; status: string }>(`select id, version, status from honors.honor where id = any($1)`, [honors.map((h) => h.id)]);
    const audited = await sql<{ entity_id: string; n: number }>(
      `select entity_id, count(*)::int as n from honors.audit_event where operation = 'transitionHonor' and entity_id = any($1) group by entity_id`, [honors.map((h) => h.id)]);
    for (const honor of honors) {
      const told = transitions.filter((t) => t.honorId === honor.id).sort((a, b) => a.version - b.version);
      const row = stored.find((s) => s.id === honor.id)!;
      const itsEvents = events.filter((e) => e.honor_id === honor.id);
      expect(itsEvents).toHaveLength(honor.baselineEvents + told.length);
      expect(row.version).toBe(1 + itsEvents.length);
      // Each success was told a version of its own, one above the one it read: none was overwritten.
      expect(told.map((t) => t.version)).toEqual(told.map((_, k) => honor.baselineVersion + k + 1));
      for (const t of told) expect(t.version).toBe(t.expectedVersion + 1);
      expect(itsEvents.slice(honor.baselineEvents).map((e) => e.action)).toEqual(told.map((t) => t.action));
      expect(audited.find((a) => a.entity_id === honor.id)?.n).toBe(itsEvents.length);
    }
  });

  it('answers CONFLICT only for a genuine conflict: a version someone else had moved on, or a plaque number another candidacy holds', async () => {
    const plaques = await sql<{ id: string; plaque_number: string }>(
      `select id, plaque_number from honors.honor where campaign_id = $1 and plaque_number = any($2)`, [campaignId, PLAQUES]);
    for (const c of conflicts) {
      if (c.extensions.field === 'plaqueNumber') {
        const holder = plaques.find((p) => p.plaque_number === c.plaqueNumber);
        expect(holder?.id).toBeDefined();
        expect(holder!.id).not.toBe(c.honorId);
      } else {
        expect(c.extensions).toMatchObject({ expectedVersion: c.expectedVersion });
        expect(c.extensions.actualVersion).toBeGreaterThan(c.expectedVersion);
        // Somebody was told of the step that moved the version past the one this client read.
        expect(transitions.some((t) => t.honorId === c.honorId && t.expectedVersion === c.expectedVersion)).toBe(true);
      }
    }
  });

  it('never gives one plaque number twice in the campaign, and names every candidacy with the number its namer was told', async () => {
    expect(await sql(`select plaque_number, count(*)::int as n from honors.honor where campaign_id = $1 and plaque_number is not null
      group by plaque_number having count(*) > 1`, [campaignId])).toEqual([]);
    const named = transitions.filter((t) => t.action === 'NAME');
    expect(named.length).toBeGreaterThan(0);
    const rows = await sql<{ id: string; plaque_number: string }>(`select id, plaque_number from honors.honor where id = any($1)`, [named.map((t) => t.honorId)]);
    for (const t of named) expect(rows.find((r) => r.id === t.honorId)!.plaque_number).toBe(t.plaqueNumber);
    expect(new Set(named.map((t) => t.honorId)).size).toBe(named.length);
  });

  it('tells the gateway the same story: each candidacy’s version and events as the database has them', async () => {
    for (const honor of honors) {
      const res = await request(RaceHonorEvents, { id: honor.id }, ADMIN);
      expect(res.errors).toBeUndefined();
      const told = transitions.filter((t) => t.honorId === honor.id);
      expect(res.data!.honor!.version).toBe(honor.baselineVersion + told.length);
      expect(res.data!.honor!.events).toHaveLength(honor.baselineEvents + told.length);
    }
  });

  it('takes each ballot code once: one evaluation for an accepted code, none for a refused one, each audited', async () => {
    const tried = ballots.filter((b) => b.attempts > 0);
    // Real contention: codes were sent by several holders at once, and turned away as used.
    expect(tried.filter((b) => b.refused > 0 && b.accepted.length === 1).length).toBeGreaterThan(0);
    for (const b of ballots) expect(b.accepted.length).toBeLessThanOrEqual(1);
    const accepted = ballots.flatMap((b) => b.accepted);
    const online = await sql<{ id: string }>(`select id from evaluations.evaluation where round_id = $1 and source = 'ONLINE'`, [roundId]);
    expect(online.map((e) => e.id).sort()).toEqual([...accepted].sort());
    const used = await sql<{ n: number; issued: number }>(
      `select count(*) filter (where used_at is not null)::int as n, count(*)::int as issued from evaluations.ballot where round_id = $1`, [roundId]);
    expect(used[0]).toEqual({ n: accepted.length, issued });
    const audited = await sql<{ entity_id: string }>(
      `select entity_id from evaluations.audit_event where operation = 'submitEvaluation' and detail->>'roundId' = $1`, [roundId]);
    expect(audited.map((a) => a.entity_id).sort()).toEqual([...accepted].sort());
    const scores = await sql<{ n: number }>(
      `select count(*)::int as n from evaluations.evaluation_score s join evaluations.evaluation e on e.id = s.evaluation_id where e.round_id = $1 and e.source = 'ONLINE'`, [roundId]);
    expect(scores[0]!.n).toBe(accepted.length * POST_CRITERIA.length);
  });

  it('imports paper ballots whole or not at all: a file with a wrong score writes nothing, a good one its three ballots and one audit line', async () => {
    expect(paperImports.filter((p) => p.faulty && !p.busy).length).toBeGreaterThan(0);
    expect(paperImports.filter((p) => p.applied).length).toBeGreaterThan(0);
    for (const p of paperImports.filter((x) => !x.busy)) {
      if (p.faulty) expect(p).toMatchObject({ applied: false, errors: 1 });
      else expect(p).toMatchObject({ applied: true, ballots: 3, errors: 0 });
    }
    const applied = paperImports.filter((p) => p.applied);
    const paper = await sql<{ n: number }>(`select count(*)::int as n from evaluations.evaluation where round_id = $1 and source = 'PAPER'`, [roundId]);
    expect(paper[0]!.n).toBe(applied.reduce((sum, p) => sum + p.ballots!, 0));
    const audited = await sql<{ actor: string; n: number }>(
      `select actor, count(*)::int as n from evaluations.audit_event where operation = 'importPaperBallots' and entity_id = $1 group by actor`, [roundId]);
    for (let i = 0; i < CLIENTS.paper; i++) {
      expect(audited.find((a) => a.actor === staffCaller('paper', i).sub)?.n ?? 0).toBe(applied.filter((p) => p.client === i).length);
    }
  });

  it('imports ledgers whole or not at all, racing declarations: one live candidacy a member, each told to exactly one client and audited once', async () => {
    const faulty = ledgerImports.filter((l) => l.faulty && !l.busy);
    expect(faulty.length).toBeGreaterThan(0);
    expect(ledgerImports.filter((l) => l.applied && l.declared! > 0).length).toBeGreaterThan(0);
    for (const l of faulty) expect(l).toMatchObject({ applied: false, declared: 0 });
    for (const l of ledgerImports.filter((x) => !x.faulty && !x.conflict && !x.busy)) {
      expect(l).toMatchObject({ applied: true, errors: 0 });
      expect(l.declared! + l.unchanged!).toBe(l.subjects.length);
    }
    // Real contention: declarations were refused because an import or another declaration had won.
    expect(declarations.filter((d) => d.conflict).length).toBeGreaterThan(0);

    const members = importUnits.flatMap((u) => u.pool.map((m) => m.id));
    const stored = await sql<{ id: string; subject_id: string; status: string }>(
      `select id, subject_id, status from honors.honor where campaign_id = $1 and subject_id = any($2)`, [campaignId, members]);
    expect(new Set(stored.map((h) => h.subject_id)).size).toBe(stored.length);
    const declaredByImports = ledgerImports.filter((l) => l.applied).reduce((sum, l) => sum + l.declared!, 0);
    const declaredDirectly = declarations.filter((d) => d.honorId);
    expect(stored).toHaveLength(declaredByImports + declaredDirectly.length);
    for (const d of declaredDirectly) expect(stored.find((h) => h.id === d.honorId)?.subject_id).toBe(d.subjectId);

    const audited = await sql<{ entity_id: string; operation: string; actor: string }>(
      `select entity_id, operation, actor from honors.audit_event where entity_id = any($1)`, [stored.map((h) => h.id)]);
    expect(audited.map((a) => a.entity_id).sort()).toEqual(stored.map((h) => h.id).sort());
    // Each importer's audit lines are exactly the declarations it was told of: a refused or
    // conflicting import left none behind.
    for (let i = 0; i < CLIENTS.ledger; i++) {
      const told = ledgerImports.filter((l) => l.client === i && l.applied).reduce((sum, l) => sum + l.declared!, 0);
      expect(audited.filter((a) => a.operation === 'importLedger' && a.actor === `race-${RUN}-ledger-${i}`)).toHaveLength(told);
    }
    for (let i = 0; i < CLIENTS.declarers; i++) {
      expect(audited.filter((a) => a.operation === 'declareHonor' && a.actor === staffCaller('declarer', i).sub))
        .toHaveLength(declaredDirectly.filter((d) => d.client === i).length);
    }
  });

  it('adds each member the roster was told of once, with its audit line', async () => {
    const ids = membersCreated.map((m) => m.id);
    expect(ids.length).toBeGreaterThan(0);
    const audited = await sql<{ entity_id: string }>(`select entity_id from members.audit_event where operation = 'createMember' and entity_id = any($1)`, [ids]);
    expect(audited.map((a) => a.entity_id).sort()).toEqual([...ids].sort());
  });
});
