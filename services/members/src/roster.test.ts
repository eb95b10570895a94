import { DEFAULT_MAX_INFLATED_BYTES, DEV_SUBGRAPH_SECRET, createLogger, sheetReaderThreads, sheetReadsInProgress, startSubgraph, stopIdleSheetReaders } from '@sfxd/kit';
import { gatewayHeaders, postGraphQL } from '@sfxd/kit/testing';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ROSTER_ROWS } from './roster/roster.sheet.js';
import { membersSubgraph } from './subgraph.js';
import { CREATE_MEMBER, admin, newMember, startMembersFixture, unitAdmin, type MembersFixture } from './testing/fixture.js';

let f: MembersFixture;
let unit: string;
let otherUnit: string;
/** A unit of its own for the hostile files, so that the tests above keep their rosters. */
let targetUnit: string;
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

async function zipped(parts: [string, Buffer][]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of parts) zip.addBuffer(data, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function unzipped(content: Buffer): Promise<[string, Buffer][]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const parts: [string, Buffer][] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            parts.push([entry.fileName, Buffer.concat(chunks)]);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(parts));
      zip.readEntry();
    });
  });
}

/** A workbook made by exceljs, with its sheet's XML edited by hand as a hostile sender would. */
async function editSheet(contentBase64: string, edit: (xml: string) => string): Promise<string> {
  const parts = await unzipped(Buffer.from(contentBase64, 'base64'));
  const edited = parts.map(([name, data]): [string, Buffer] => {
    if (name !== 'xl/worksheets/sheet1.xml') return [name, data];
    const xml = edit(data.toString('utf8'));
    if (xml === data.toString('utf8')) throw new Error('the edit changed nothing');
    return [name, Buffer.from(xml)];
  });
  return (await zipped(edited)).toString('base64');
}

/** The file of issue 7: the sheet claims A1:XFD1048576, and a styled empty cell sits at A1048576. */
const strayLastCell = (xml: string) =>
  xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace('</sheetData>', '<row r="1048576"><c r="A1048576" s="1"/></row></sheetData>');

/** Lawful but slow to read: about 11 MB (under the inflated-size cap) of empty styled cells in one row. */
const emptyCells = (count: number) => (xml: string) =>
  xml.replace('</sheetData>', `<row r="9">${'<c r="J9" s="1"/>'.repeat(count)}</row></sheetData>`);
const SLOW_CELLS = Math.floor((DEFAULT_MAX_INFLATED_BYTES * 0.7) / '<c r="J9" s="1"/>'.length);

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
};

const importAs = async (contentBase64: string, dryRun = false, unitId = unit) =>
  (await f.as(unitAdmin(unitId), IMPORT, { input: { unitId, contentBase64, dryRun } })).data.importRoster;

const rosterOf = (unitId: string) =>
  f.sql('select id, name, birth_date::text, team_id, phone, position, version from members.member where unit_id = $1 order by name, id', [unitId]);

/** A member the file of one test adds, and the next tests find by name and birth date. */
const QIAN = ['', '钱七', '男', '1979-03-03', '2001-07-01', '正式党员', '科长', '预算科', '13800000007'];

beforeAll(async () => {
  f = await startMembersFixture();
});

// Every test gets units of its own: one with two teams, another beside it, and one to import into.
beforeEach(async () => {
  const industry = await f.industry();
  unit = await f.unit(industry);
  otherUnit = await f.unit(industry);
  targetUnit = await f.unit(industry);
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

  it('refuses a small file whose sheet would inflate past the size cap (a zip bomb) before any parser expands it', async () => {
    // 80 MB of one repeated empty cell compresses to well under a megabyte.
    const bomb = await editSheet(await xlsx([]), emptyCells(5_000_000));
    expect(Buffer.from(bomb, 'base64').length).toBeLessThan(1024 * 1024);
    const before = await rosterOf(unit);
    const result = await importAs(bomb);
    expect(result).toMatchObject({ applied: false, errors: [{ row: 0, message: expect.stringContaining(`${DEFAULT_MAX_INFLATED_BYTES / 1024 / 1024} MB`) }] });
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

describe('roster import of hostile files', () => {
  const row = (name: string) => ['', name, '男', '1981-04-04', '2003-07-01', '正式党员', '科员', '', ''];

  it('imports the one row of a sheet that claims A1:XFD1048576 and holds an empty cell at A1048576, without the process growing', async () => {
    const content = await editSheet(await xlsx([row('冯一')]), strayLastCell);
    const peakBefore = process.resourceUsage().maxRSS;
    expect(await importAs(content, false, targetUnit)).toEqual({ applied: true, created: 1, updated: 0, unchanged: 0, errors: [] });
    // Walking the claimed 1,048,576 rows took gigabytes; reading what the file holds takes a reader thread at most.
    expect((process.resourceUsage().maxRSS - peakBefore) / 1024).toBeLessThan(256);
    expect((await rosterOf(targetUnit)).map((m) => [m.name, m.birth_date])).toEqual([['冯一', '1981-04-04']]);
  });

  it(`refuses a file of more than ${MAX_ROSTER_ROWS} data rows with BAD_USER_INPUT naming the limit, and writes nothing`, async () => {
    const before = await rosterOf(targetUnit);
    const rows = Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, i) => row(`成员${i}`));
    const res = await f.as(unitAdmin(targetUnit), IMPORT, { input: { unitId: targetUnit, contentBase64: await xlsx(rows), dryRun: false } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining(String(MAX_ROSTER_ROWS)), extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64' } });
    expect(await rosterOf(targetUnit)).toEqual(before);
  });

  it('reads cells stored as Excel dates', async () => {
    const content = await xlsx([['', '褚二', '女', new Date(Date.UTC(1979, 2, 3)), new Date(Date.UTC(2001, 6, 1)), '正式党员', '科员', '', '']]);
    expect(await importAs(content, true, targetUnit)).toEqual({ applied: false, created: 1, updated: 0, unchanged: 0, errors: [] });
  });

  it('answers /health and a small query while a file is being read, before the import answers', async () => {
    await f.as(admin, CREATE_MEMBER, { input: newMember(targetUnit, { name: '冯一' }) });
    const content = await editSheet(await xlsx([row('卫三')]), (xml) => strayLastCell(emptyCells(SLOW_CELLS)(xml)));
    const order: string[] = [];
    const importing = importAs(content, true, targetUnit).then((result) => {
      order.push('import');
      return result;
    });
    // Once the file is being read, the event loop must stay free for everybody else.
    await until(() => sheetReadsInProgress() > 0);
    const health = fetch(new URL('/health', f.url)).then(async (res) => {
      order.push('health');
      return res.json();
    });
    const query = f.as(unitAdmin(targetUnit), '{ members(first: 1) { totalCount } }').then((res) => {
      order.push('query');
      return res;
    });
    expect(await health).toMatchObject({ status: 'ok' });
    expect((await query).data.members.totalCount).toBe(1);
    expect(await importing).toEqual({ applied: false, created: 1, updated: 0, unchanged: 0, errors: [] });
    expect(order.at(-1)).toBe('import');
  });

  it('stops an import when its time budget runs out, leaves no reading thread behind, and says so', async () => {
    const hurried = await startSubgraph(membersSubgraph, {
      importBudgetMs: 20,
      databaseUrl: f.db.url,
      subgraphSecret: DEV_SUBGRAPH_SECRET,
      peerUrls: { units: f.unitsUrl },
      logger: createLogger('members-test', 'silent'),
    });
    const running = await hurried.listen(0);
    await stopIdleSheetReaders();
    try {
      const before = await rosterOf(targetUnit);
      const content = await editSheet(await xlsx([row('蒋四')]), emptyCells(SLOW_CELLS));
      const res = await postGraphQL(running.url, IMPORT, { input: { unitId: targetUnit, contentBase64: content, dryRun: false } }, await gatewayHeaders(unitAdmin(targetUnit), DEV_SUBGRAPH_SECRET));
      expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining('0.02 秒'), extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64' } });
      expect(sheetReaderThreads()).toBe(0);
      expect(await rosterOf(targetUnit)).toEqual(before);
    } finally {
      await running.close();
    }
  });
});
