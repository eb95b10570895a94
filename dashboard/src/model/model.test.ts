import { describe, expect, it } from 'vitest';
import { grandTotal, sumActivityTotals, totalsByType, type ActivityTotalRow } from './activity.js';
import { citySummary, fixedBatches, unitsByIndustry, type UnitFacts } from './units.js';

const party = { id: 'i2', code: 'IND-02', name: '党群系统' };
const law = { id: 'i1', code: 'IND-01', name: '政法系统' };
const units: UnitFacts[] = [
  { id: 'a', code: 'U001', name: '市委办公室', excluded: false, teamCount: 4, partyMemberCount: 40, industry: party },
  { id: 'b', code: 'U002', name: '市委组织部', excluded: false, teamCount: 3, partyMemberCount: 30, industry: party },
  { id: 'c', code: 'U003', name: '市公安局', excluded: true, teamCount: 9, partyMemberCount: 200, industry: law },
];

describe('the city’s figures', () => {
  it('counts participating and excluded units, and members and teams of the participating ones', () => {
    expect(citySummary(units, false)).toEqual({ participatingUnits: 2, excludedUnits: 1, partyMembers: 70, teams: 7 });
  });

  it('adds the excluded units’ members and teams when asked', () => {
    expect(citySummary(units, true)).toEqual({ participatingUnits: 2, excludedUnits: 1, partyMembers: 270, teams: 16 });
  });

  it('lists units per industry by industry code', () => {
    expect(unitsByIndustry(units)).toEqual([
      { ...law, participating: 0, excluded: 1 },
      { ...party, participating: 2, excluded: 0 },
    ]);
  });
});

describe('activity totals', () => {
  const a: ActivityTotalRow[] = [
    { type: 'SKILL_CONTEST', month: 6, count: 2, hours: 3.5 },
    { type: 'POST_COMPETITION', month: 6, count: 1, hours: 2 },
  ];
  const b: ActivityTotalRow[] = [{ type: 'SKILL_CONTEST', month: 6, count: 4, hours: 1 }, { type: 'PUBLIC_COMMITMENT', month: 5, count: 1, hours: 0.5 }];

  it('sums the same type and month across units, by month then the plan’s order of kinds', () => {
    expect(sumActivityTotals([...a, ...b])).toEqual([
      { type: 'PUBLIC_COMMITMENT', month: 5, count: 1, hours: 0.5 },
      { type: 'POST_COMPETITION', month: 6, count: 1, hours: 2 },
      { type: 'SKILL_CONTEST', month: 6, count: 6, hours: 4.5 },
    ]);
  });

  it('does not change the rows it sums', () => {
    sumActivityTotals([...a, ...a]);
    expect(a[0]).toEqual({ type: 'SKILL_CONTEST', month: 6, count: 2, hours: 3.5 });
  });

  it('gives every kind a total, zeros included, in the plan’s order', () => {
    expect(totalsByType([...a, ...b]).map((t) => [t.type, t.count, t.hours])).toEqual([
      ['POST_COMPETITION', 1, 2],
      ['SKILL_CONTEST', 6, 4.5],
      ['VOLUNTEER_SERVICE', 0, 0],
      ['GRASSROOTS_VISIT', 0, 0],
      ['POVERTY_PAIRING', 0, 0],
      ['PUBLIC_COMMITMENT', 1, 0.5],
    ]);
    expect(grandTotal([...a, ...b])).toEqual({ count: 8, hours: 7 });
  });
});

describe('batches of ids', () => {
  it('fills the last batch with its last id', () => {
    expect(fixedBatches(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'e']]);
    expect(fixedBatches([], 10)).toEqual([]);
    expect(fixedBatches(['a', 'b'], 2)).toEqual([['a', 'b']]);
  });
});
