import { admin, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ROUND, shift } from './testing/documents.js';
import { fixtures, startEvaluationsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
let f: ReturnType<typeof fixtures>;
let campaignId: string;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('evaluations')(...args);
const TEMPLATE = `query($roundId: ID!, $unitId: ID!) { paperBallotTemplate(roundId: $roundId, unitId: $unitId) { filename contentType contentBase64 rows } }`;
const IMPORT = `mutation($input: ImportPaperBallotsInput!) { importPaperBallots(input: $input) { applied ballots errors { row column cell message } } }`;

beforeAll(async () => {
  h = await startEvaluationsSubgraphs();
  f = fixtures(h);
  campaignId = await f.campaign(2036);
});

afterAll(async () => {
  await h?.close();
});

/** A unit with two members, an open round of posts and units, and the template its UNIT_ADMIN downloads. */
async function setup() {
  const u = await f.unit(2);
  const round = (await as(admin, CREATE_ROUND, { input: { campaignId, name: '年中评议', kind: 'MID_YEAR_REVIEW', opensOn: shift(-1), closesOn: shift(9), tiers: ['POST', 'UNIT'] } })).data.createEvaluationRound;
  const res = await as(unitAdmin(u.unitId), TEMPLATE, { roundId: round.id, unitId: u.unitId });
  expect(res.errors).toBeUndefined();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(res.data.paperBallotTemplate.contentBase64, 'base64') as never);
  return { u, roundId: round.id as string, workbook, template: res.data.paperBallotTemplate };
}

/** The template's sheet filled in, as a unit's staff would: its header, then rows of [subjectId, { header: value }]. */
async function filled(template: ExcelJS.Workbook, rows: [string, Record<string, string | number>][]) {
  const headers = (template.getWorksheet('纸质评议票')!.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('纸质评议票');
  sheet.addRow(headers.slice(1));
  for (const [subjectId, values] of rows) {
    const row: unknown[] = [];
    headers.forEach((header, i) => {
      if (header === '评议对象编号') row[i] = subjectId;
      else if (header in values) row[i] = values[header];
    });
    sheet.addRow(row.slice(1));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const POST = { '示范岗-政治合格': 90, '示范岗-守规矩重品行': 85, '示范岗-联系服务群众': 80, '示范岗-担当作为': 95 };
const UNIT = { '示范单位-领导班子好': 88, '示范单位-党员带头示范好': 86, '示范单位-推动工作好': 84, '示范单位-服务群众好': 82 };
const count = async (roundId: string) => (await h.sql(`select count(*)::int as n from evaluations.evaluation where round_id = $1 and source = 'PAPER'`, [roundId]))[0].n;

describe('paper ballots', () => {
  it("come as a template listing the unit's subjects, and are imported back one ballot a row after a dry run", async () => {
    const { u, roundId, workbook, template } = await setup();
    expect(template).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', rows: 3 });
    const sheet = workbook.getWorksheet('纸质评议票')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['评议对象编号', '评议对象', '类别', ...Object.keys(POST), ...Object.keys(UNIT), '评语']));
    const listed = [2, 3, 4].map((r) => String(sheet.getRow(r).getCell(1).value));
    expect(listed.sort()).toEqual([...u.memberIds, u.unitId].sort());
    const content = await filled(workbook, [[u.memberIds[0]!, POST], [u.memberIds[0]!, { ...POST, '示范岗-担当作为': 75, 评语: '作风扎实' }], [u.unitId, UNIT]]);
    const dry = await as(unitAdmin(u.unitId), IMPORT, { input: { roundId, unitId: u.unitId, contentBase64: content, dryRun: true } });
    expect(dry.data.importPaperBallots).toEqual({ applied: false, ballots: 3, errors: [] });
    expect(await count(roundId)).toBe(0);
    const done = await as(unitAdmin(u.unitId), IMPORT, { input: { roundId, unitId: u.unitId, contentBase64: content } });
    expect(done.data.importPaperBallots).toEqual({ applied: true, ballots: 3, errors: [] });
    const stored = await h.sql(`select subject_id, kind, score_sum, comment from evaluations.evaluation where round_id = $1 order by score_sum`, [roundId]);
    expect(stored).toEqual([
      { subject_id: u.unitId, kind: 'MASSES', score_sum: 340, comment: null },
      { subject_id: u.memberIds[0], kind: 'MASSES', score_sum: 330, comment: '作风扎实' },
      { subject_id: u.memberIds[0], kind: 'MASSES', score_sum: 350, comment: null },
    ].sort((a, b) => a.score_sum - b.score_sum));
    expect((await h.sql(`select 1 from evaluations.audit_event where operation = 'importPaperBallots' and unit_id = $1`, [u.unitId])).length).toBe(1);
  });

  it('refuse a bad sheet by row and column, writing nothing', async () => {
    const { u, roundId, workbook } = await setup();
    const content = await filled(workbook, [
      [u.memberIds[0]!, POST],
      [u.memberIds[1]!, { ...POST, '示范岗-联系服务群众': 101 }],
      [u.memberIds[1]!, { ...POST, '示范单位-推动工作好': 80 }],
      [u.unitId, { ...UNIT, '示范单位-服务群众好': '' }],
      [randomUUID(), POST],
      [u.memberIds[0]!, { ...POST, 评语: '字'.repeat(501) }],
    ]);
    const res = await as(admin, IMPORT, { input: { roundId, unitId: u.unitId, contentBase64: content } });
    expect(res.errors).toBeUndefined();
    const { applied, ballots, errors } = res.data.importPaperBallots;
    expect({ applied, ballots }).toEqual({ applied: false, ballots: 0 });
    expect(errors.map((e: any) => [e.row, e.column])).toEqual([
      [3, '示范岗-联系服务群众'], [4, '示范单位-推动工作好'], [5, '示范单位-服务群众好'], [6, '评议对象编号'], [7, '评语'],
    ]);
    expect(errors[0].cell).toMatch(/^[A-Z]+3$/);
    expect(await count(roundId)).toBe(0);
    const noColumn = new ExcelJS.Workbook();
    noColumn.addWorksheet('纸质评议票').addRow(['评议对象编号', '评语']);
    const missing = await as(admin, IMPORT, { input: { roundId, unitId: u.unitId, contentBase64: Buffer.from(await noColumn.xlsx.writeBuffer()).toString('base64') } });
    expect(missing.data.importPaperBallots.errors[0]).toMatchObject({ row: 1, column: '示范岗-政治合格' });
    const notXlsx = await as(admin, IMPORT, { input: { roundId, unitId: u.unitId, contentBase64: Buffer.from('not a workbook').toString('base64') } });
    expect(notXlsx.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
  });

  it("are the unit's staff's only", async () => {
    const { u, roundId } = await setup();
    expect((await as(unitAdmin(randomUUID()), TEMPLATE, { roundId, unitId: u.unitId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(leader, IMPORT, { input: { roundId, unitId: u.unitId, contentBase64: 'AA==' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
