import { invalidateAnswers, signUserToken } from '@sfxd/kit';
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sqlRows } from '@sfxd/kit/testing';
import type { UnitMembersQuery } from './gql/graphql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateMember, ExportRoster, ImportRoster, MemberDetail, RecordActivity, TransferMember, UnitActivityTotals, UnitMemberPhones,
  UnitMembers, UnitsWithMemberCounts, UpdateMember,
} from './documents.js';
import { ADMIN, INTEGRATOR, JWT_SECRET, LEADER, gatewayClient, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

let platform: TestPlatform;
let request: ReturnType<typeof gatewayClient>;

const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(platform.db.url, text, params);

const seeded = () => platform.seeded!;
/** Two ordinary demo units, A and B, with their teams and members. */
const unitA = () => seeded().units[0]!;
const unitB = () => seeded().units[1]!;
const membersOf = (unitId: string) => seeded().members.filter((m) => m.unitId === unitId);

beforeAll(async () => {
  platform = await startTestPlatform();
  request = gatewayClient(platform.gatewayUrl);
});

afterAll(async () => {
  await platform?.dispose();
});

describe('members through the gateway', () => {
  it("answers every demo unit's party-member count and each team's member count", async () => {
    const res = await request(UnitsWithMemberCounts, {}, LEADER);
    expect(res.errors).toBeUndefined();
    expect(res.data!.units).toHaveLength(seeded().units.length);
    // Unit names are unique, and team names within a unit.
    for (const unit of res.data!.units) {
      const seededUnit = seeded().units.find((u) => u.name === unit.name)!;
      expect(unit.partyMemberCount, unit.name).toBe(membersOf(seededUnit.id).length);
      for (const team of unit.teams) {
        const seededTeam = seeded().teams.find((t) => t.unitId === seededUnit.id && t.name === team.name)!;
        expect(team.memberCount, `${unit.name} ${team.name}`).toBe(seeded().members.filter((m) => m.teamId === seededTeam.id).length);
      }
    }
  });

  it('asks the members subgraph for the counts of all units with the same two SQL statements as for one', async () => {
    const members = platform.subgraphs.members!;
    // An earlier test asked the same: its kept answer (CachedAnswer) would cost no statement at all.
    invalidateAnswers();
    members.queries.reset();
    await request(UnitsWithMemberCounts, {}, LEADER);
    // One grouped count for every unit, one for every team.
    expect(members.queries.count).toBe(2);
  });

  it("lists a unit's members page by page, with names from the units subgraph and the total on every page", async () => {
    const unit = unitA();
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const res = await request(UnitMembers, { unitId: unit.id, first: 3, after }, LEADER);
      expect(res.errors).toBeUndefined();
      const page: UnitMembersQuery['members'] = res.data!.members;
      expect(page.totalCount).toBe(membersOf(unit.id).length);
      for (const { node } of page.edges) {
        expect(node.unit).toEqual({ id: unit.id, name: unit.name });
        seen.push(node.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(membersOf(unit.id).map((m) => m.id).sort());
  });

  it('refuses a page of more than 100 members', async () => {
    const res = await request(UnitMembers, { unitId: unitA().id, first: 101 }, ADMIN);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("shows phone numbers and birth dates to the unit's own UNIT_ADMIN and ADMIN only; LEADER and INTEGRATOR get null", async () => {
    const unit = unitA();
    const expected = Object.fromEntries(membersOf(unit.id).map((m) => [m.id, m.phone]));
    for (const caller of [ADMIN, unitAdmin(unit.id)]) {
      const res = await request(UnitMembers, { unitId: unit.id, first: 100 }, caller);
      expect(Object.fromEntries(res.data!.members.edges.map((e) => [e.node.id, e.node.phone]))).toEqual(expected);
    }
    for (const caller of [LEADER, INTEGRATOR]) {
      const res = await request(UnitMembers, { unitId: unit.id, first: 100 }, caller);
      expect(res.errors).toBeUndefined();
      expect(res.data!.members.edges.every((e) => e.node.phone === null && e.node.birthDate === null)).toBe(true);
    }
  });

  it("does not let a UNIT_ADMIN of one unit read another unit's members' phone numbers, nor change them", async () => {
    const own = unitA();
    const other = unitB();
    const victim = membersOf(other.id)[0]!;
    const outsider = unitAdmin(own.id);

    const list = await request(UnitMembers, { unitId: other.id, first: 100 }, outsider);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const one = await request(MemberDetail, { id: victim.id }, outsider);
    expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nested = await request(UnitMemberPhones, { id: other.id }, outsider);
    expect(nested.data!.unit!.members).toEqual({ totalCount: 0, edges: [] });
    const everyone = await request(UnitMembers, { first: 100 }, outsider);
    expect(everyone.data!.members.edges.every((e) => e.node.unit.id === own.id)).toBe(true);
    for (const res of [list, one, nested, everyone]) expect(JSON.stringify(res)).not.toContain(victim.phone);

    const before = await sql('select * from members.member where id = $1', [victim.id]);
    const change = await request(UpdateMember, { input: { id: victim.id, expectedVersion: 1, phone: '13000000000' } }, outsider);
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const move = await request(TransferMember, { input: { id: victim.id, expectedVersion: 1, unitId: own.id } }, outsider);
    expect(move.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await sql('select * from members.member where id = $1', [victim.id])).toEqual(before);
  });

  it("lets a unit's UNIT_ADMIN add a member to one of its teams, and change the phone with the version it read", async () => {
    const unit = unitA();
    const team = seeded().teams.find((t) => t.unitId === unit.id)!;
    const created = await request(CreateMember, {
      input: { unitId: unit.id, teamId: team.id, name: '新党员', gender: 'FEMALE', birthDate: '1994-09-09', joinedPartyOn: '2016-06-01', status: 'PROBATIONARY', position: '科员', phone: '15912345678' },
    }, unitAdmin(unit.id));
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMember).toMatchObject({ name: '新党员', phone: '15912345678', version: 1, team: { name: team.name } });
    const id = created.data!.createMember.id;
    const updated = await request(UpdateMember, { input: { id, expectedVersion: 1, phone: '15912345679' } }, unitAdmin(unit.id));
    expect(updated.data!.updateMember).toEqual({ id, phone: '15912345679', version: 2 });
    const stale = await request(UpdateMember, { input: { id, expectedVersion: 1, phone: '15912345670' } }, ADMIN);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const badPhone = await request(UpdateMember, { input: { id, expectedVersion: 2, phone: '0827-5262000' } }, ADMIN);
    expect(badPhone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a NUL or half a surrogate pair in a name or a search with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const unit = unitA();
    const before = await sql('select count(*)::int as n from members.member where unit_id = $1', [unit.id]);
    const input = { unitId: unit.id, name: 'RT\u0000', gender: 'MALE' as const, birthDate: '1990-01-01', joinedPartyOn: '2012-01-01', status: 'FULL' as const, position: '科员' };
    const created = await request(CreateMember, { input }, ADMIN);
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const surrogate = await request(CreateMember, { input: { ...input, name: '\ud800' } }, ADMIN);
    expect(surrogate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const searched = await request(UnitMembers, { unitId: unit.id, search: '\u0000', first: 10 }, LEADER);
    expect(searched.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect(await sql('select count(*)::int as n from members.member where unit_id = $1', [unit.id])).toEqual(before);
  });

  it('finds a member and a unit by ids written in upper case', async () => {
    const member = membersOf(unitA().id)[0]!;
    const detail = await request(MemberDetail, { id: member.id.toUpperCase() }, ADMIN);
    expect(detail.data!.member).toMatchObject({ id: member.id, name: member.name });
    const upper = await request(UnitMembers, { unitId: unitA().id.toUpperCase(), first: 100 }, LEADER);
    const lower = await request(UnitMembers, { unitId: unitA().id, first: 100 }, LEADER);
    expect(upper.data!.members.totalCount).toBeGreaterThan(0);
    expect(upper.data).toEqual(lower.data);
  });

  it('records an activity and shows it in the dashboard totals of the unit, by type and month', async () => {
    const unit = unitB();
    const member = membersOf(unit.id)[0]!;
    const before = (await request(UnitActivityTotals, { id: unit.id, year: 2016 }, LEADER)).data!.unit!.activityTotals;
    const recorded = await request(RecordActivity, {
      input: { memberId: member.id, type: 'POVERTY_PAIRING', date: '2016-08-15', hours: 4, title: '结对帮扶走访', description: '看望结对贫困户' },
    }, unitAdmin(unit.id));
    expect(recorded.data!.recordActivity).toMatchObject({ type: 'POVERTY_PAIRING', hours: 4, member: { id: member.id, name: member.name } });

    const totals = await request(UnitActivityTotals, { id: unit.id, year: 2016 }, LEADER);
    const after = totals.data!.unit!.activityTotals;
    const august = (rows: typeof after) => rows.find((r) => r.type === 'POVERTY_PAIRING' && r.month === 8) ?? { count: 0, hours: 0 };
    expect(august(after).count).toBe(august(before).count + 1);
    expect(august(after).hours).toBe(august(before).hours + 4);
    // The seed's activities of the unit's members are all there, plus the one recorded.
    const ofUnit = new Set(membersOf(unit.id).map((m) => m.id));
    const all = after.reduce((n, r) => n + r.count, 0);
    expect(all).toBe(seeded().activities.filter((a) => ofUnit.has(a.memberId)).length + 1);
  });
});

describe('roster exchange in XLSX through the gateway', () => {
  const HEADERS = ['编号', '姓名', '性别', '出生日期', '入党时间', '党员类别', '岗位/职务', '所在团队', '联系电话'];

  async function exportRoster(unitId: string) {
    const res = await request(ExportRoster, { unitId }, unitAdmin(unitId));
    expect(res.errors).toBeUndefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(res.data!.exportRoster.contentBase64, 'base64') as never);
    return { file: res.data!.exportRoster, workbook, sheet: workbook.getWorksheet('党员名册')! };
  }

  async function encode(workbook: ExcelJS.Workbook): Promise<string> {
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  const snapshot = (unitId: string) =>
    sql('select id, name, gender, birth_date::text, joined_party_on::text, status, position, team_id, phone, version from members.member where unit_id = $1 order by id', [unitId]);

  it("exports a unit's roster with Chinese headers, one row per member", async () => {
    const unit = seeded().units[2]!;
    const { file, sheet } = await exportRoster(unit.id);
    expect(file.filename).toMatch(new RegExp(`^${unit.name}-党员名册-\\d{8}\\.xlsx$`));
    expect(file.rows).toBe(membersOf(unit.id).length);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.rowCount - 1).toBe(membersOf(unit.id).length);
  });

  it('refuses a file with a bad date and an unknown team whole, naming row and column, and changes nothing', async () => {
    const unit = seeded().units[2]!;
    const before = await snapshot(unit.id);
    const { workbook, sheet } = await exportRoster(unit.id);
    sheet.getRow(3).getCell(4).value = '1985-13-45';
    sheet.getRow(5).getCell(8).value = '不存在的科室';
    sheet.addRow(['', '新来的', '男', '1990-01-01', '2015-01-01', '正式党员', '科员', '', '13900009999']);
    const res = await request(ImportRoster, { input: { unitId: unit.id, contentBase64: await encode(workbook) } }, unitAdmin(unit.id));
    expect(res.errors).toBeUndefined();
    expect(res.data!.importRoster).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 0 });
    expect(res.data!.importRoster.errors.map((e) => [e.row, e.column, e.cell])).toEqual([
      [3, '出生日期', 'D3'],
      [5, '所在团队', 'H5'],
    ]);
    expect(res.data!.importRoster.errors[1]!.message).toContain('不存在的科室');
    expect(await snapshot(unit.id)).toEqual(before);
  });

  it('imports a good file, and importing the same file again leaves the same data', async () => {
    const unit = seeded().units[3]!;
    const team = seeded().teams.find((t) => t.unitId === unit.id)!;
    const { workbook, sheet } = await exportRoster(unit.id);
    // A change to the first member's position, whatever it was (兼 = also serves as).
    sheet.getRow(2).getCell(7).value = `${String(sheet.getRow(2).getCell(7).value)}（兼）`;
    sheet.addRow(['', '王新', '女', '1991-04-08', '2014-07-01', '正式党员', '科员', team.name, '18612345678']);
    sheet.addRow(['', '李新', '男', new Date(Date.UTC(1988, 10, 2)), '2010/6/30', '预备党员', '办事员', '', '']);
    const content = await encode(workbook);

    const first = await request(ImportRoster, { input: { unitId: unit.id, contentBase64: content } }, unitAdmin(unit.id));
    expect(first.data!.importRoster).toEqual({ applied: true, created: 2, updated: 1, unchanged: membersOf(unit.id).length - 1, errors: [] });
    const afterFirst = await snapshot(unit.id);
    expect(afterFirst).toHaveLength(membersOf(unit.id).length + 2);
    expect(afterFirst.find((m) => m.name === '李新')).toMatchObject({ birth_date: '1988-11-02', joined_party_on: '2010-06-30', status: 'PROBATIONARY', team_id: null, phone: null });
    expect(afterFirst.find((m) => m.name === '王新')).toMatchObject({ team_id: team.id, phone: '18612345678' });

    const second = await request(ImportRoster, { input: { unitId: unit.id, contentBase64: content } }, unitAdmin(unit.id));
    expect(second.data!.importRoster).toEqual({ applied: true, created: 0, updated: 0, unchanged: membersOf(unit.id).length + 2, errors: [] });
    expect(await snapshot(unit.id)).toEqual(afterFirst);

    // And the unit's own export, imported as is, changes nothing either.
    const again = await exportRoster(unit.id);
    const roundTrip = await request(ImportRoster, { input: { unitId: unit.id, contentBase64: await encode(again.workbook) } }, unitAdmin(unit.id));
    expect(roundTrip.data!.importRoster).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(await snapshot(unit.id)).toEqual(afterFirst);
  });

  it("does not let a UNIT_ADMIN export or import another unit's roster", async () => {
    const outsider = unitAdmin(unitA().id);
    const exported = await request(ExportRoster, { unitId: unitB().id }, outsider);
    expect(exported.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const imported = await request(ImportRoster, { input: { unitId: unitB().id, contentBase64: 'UEsDBA==' } }, outsider);
    expect(imported.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const leader = await request(ExportRoster, { unitId: unitB().id }, LEADER);
    expect(leader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the roster command line', () => {
  const cli = fileURLToPath(new URL('../../services/members/dist/cli.js', import.meta.url));
  const run = async (args: string[], token: string) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args, '--gateway', platform.gatewayUrl], { env: { ...process.env, SFXD_TOKEN: token } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('exports a roster to a file and imports it back through the gateway, changing nothing', async () => {
    const unit = seeded().units[4]!;
    const token = await signUserToken(unitAdmin(unit.id), JWT_SECRET);
    const folder = mkdtempSync(path.join(tmpdir(), 'sfxd-roster-'));
    try {
      const file = path.join(folder, 'roster.xlsx');
      const exported = await run(['export', '--unit', unit.id, '--out', file], token);
      expect(exported).toMatchObject({ code: 0 });
      expect(exported.stdout).toContain(`导出 ${membersOf(unit.id).length} 名党员`);
      const imported = await run(['import', '--unit', unit.id, file], token);
      expect(imported).toMatchObject({ code: 0 });
      expect(imported.stdout).toContain(`新增 0，更新 0，未变 ${membersOf(unit.id).length}`);
      const foreign = await run(['import', '--unit', unitA().id, file], token);
      expect(foreign.code).toBe(1);
      expect(foreign.stderr).toContain('FORBIDDEN');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
