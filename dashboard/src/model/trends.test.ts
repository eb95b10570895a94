import { describe, expect, it } from 'vitest';
import { monthScores, parseScope, rankedUnits, scopeFilter, scopeQuery } from './trends.js';

describe('the scope of the evaluation trends', () => {
  it('reads the city, an industry or a unit from the address and writes it back', () => {
    expect(parseScope(undefined)).toEqual({ kind: 'city' });
    expect(parseScope('nonsense')).toEqual({ kind: 'city' });
    expect(parseScope('industry:i-1')).toEqual({ kind: 'industry', id: 'i-1' });
    expect(parseScope(['unit:u-9'])).toEqual({ kind: 'unit', id: 'u-9' });
    expect(scopeQuery({ kind: 'unit', id: 'u-9' })).toBe('unit:u-9');
    expect(scopeQuery({ kind: 'city' })).toBeUndefined();
  });

  it("asks the gateway for the unit's or the industry's evaluations only", () => {
    expect(scopeFilter({ kind: 'city' })).toEqual({ unitId: null, industryId: null });
    expect(scopeFilter({ kind: 'industry', id: 'i' })).toEqual({ unitId: null, industryId: 'i' });
    expect(scopeFilter({ kind: 'unit', id: 'u' })).toEqual({ unitId: 'u', industryId: null });
  });
});

describe('the shaping of trend data', () => {
  it("keeps the year's months in calendar order", () => {
    const points = [
      { month: '2016-11', count: 3, weightedScore: 88, satisfactionRate: null },
      { month: '2015-12', count: 1, weightedScore: 70, satisfactionRate: 0.5 },
      { month: '2016-05', count: 9, weightedScore: 85.25, satisfactionRate: 0.9 },
    ];
    expect(monthScores(points, 2016)).toEqual([
      { month: 5, score: 85.25, satisfaction: 0.9, count: 9 },
      { month: 11, score: 88, satisfaction: null, count: 3 },
    ]);
  });

  it('leaves the units that run their own action out of the ranking', () => {
    const rows = [
      { unit: { id: 'a', name: '甲', excluded: false }, count: 5, weightedScore: 80, satisfactionRate: 0.6 },
      { unit: { id: 'b', name: '乙', excluded: true }, count: 5, weightedScore: 99, satisfactionRate: 1 },
    ];
    expect(rankedUnits(rows)).toEqual([{ id: 'a', name: '甲', score: 80, satisfaction: 0.6, count: 5 }]);
  });
});
