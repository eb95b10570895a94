import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CREATE_MEMBER, admin, newMember, startMembersFixture, unitAdmin, type MembersFixture } from './testing/fixture.js';

let f: MembersFixture;
let unit: string;
let otherUnit: string;
let team: string;

const HEADERS = ['编号', '姓名', '性别', '出生日期', '入党时间', '党员类别', '岗位/职务', '所在团队', '联系电话'];
const IMPORT = `mutation($input: ImportRosterInput!) { importRoster(input: $input) { applied created updated unchanged errors { row column cell message } } }`;
const EXPORT = `query($unitId: ID!) { exportRoster(unitId: $unitId) { contentBase64 rows } }`;

async function xlsx(rows: unknown[][], headers = HEADERS): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员名册');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const importAs = async (contentBase64: string, dryRun = false, unitId = unit) =>
  (await f.as(unitAdmin(unitId), IMPORT, { input: { unitId, contentBase64, dryRun } })).data.importRoster;

const rosterOf = (unitId: string) =>
  f.sql('select id, name, birth_date::text, team_id, phone, position, version from members.member where unit_id = $1 order by name, id', [unitId]);

/** A member the file of one test adds, and the next tests find by name and birth date. */
const QIAN = ['', '钱七', '男', '1979-03-03', '2001-07-01', '正式党员', '科长', '预算科', '13800000007'];

beforeAll(async () => {
  f = await startMembersFixture();
});

// Every test gets a unit of its own with two teams, and another unit beside it.
beforeEach(async () => {
  const industry = await f.industry();
  unit = await f.unit(industry);
  otherUnit = await f.unit(industry);
  team = await f.team(unit, '预算科');
  await f.team(unit, '国库科');
});

afterAll(async () => {
  await f?.close();
});

describe('roster import', () => {
  it('refuses a file that is not a workbook, or lacks a column, saying so', async () => {
    const notXlsx = await importAs(Buffer.from('姓名,性别\n张三,男').toString('base64'));
    expect(notXlsx).toMatchObject({ applied: false, errors: [{ row: 0, message: expect.stringContaining('XLSX') }] });
    const missing = await importAs(await xlsx([['', '张三', '男', '1980-01-01', '2000-01-01', '正式党员', '科员', '', '']], HEADERS.filter((h) => h !== '入党时间')));
    expect(missing.errors).toEqual([{ row: 1, column: '入党时间', cell: null, message: expect.stringContaining('缺少') }]);
  });

  it('refuses a small file that would inflate past 64 MB (a zip bomb) before any parser expands it', async () => {
    const zip = new yazl.ZipFile();
    // 80 MB of one repeated byte compresses to well under a megabyte.
    zip.addBuffer(Buffer.alloc(80 * 1024 * 1024, 0x41), 'xl/worksheets/sheet1.xml');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const bomb = Buffer.concat(chunks);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = await rosterOf(unit);
    const result = await importAs(bomb.toString('base64'));
    expect(result).toMatchObject({ applied: false, errors: [{ row: 0, message: expect.stringContaining('64 MB') }] });
    expect(await rosterOf(unit)).toEqual(before);
  });

  it('reports every problem of every row at once, by row and column, and writes nothing', async () => {
    const before = await rosterOf(unit);
    const result = await importAs(await xlsx([
      ['', '张三', '男', '1980-01-01', '2000-01-01', '正式党员', '科员', '预算科', '13800000001'],
      ['', '李四', '未知', '1980-02-30', '2000-01-01', '群众', '科员', '', '1380000'],
      ['', '王五', '女', '1990-01-01', '2005-01-01', '正式党员', '', '', ''],
      ['', '张三', '男', '1980-01-01', '2001-01-01', '正式党员', '副科长', '', ''],
      ['00000000-0000-4000-8000-000000000000', '赵六', '男', '1985-01-01', '2010-01-01', '正式党员', '科员', '', ''],
    ]));
    expect(result).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 0 });
    expect(result.errors.map((e: any) => [e.row, e.column, e.cell])).toEqual([
      [3, '性别', 'C3'],
      [3, '党员类别', 'F3'],
      [3, '出生日期', 'D3'],
      [3, '联系电话', 'I3'],
      [4, '岗位/职务', 'G4'],
      [4, '入党时间', 'E4'],
      [5, '姓名', 'B5'],
      [6, '编号', 'A6'],
    ]);
    expect(result.errors.find((e: any) => e.row === 5).message).toContain('第 2 行');
    expect(await rosterOf(unit)).toEqual(before);
  });

  it('counts what a dry run would do and writes nothing', async () => {
    const content = await xlsx([QIAN]);
    expect(await importAs(content, true)).toEqual({ applied: false, created: 1, updated: 0, unchanged: 0, errors: [] });
    expect(await rosterOf(unit)).toEqual([]);
    expect(await importAs(content)).toEqual({ applied: true, created: 1, updated: 0, unchanged: 0, errors: [] });
    expect(await importAs(content)).toEqual({ applied: true, created: 0, updated: 0, unchanged: 1, errors: [] });
    const [member] = await rosterOf(unit);
    expect(member).toMatchObject({ name: '钱七', birth_date: '1979-03-03', team_id: team, phone: '13800000007', version: 1 });
  });

  it('matches a row without 编号 by name and birth date, so an edited row updates the member in place', async () => {
    expect(await importAs(await xlsx([QIAN]))).toMatchObject({ applied: true, created: 1 });
    const content = await xlsx([['', '钱七', '男', '1979-03-03', '2001-07-01', '正式党员', '副局长', '国库科', '+86 138-0000-0008']]);
    expect(await importAs(content)).toMatchObject({ applied: true, created: 0, updated: 1 });
    const [member] = await rosterOf(unit);
    expect(member).toMatchObject({ name: '钱七', position: '副局长', phone: '13800000008', version: 2 });
  });

  it("refuses another unit's 编号 and a renamed row that would clash with an existing member", async () => {
    expect(await importAs(await xlsx([QIAN]))).toMatchObject({ applied: true, created: 1 });
    const stranger = (await f.as(admin, CREATE_MEMBER, { input: newMember(otherUnit, { name: '孙八' }) })).data.createMember;
    const local = (await f.as(admin, CREATE_MEMBER, { input: newMember(unit, { name: '周九', birthDate: '1982-02-02', joinedPartyOn: '2004-01-01' }) })).data.createMember;
    const result = await importAs(await xlsx([
      [stranger.id, '孙八', '男', '1985-03-12', '2008-07-01', '正式党员', '科员', '', ''],
      [local.id, '钱七', '男', '1979-03-03', '2004-01-01', '正式党员', '科员', '', ''],
    ]));
    expect(result.errors.map((e: any) => [e.row, e.column])).toEqual([[2, '编号'], [3, '姓名']]);
  });

  it("keeps a member's team that is no longer in use when the file leaves the team blank, so an export re-imports unchanged", async () => {
    const kept = await f.team(unit, '临时专班');
    const member = (await f.as(admin, CREATE_MEMBER, { input: newMember(unit, { name: '吴十', teamId: kept }) })).data.createMember;
    const archived = await f.units(admin, 'mutation($i: ArchiveInput!) { archiveTeam(input: $i) { archived } }', { i: { id: kept, expectedVersion: 1 } });
    expect(archived.data.archiveTeam.archived).toBe(true);
    const before = await rosterOf(unit);
    const exported = (await f.as(unitAdmin(unit), EXPORT, { unitId: unit })).data.exportRoster;
    expect(exported.rows).toBe(before.length);
    expect(await importAs(exported.contentBase64)).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: before.length });
    expect(await rosterOf(unit)).toEqual(before);
    expect(before.find((m) => m.id === member.id).team_id).toBe(kept);
  });
});
