import { admin, leader, unique, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { directoryMaker } from '@sfxd/units/testing';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHonorsSubgraphs } from '../testing/subgraphs.js';
import { recordLedgerContents } from './ledger.repository.js';

let h: TestSubgraphs;
let make: ReturnType<typeof directoryMaker>;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const queries = () => h.subgraph('honors').db.queries;

const SUBMIT = `mutation($c: ID!, $u: ID) { submitLedger(campaignId: $c, unitId: $u) {
  id submittedAt submittedOn submittedBy onTime late unit { id } campaign { year } contents { posts teams units named }
} }`;
const OVERVIEW = `query($c: ID!) { ledgerSubmissions(campaignId: $c) {
  dueOn participatingCount onTimeCount lateCount missingCount campaign { id }
  units { unit { id } status onTime late submissionCount latest { id submittedOn onTime contents { posts teams units named } } history { id onTime } }
  missing { id }
} }`;
const EXPORT = 'query($c: ID!, $u: ID!) { exportLedger(campaignId: $c, unitId: $u) { filename contentType contentBase64 rows } }';
const IMPORT = `mutation($input: ImportLedgerInput!) { importLedger(input: $input) { applied declared unchanged errors { row column cell message } } }`;
const DECLARE = 'mutation($input: DeclareHonorInput!) { declareHonor(input: $input) { id } }';

const HEADERS = ['编号', '类别', '对象编号', '对象名称', '状态', '申报日期', '公示开始', '公示结束', '命名日期', '命名批次', '牌匾编号', '整改期限'];

let years = 2040;
/** A campaign of a year no other test uses, due on 20 June of it. */
async function campaign(year = years++): Promise<{ id: string; year: number }> {
  const res = await as(admin, 'mutation($y: Int!) { createCampaign(input: { year: $y }) { id year } }', { y: year });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createCampaign;
}

async function member(unitId: string, name = `党员${unique()}`): Promise<{ id: string; name: string }> {
  const res = await h.client('members')(admin, 'mutation($input: CreateMemberInput!) { createMember(input: $input) { id name } }', {
    input: { unitId, name, gender: 'FEMALE', birthDate: '1986-04-02', joinedPartyOn: '2010-07-01', status: 'FULL', position: '科员' },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createMember;
}

/** A unit of its own with two members and two teams. */
async function unit(over: Record<string, unknown> = {}) {
  const industry = await make.industry();
  const u = await make.unit(industry.id, over);
  const teams = [await make.team(u.id, `预算科${unique()}`), await make.team(u.id, `国库科${unique()}`)];
  return { id: u.id, code: u.code!, name: u.name, industry, teams, members: [await member(u.id), await member(u.id)] };
}

async function declare(campaignId: string, tier: string, subjectId: string, caller = admin): Promise<string> {
  const res = await as(caller, DECLARE, { input: { campaignId, tier, subjectId } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.declareHonor.id;
}

/** A submission made at a given instant, as the demo data and older records are. */
async function submittedAt(campaignId: string, unitId: string, at: string) {
  await h.sql(`insert into honors.ledger_submission (id, campaign_id, unit_id, submitted_at, submitted_by, on_time) values ($1, $2, $3, $4, 'test', false)`,
    [randomUUID(), campaignId, unitId, at]);
}

async function exported(campaignId: string, unitId: string, caller = unitAdmin(unitId)) {
  const res = await as(caller, EXPORT, { c: campaignId, u: unitId });
  expect(res.errors).toBeUndefined();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(res.data.exportLedger.contentBase64, 'base64') as never);
  return { file: res.data.exportLedger, workbook, sheet: workbook.getWorksheet('示范行动台账')! };
}

const encode = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
const importLedger = (caller: Parameters<typeof as>[0], input: Record<string, unknown>) => as(caller, IMPORT, { input: { dryRun: false, ...input } });
const honorsOf = (campaignId: string, unitId: string) =>
  h.sql(`select tier, subject_id, status, declared_by from honors.honor where campaign_id = $1 and (unit_id = $2 or unit_id is null) order by tier, subject_id`, [campaignId, unitId]);

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  make = directoryMaker(h.client('units'));
});

afterAll(async () => {
  await h?.close();
});

describe('submitting a ledger', () => {
  it("records a UNIT_ADMIN's submission of its own unit with what its ledger held, and keeps every resubmission as history", async () => {
    const c = await campaign();
    const u = await unit();
    const caller = unitAdmin(u.id);
    await declare(c.id, 'POST', u.members[0]!.id, caller);
    await declare(c.id, 'POST', u.members[1]!.id, caller);
    await declare(c.id, 'TEAM', u.teams[0]!, caller);
    const first = await as(caller, SUBMIT, { c: c.id });
    expect(first.errors).toBeUndefined();
    expect(first.data.submitLedger).toMatchObject({
      submittedBy: caller.sub, unit: { id: u.id }, campaign: { year: c.year }, contents: { posts: 2, teams: 1, units: 0, named: 0 },
    });
    await declare(c.id, 'UNIT', u.id, caller);
    const second = await as(caller, SUBMIT, { c: c.id, u: u.id });
    expect(second.data.submitLedger.contents).toEqual({ posts: 2, teams: 1, units: 1, named: 0 });

    const mine = (await as(caller, OVERVIEW, { c: c.id })).data.ledgerSubmissions.units[0];
    expect(mine).toMatchObject({ unit: { id: u.id }, submissionCount: 2, latest: { id: second.data.submitLedger.id, contents: { units: 1 } } });
    expect(mine.history.map((s: { id: string }) => s.id)).toEqual([second.data.submitLedger.id, first.data.submitLedger.id]);
    const audits = await h.sql(`select operation, detail->>'resubmission' as resubmission from honors.audit_event where operation = 'submitLedger' and unit_id = $1 order by at`, [u.id]);
    expect(audits).toEqual([{ operation: 'submitLedger', resubmission: 'false' }, { operation: 'submitLedger', resubmission: 'true' }]);
  });

  it('is on time before a due date still to come, and late after one that has passed', async () => {
    const u = await unit();
    const future = await campaign(2099);
    const past = await campaign(2016);
    const onTime = (await as(unitAdmin(u.id), SUBMIT, { c: future.id })).data.submitLedger;
    const late = (await as(unitAdmin(u.id), SUBMIT, { c: past.id })).data.submitLedger;
    expect([onTime.onTime, onTime.late, late.onTime, late.late]).toEqual([true, false, false, true]);
    const stored = await h.sql(`select on_time from honors.ledger_submission where id in ($1, $2) order by on_time`, [onTime.id, late.id]);
    expect(stored).toEqual([{ on_time: false }, { on_time: true }]);
  });

  it("refuses another unit's submission to a UNIT_ADMIN, any to LEADER, and a unit to ADMIN unless named; ADMIN may record one it names", async () => {
    const c = await campaign();
    const mine = await unit();
    const other = await unit();
    const excluded = await unit({ excluded: true });
    const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;
    expect(code(await as(unitAdmin(mine.id), SUBMIT, { c: c.id, u: other.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await as(leader, SUBMIT, { c: c.id, u: other.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await as(admin, SUBMIT, { c: c.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(code(await as(admin, SUBMIT, { c: c.id, u: excluded.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(code(await as(admin, SUBMIT, { c: c.id, u: randomUUID() }))).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
    expect(code(await as(unitAdmin(mine.id), SUBMIT, { c: randomUUID() }))).toMatchObject({ code: 'NOT_FOUND', field: 'campaignId' });
    expect(code(await as(null, SUBMIT, { c: c.id, u: mine.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await h.sql('select 1 from honors.ledger_submission where campaign_id = $1', [c.id])).toEqual([]);

    const recorded = await as(admin, SUBMIT, { c: c.id, u: other.id });
    expect(recorded.data.submitLedger).toMatchObject({ submittedBy: admin.sub, unit: { id: other.id } });
  });

  it('records, for submissions loaded without it (the demo data), what the ledger held at their instant', async () => {
    const c = await campaign();
    const u = await unit();
    const honor = async (tier: string, declaredOn: string, events: [string, string][]) => {
      const id = randomUUID();
      await h.sql(`insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by, created_at, updated_at)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'test', now(), now())`,
      [id, c.id, tier, randomUUID(), tier === 'POST' ? 'MEMBER' : 'TEAM', u.id, u.industry.id, events.at(-1)?.[1] ?? 'DECLARED', `${c.year}-${declaredOn}`]);
      for (const [at, to] of events) {
        await h.sql(`insert into honors.honor_event (id, honor_id, action, from_status, to_status, actor, actor_role, at) values ($1, $2, 'START_MASS_REVIEW', 'DECLARED', $3, 'test', 'ADMIN', $4)`,
          [randomUUID(), id, to, `${c.year}-${at}T02:00:00Z`]);
      }
    };
    await honor('POST', '06-01', [['06-28', 'NAMED']]);
    await honor('POST', '06-01', [['06-10', 'WITHDRAWN']]);
    await honor('TEAM', '06-20', []);
    await submittedAt(c.id, u.id, `${c.year}-06-15T02:00:00Z`);
    await submittedAt(c.id, u.id, `${c.year}-07-10T02:00:00Z`);
    const em = h.subgraph('honors').db.orm.em.fork();
    await em.transactional((tx) => recordLedgerContents(tx as never));
    const mine = (await as(unitAdmin(u.id), OVERVIEW, { c: c.id })).data.ledgerSubmissions.units[0];
    expect(mine.latest.contents).toEqual({ posts: 1, teams: 1, units: 0, named: 1 });
    const rows = await h.sql(`select posts, teams, units, named from honors.ledger_submission where unit_id = $1 order by submitted_at`, [u.id]);
    expect(rows).toEqual([{ posts: 1, teams: 0, units: 0, named: 0 }, { posts: 1, teams: 1, units: 0, named: 1 }]);
  });
});

describe("the committee's view of ledgers", () => {
  it('tells on-time, late and missing units apart by the Beijing date of their first submission', async () => {
    const c = await campaign();
    const [a, b, resubmitted, missing] = [await unit(), await unit(), await unit(), await unit()];
    await submittedAt(c.id, a.id, `${c.year}-06-20T15:59:00Z`); // 23:59 on the due day in Beijing
    await submittedAt(c.id, b.id, `${c.year}-06-20T16:00:00Z`); // 00:00 the day after
    await submittedAt(c.id, resubmitted.id, `${c.year}-06-02T02:00:00Z`);
    await submittedAt(c.id, resubmitted.id, `${c.year}-07-15T02:00:00Z`);
    const res = await as(leader, OVERVIEW, { c: c.id });
    expect(res.errors).toBeUndefined();
    const overview = res.data.ledgerSubmissions;
    const of = (id: string) => overview.units.find((x: { unit: { id: string } }) => x.unit.id === id);
    expect(of(a.id)).toMatchObject({ status: 'ON_TIME', onTime: true, late: false, submissionCount: 1, latest: { submittedOn: `${c.year}-06-20`, onTime: true } });
    expect(of(b.id)).toMatchObject({ status: 'LATE', onTime: false, late: true, submissionCount: 1, latest: { submittedOn: `${c.year}-06-21`, onTime: false } });
    expect(of(resubmitted.id)).toMatchObject({ status: 'ON_TIME', submissionCount: 2, latest: { submittedOn: `${c.year}-07-15`, onTime: false } });
    expect(of(resubmitted.id).history.map((s: { onTime: boolean }) => s.onTime)).toEqual([false, true]);
    expect(of(missing.id)).toMatchObject({ status: 'MISSING', submissionCount: 0, latest: null, history: [] });
    const missingIds = overview.missing.map((m: { id: string }) => m.id);
    expect(missingIds).toContain(missing.id);
    expect(missingIds).not.toContain(a.id);
    expect(overview.dueOn).toBe(`${c.year}-06-20`);
    expect(overview.onTimeCount + overview.lateCount + overview.missingCount).toBe(overview.participatingCount);
    expect(overview.units).toHaveLength(overview.participatingCount);
    expect([overview.onTimeCount, overview.lateCount]).toEqual([2, 1]);
  });

  it('leaves out units that run their own action', async () => {
    const c = await campaign();
    const excluded = await unit({ excluded: true });
    const overview = (await as(admin, OVERVIEW, { c: c.id })).data.ledgerSubmissions;
    expect(overview.units.map((x: { unit: { id: string } }) => x.unit.id)).not.toContain(excluded.id);
    expect(overview.missing.map((x: { id: string }) => x.id)).not.toContain(excluded.id);
  });

  it("shows a UNIT_ADMIN its own unit only, no other unit's submission, and nothing to anonymous callers", async () => {
    const c = await campaign();
    const [mine, other] = [await unit(), await unit()];
    const theirs = (await as(unitAdmin(other.id), SUBMIT, { c: c.id })).data.submitLedger;
    const overview = (await as(unitAdmin(mine.id), OVERVIEW, { c: c.id })).data.ledgerSubmissions;
    expect(overview).toMatchObject({ participatingCount: 1, onTimeCount: 0, lateCount: 0, missingCount: 1, missing: [{ id: mine.id }] });
    expect(overview.units.map((x: { unit: { id: string } }) => x.unit.id)).toEqual([mine.id]);
    const entity = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on LedgerSubmission { id submittedBy } } }';
    expect((await as(unitAdmin(mine.id), entity, { r: [{ __typename: 'LedgerSubmission', id: theirs.id }] })).data._entities).toEqual([null]);
    expect((await as(leader, entity, { r: [{ __typename: 'LedgerSubmission', id: theirs.id }] })).data._entities).toEqual([{ id: theirs.id, submittedBy: unitAdmin(other.id).sub }]);
    expect((await as(null, OVERVIEW, { c: c.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as(leader, OVERVIEW, { c: randomUUID() })).data.ledgerSubmissions).toBeNull();
  });

  it('costs the same SQL statements for 10 units as for 1,000', async () => {
    const c = await campaign();
    const industry = await make.industry();
    const statements = async (units: number) => {
      const ids = Array.from({ length: units }, () => randomUUID());
      await h.sql(`insert into units.unit (id, code, name, industry_id, created_at, updated_at)
        select id, 'L' || substr(replace(id::text, '-', ''), 1, 20), '单位' || id::text, $2, now(), now() from unnest($1::uuid[]) as id`, [ids, industry.id]);
      await h.sql(`insert into honors.ledger_submission (id, campaign_id, unit_id, submitted_at, submitted_by, on_time)
        select gen_random_uuid(), $2, id, now() - (n || ' hours')::interval, 'test', false from unnest($1::uuid[]) with ordinality as t(id, n) where n % 3 <> 0`,
      [ids, c.id]);
      queries().reset();
      const res = await as(leader, OVERVIEW, { c: c.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.ledgerSubmissions.units.length).toBeGreaterThanOrEqual(units);
      return queries().count;
    };
    const ten = await statements(10);
    const thousand = await statements(990);
    expect(thousand).toBe(ten);
    expect(ten).toBe(2);
  });
});

describe("exporting a unit's ledger", () => {
  it('writes its candidacies and its industry’s with subject names, Chinese labels, dates as dates, a frozen header and filters', async () => {
    const c = await campaign();
    const u = await unit();
    const otherIndustry = (await unit()).industry;
    const post = await declare(c.id, 'POST', u.members[0]!.id);
    await declare(c.id, 'TEAM', u.teams[1]!);
    await declare(c.id, 'UNIT', u.id);
    await declare(c.id, 'INDUSTRY', u.industry.id);
    await declare(c.id, 'INDUSTRY', otherIndustry.id);
    await h.sql(`update honors.honor set status = 'NAMED', publicity_starts_on = $2, publicity_ends_on = $3, named_on = $4, batch = '七一前首批', plaque_number = 'BZ-0001'
      where id = $1`, [post, `${c.year}-06-06`, `${c.year}-06-13`, `${c.year}-06-28`]);

    const { file, sheet } = await exported(c.id, u.id);
    expect(file).toMatchObject({ rows: 4, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(file.filename).toMatch(new RegExp(`^${u.name}-${c.year}年示范行动台账-\\d{8}\\.xlsx$`));
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const rows = [2, 3, 4, 5].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(rows.map((r) => [r[1], r[3], r[4]])).toEqual([
      ['示范岗', u.members[0]!.name, '已命名'],
      ['示范团队', (await h.sql('select name from units.team where id = $1', [u.teams[1]]))[0].name, '申报'],
      ['示范单位', u.name, '申报'],
      ['示范行业', u.industry.name, '申报'],
    ]);
    const named = rows[0]!;
    expect(named[0]).toBe(post);
    expect(named.slice(6, 11)).toEqual([
      new Date(`${c.year}-06-06T00:00:00Z`), new Date(`${c.year}-06-13T00:00:00Z`), new Date(`${c.year}-06-28T00:00:00Z`), '七一前首批', 'BZ-0001',
    ]);
    expect(rows[1]![5]).toBeInstanceOf(Date);
  });

  it("refuses a UNIT_ADMIN another unit's ledger, and answers NOT_FOUND for an unknown campaign or unit", async () => {
    const c = await campaign();
    const [mine, other] = [await unit(), await unit()];
    expect((await as(unitAdmin(mine.id), EXPORT, { c: c.id, u: other.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(admin, EXPORT, { c: randomUUID(), u: mine.id })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'campaignId' });
    expect((await as(admin, EXPORT, { c: c.id, u: randomUUID() })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
    expect((await as(leader, EXPORT, { c: c.id, u: other.id })).data.exportLedger.rows).toBe(0);
  });
});

describe("importing a unit's ledger", () => {
  it('declares the new rows of a good sheet by declareHonor’s rules, after showing them on a dry run', async () => {
    const c = await campaign();
    const u = await unit();
    const caller = unitAdmin(u.id);
    await declare(c.id, 'POST', u.members[0]!.id, caller);
    const { workbook, sheet } = await exported(c.id, u.id);
    const teamName = (await h.sql('select name from units.team where id = $1', [u.teams[0]]))[0].name;
    sheet.addRow(['', '示范岗', u.members[1]!.id, u.members[1]!.name]);
    sheet.addRow(['', '示范团队', '', teamName]);
    sheet.addRow(['', '示范单位', '', '']);
    const contentBase64 = await encode(workbook);

    const before = await honorsOf(c.id, u.id);
    const dry = await importLedger(caller, { campaignId: c.id, unitId: u.id, contentBase64, dryRun: true });
    expect(dry.data.importLedger).toEqual({ applied: false, declared: 3, unchanged: 1, errors: [] });
    expect(await honorsOf(c.id, u.id)).toEqual(before);

    const done = await importLedger(caller, { campaignId: c.id, unitId: u.id, contentBase64 });
    expect(done.data.importLedger).toEqual({ applied: true, declared: 3, unchanged: 1, errors: [] });
    const after = await honorsOf(c.id, u.id);
    expect(after.map((x) => [x.tier, x.subject_id, x.status, x.declared_by]).sort()).toEqual([
      ['POST', u.members[0]!.id, 'DECLARED', caller.sub], ['POST', u.members[1]!.id, 'DECLARED', caller.sub],
      ['TEAM', u.teams[0], 'DECLARED', caller.sub], ['UNIT', u.id, 'DECLARED', caller.sub],
    ].sort());
    const audits = await h.sql(`select count(*)::int as n from honors.audit_event where operation = 'importLedger' and unit_id = $1`, [u.id]);
    expect(audits).toEqual([{ n: 3 }]);

    // The same file again, and the unit's fresh export, declare nothing new.
    expect((await importLedger(caller, { campaignId: c.id, unitId: u.id, contentBase64 })).data.importLedger).toEqual({ applied: true, declared: 0, unchanged: 4, errors: [] });
    const again = await exported(c.id, u.id);
    const roundTrip = await importLedger(caller, { campaignId: c.id, unitId: u.id, contentBase64: await encode(again.workbook) });
    expect(roundTrip.data.importLedger).toEqual({ applied: true, declared: 0, unchanged: 4, errors: [] });
    expect(await honorsOf(c.id, u.id)).toEqual(after);
  });

  it('lets ADMIN declare the unit’s industry from its ledger, and exports round-trip as nothing new for ADMIN too', async () => {
    const c = await campaign();
    const u = await unit();
    const { workbook, sheet } = await exported(c.id, u.id, admin);
    sheet.addRow(['', '示范行业', '', u.industry.name]);
    const res = await importLedger(admin, { campaignId: c.id, unitId: u.id, contentBase64: await encode(workbook) });
    expect(res.data.importLedger).toEqual({ applied: true, declared: 1, unchanged: 0, errors: [] });
    expect((await h.sql(`select tier, subject_id from honors.honor where campaign_id = $1`, [c.id]))).toEqual([{ tier: 'INDUSTRY', subject_id: u.industry.id }]);
    const again = await exported(c.id, u.id, admin);
    expect((await importLedger(admin, { campaignId: c.id, unitId: u.id, contentBase64: await encode(again.workbook) })).data.importLedger)
      .toEqual({ applied: true, declared: 0, unchanged: 1, errors: [] });
  });

  it('reports every problem of a bad sheet by row and column and writes nothing, not even its good rows', async () => {
    const c = await campaign();
    const u = await unit();
    const other = await unit();
    const caller = unitAdmin(u.id);
    const { workbook, sheet } = await exported(c.id, u.id);
    sheet.addRow(['', '示范岗', u.members[0]!.id, u.members[0]!.name]); // good
    sheet.addRow(['', '示范标兵', '', '某人']);
    sheet.addRow(['', '示范岗', other.members[0]!.id, '']);
    sheet.addRow(['', '示范团队', '', '不存在的科室']);
    sheet.addRow(['', '示范单位', '', '', '已命名', null, null, null, null, null, 'BZ-0009']);
    sheet.addRow(['', '示范行业', '', '']);
    sheet.addRow(['', '示范岗', u.members[0]!.id, '']);
    const res = await importLedger(caller, { campaignId: c.id, unitId: u.id, contentBase64: await encode(workbook) });
    expect(res.errors).toBeUndefined();
    expect(res.data.importLedger).toMatchObject({ applied: false, declared: 0, unchanged: 0 });
    expect(res.data.importLedger.errors.map((e: { row: number; column: string; cell: string }) => [e.row, e.column, e.cell])).toEqual([
      [3, '类别', 'B3'],
      [4, '对象编号', 'C4'],
      [5, '对象名称', 'D5'],
      [6, '状态', 'E6'],
      [6, '牌匾编号', 'K6'],
      [7, '类别', 'B7'],
      [8, '对象编号', 'C8'],
    ]);
    expect(res.data.importLedger.errors[2].message).toContain('不存在的科室');
    expect(await honorsOf(c.id, u.id)).toEqual([]);
    expect(await h.sql(`select 1 from honors.audit_event where operation = 'importLedger' and unit_id = $1`, [u.id])).toEqual([]);
  });

  it('names the missing columns of a file that is not a ledger', async () => {
    const c = await campaign();
    const u = await unit();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('党员名册').addRow(['编号', '姓名', '性别']);
    const res = await importLedger(unitAdmin(u.id), { campaignId: c.id, unitId: u.id, contentBase64: await encode(workbook) });
    expect(res.data.importLedger.errors.map((e: { column: string }) => e.column)).toEqual(['类别', '对象编号', '对象名称']);
    const garbage = await importLedger(unitAdmin(u.id), { campaignId: c.id, unitId: u.id, contentBase64: Buffer.from('not a workbook').toString('base64') });
    expect(garbage.data.importLedger.errors).toHaveLength(1);
  });

  it("does not let a UNIT_ADMIN import another unit's ledger, nor LEADER any", async () => {
    const c = await campaign();
    const [mine, other] = [await unit(), await unit()];
    const { workbook, sheet } = await exported(c.id, other.id, admin);
    sheet.addRow(['', '示范单位', '', '']);
    const contentBase64 = await encode(workbook);
    expect((await importLedger(unitAdmin(mine.id), { campaignId: c.id, unitId: other.id, contentBase64 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await importLedger(leader, { campaignId: c.id, unitId: other.id, contentBase64 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await honorsOf(c.id, other.id)).toEqual([]);
  });
});
