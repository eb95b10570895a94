import { Role, type Caller } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { LedgerUnit, NamedMember, NamedTeam } from './ledger.directory.js';
import { planLedgerImport, subjectIdsOfNewRows, type LedgerImportFacts } from './ledger.import.js';
import { COLUMNS, type LedgerField, type LedgerRow } from './ledger.sheet.js';

const unit: LedgerUnit = {
  id: randomUUID(), code: 'U900', name: '市财政局', excluded: false, archived: false,
  industry: { id: randomUUID(), name: '经济管理系统', archived: false },
  teams: [{ id: randomUUID(), name: '预算科' }, { id: randomUUID(), name: '国库科' }],
};
const member: NamedMember = { id: randomUUID(), name: '李明', unit: { id: unit.id } };
const stranger: NamedMember = { id: randomUUID(), name: '赵强', unit: { id: randomUUID() } };
const team: NamedTeam = { id: unit.teams[0]!.id, name: '预算科', archived: false, unit: { id: unit.id } };
const existing = { id: randomUUID(), tier: 'POST' as const, subjectId: randomUUID() };
const unitAdmin: Caller = { sub: 'ua', role: Role.UNIT_ADMIN, unitId: unit.id };
const admin: Caller = { sub: 'admin', role: Role.ADMIN };

const letters = Object.fromEntries(COLUMNS.map((c, i) => [c.field, String.fromCharCode(65 + i)])) as LedgerRow['letters'];
let next = 2;
const row = (cells: Partial<Record<LedgerField, string>>): LedgerRow => ({ row: next++, cells, letters });

function facts(over: Partial<LedgerImportFacts> = {}): LedgerImportFacts {
  return {
    caller: unitAdmin, unit,
    directory: { members: new Map([[member.id, member], [stranger.id, stranger]]), teams: new Map([[team.id, team]]) },
    ledger: [existing], live: new Set([existing.subjectId]),
    ...over,
  };
}

describe('planning a ledger import', () => {
  it('declares new rows by member id, team name, the unit itself and (for ADMIN) its industry; rows with 编号 are there already', () => {
    next = 2;
    const rows = [
      row({ id: existing.id, tier: '示范岗', subjectId: existing.subjectId, subjectName: '王芳', status: '已命名', plaqueNumber: 'BZ-1', namedOn: '2016-06-28' }),
      row({ tier: '示范岗', subjectId: member.id.toUpperCase(), subjectName: '李明' }),
      row({ tier: '示范团队', subjectName: '国库科' }),
      row({ tier: 'TEAM', subjectId: team.id }),
      row({ tier: '示范单位', subjectName: '市财政局', status: '申报' }),
      row({ tier: '示范行业' }),
    ];
    const plan = planLedgerImport(rows, facts({ caller: admin }));
    expect(plan.errors).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.declares.map((d) => [d.row, d.tier, d.subject.kind, d.subject.id, d.subject.unitId])).toEqual([
      [3, 'POST', 'MEMBER', member.id, unit.id],
      [4, 'TEAM', 'TEAM', unit.teams[1]!.id, unit.id],
      [5, 'TEAM', 'TEAM', team.id, unit.id],
      [6, 'UNIT', 'UNIT', unit.id, unit.id],
      [7, 'INDUSTRY', 'INDUSTRY', unit.industry.id, null],
    ]);
  });

  it('counts a subject that already has a live candidacy as there, so a ledger imported twice declares nothing new', () => {
    next = 2;
    const plan = planLedgerImport([row({ tier: '示范岗', subjectId: member.id })], facts({ live: new Set([member.id]) }));
    expect(plan).toEqual({ errors: [], declares: [], unchanged: 1 });
  });

  it('reports every problem by row, column and cell, with declareHonor’s rules for the new ones', () => {
    next = 2;
    const rows = [
      row({ tier: '示范', subjectName: '李明' }),
      row({ tier: '示范岗', subjectName: '李明' }),
      row({ tier: '示范岗', subjectId: stranger.id }),
      row({ tier: '示范岗', subjectId: member.id, subjectName: '李敏' }),
      row({ tier: '示范团队', subjectName: '不存在的科' }),
      row({ tier: '示范单位', subjectName: '市财政局', plaqueNumber: 'BZ-9', status: '已命名' }),
      row({ tier: '示范行业' }),
      row({ tier: '示范团队', subjectName: '预算科' }),
      row({ tier: '示范团队', subjectId: team.id }),
      row({ id: randomUUID(), tier: '示范岗' }),
      row({ id: existing.id, tier: '示范团队' }),
      row({ tier: '示范岗', subjectId: 'not-an-id', declaredOn: '2016-02-30' }),
    ];
    const plan = planLedgerImport(rows, facts());
    expect(plan.errors.map((e) => [e.row, e.column, e.cell])).toEqual([
      [2, '类别', 'B2'],
      [3, '对象编号', 'C3'],
      [4, '对象编号', 'C4'],
      [5, '对象名称', 'D5'],
      [6, '对象名称', 'D6'],
      [7, '状态', 'E7'],
      [7, '牌匾编号', 'K7'],
      [8, '类别', 'B8'],
      [10, '对象编号', 'C10'],
      [11, '编号', 'A11'],
      [12, '类别', 'B12'],
      [13, '申报日期', 'F13'],
      [13, '对象编号', 'C13'],
    ]);
    expect(plan.errors.find((e) => e.row === 8)!.message).toContain('市直机关工委');
    expect(plan.errors.find((e) => e.row === 10)!.message).toContain('第 9 行');
    expect(plan.declares.map((d) => d.row)).toEqual([9]);
  });

  it("refuses an excluded unit's rows with declareHonor's message", () => {
    next = 2;
    const plan = planLedgerImport([row({ tier: '示范单位' })], facts({ unit: { ...unit, excluded: true } }));
    expect(plan.errors.map((e) => [e.column, e.message])).toEqual([['对象名称', expect.stringContaining('另行组织实施')]]);
  });

  it('asks the owners about the members and teams that new rows name by id only', () => {
    next = 2;
    const rows = [
      row({ tier: '示范岗', subjectId: member.id.toUpperCase() }), row({ tier: 'TEAM', subjectId: team.id }),
      row({ id: existing.id, tier: '示范岗', subjectId: existing.subjectId }), row({ tier: '示范团队', subjectName: '预算科' }),
    ];
    expect(subjectIdsOfNewRows(rows)).toEqual({ POST: [member.id], TEAM: [team.id] });
  });
});
