import { describe, expect, it } from 'vitest';
import { campaignDefaults } from '../campaign/campaign.defaults.js';
import type { HonorStatus } from '../honor/honor.machine.js';
import {
  attainment, checkIndustryNaming, cityQuota, quotaTarget, tallyHonors, unitQuota, type CityUnitFacts,
} from './quota.rules.js';

const plan = campaignDefaults(2016);

function unit(partyMembers: number, teams: number, declaredPosts: number, declaredTeams: number, change: Partial<CityUnitFacts> = {}): CityUnitFacts {
  return { excluded: false, partyMembers, teams, declaredPosts, declaredTeams, named: false, ...change };
}

describe('a quota’s target', () => {
  it('is 3 for 10% of 30', () => {
    expect(quotaTarget(0.1, 30)).toBe(3);
  });

  it('is exact where floating point is not: 7% of 100 is 7, not the 8 that Math.ceil(0.07 * 100) gives', () => {
    expect(0.07 * 100).toBe(7.000000000000001);
    expect(Math.ceil(0.07 * 100)).toBe(8);
    expect(quotaTarget(0.07, 100)).toBe(7);
    expect(quotaTarget(0.28, 25)).toBe(7);
    expect(quotaTarget(0.56, 75)).toBe(42);
  });

  it('rounds a part of a person up: 10% of 25 members is 3, of 3 teams 1, of 11 is 2, of 0 is 0', () => {
    expect([25, 3, 11, 10, 1, 0].map((n) => quotaTarget(0.1, n))).toEqual([3, 1, 2, 1, 1, 0]);
  });

  it('equals whole-number arithmetic for every percentage from 1% to 100% and every size up to 2,000', () => {
    const wrong: string[] = [];
    for (let percent = 1; percent <= 100; percent++) {
      for (let n = 0; n <= 2000; n++) {
        const exact = Math.floor((percent * n + 99) / 100);
        if (quotaTarget(percent / 100, n) !== exact) wrong.push(`${percent}% of ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('stays exact at province scale', () => {
    expect(quotaTarget(0.1, 500_000)).toBe(50_000);
    expect(quotaTarget(0.07, 500_001)).toBe(35_001);
  });

  it('refuses ratios outside (0, 1] and sizes that are not whole numbers', () => {
    expect(() => quotaTarget(0, 10)).toThrow(RangeError);
    expect(() => quotaTarget(1.5, 10)).toThrow(RangeError);
    expect(() => quotaTarget(0.1, -1)).toThrow(RangeError);
    expect(() => quotaTarget(0.1, 2.5)).toThrow(RangeError);
  });
});

describe('attainment', () => {
  it('reports count, target, ratio and whether the count reaches the target', () => {
    expect(attainment(2, 3)).toEqual({ count: 2, target: 3, ratio: 2 / 3, attained: false });
    expect(attainment(3, 3)).toEqual({ count: 3, target: 3, ratio: 1, attained: true });
    expect(attainment(4, 3)).toEqual({ count: 4, target: 3, ratio: 4 / 3, attained: true });
  });

  it('treats a target of 0 as met, with ratio 1 rather than a division by zero', () => {
    expect(attainment(0, 0)).toEqual({ count: 0, target: 0, ratio: 1, attained: true });
    expect(attainment(2, 0).ratio).toBe(1);
  });
});

describe('a unit’s quota', () => {
  it('asks a unit of 25 members and 3 teams for 3 posts and 1 team, and is attained exactly at the third declared post', () => {
    const progress = [0, 1, 2, 3, 4].map((posts) => unitQuota(unit(25, 3, posts, 0), plan)!.posts);
    expect(progress.map((p) => p.target)).toEqual([3, 3, 3, 3, 3]);
    expect(progress.map((p) => p.attained)).toEqual([false, false, false, true, true]);
    const quota = unitQuota(unit(25, 3, 3, 1), plan);
    expect(quota).toEqual({
      partyMembers: 25, teams: 3,
      posts: { count: 3, target: 3, ratio: 1, attained: true },
      teamQuota: { count: 1, target: 1, ratio: 1, attained: true },
    });
    expect(unitQuota(unit(25, 3, 3, 0), plan)!.teamQuota).toEqual({ count: 0, target: 1, ratio: 0, attained: false });
  });

  it('has none for an excluded unit', () => {
    expect(unitQuota(unit(40, 4, 0, 0, { excluded: true }), plan)).toBeNull();
  });

  it('uses the campaign’s own ratios', () => {
    expect(unitQuota(unit(25, 3, 0, 0), { postRatio: 0.2, teamRatio: 1 })).toMatchObject({ posts: { target: 5 }, teamQuota: { target: 3 } });
  });

  it('counts as declared what DESIGN says: not rejected, withdrawn or revoked candidacies', () => {
    const statuses: HonorStatus[] = ['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING', 'REVOKED', 'REJECTED', 'WITHDRAWN'];
    const tally = tallyHonors([
      ...statuses.map((status) => ({ tier: 'POST' as const, status })),
      { tier: 'TEAM', status: 'NAMED' },
      { tier: 'TEAM', status: 'WITHDRAWN' },
      { tier: 'UNIT', status: 'RECTIFYING' },
    ]);
    expect(tally.declared).toEqual({ POST: 6, TEAM: 1, UNIT: 1, INDUSTRY: 0 });
    expect(tally.named).toEqual({ POST: 2, TEAM: 1, UNIT: 1, INDUSTRY: 0 });
  });
});

describe('the city-wide quotas', () => {
  const units: CityUnitFacts[] = [
    unit(25, 3, 3, 1, { named: true }), // attains both
    unit(40, 5, 2, 1), // posts 2 of 4: short
    unit(12, 2, 5, 0), // posts 5 of 2, but teams 0 of 1: short
    unit(60, 6, 6, 1, { named: true }),
    ...Array.from({ length: 16 }, () => unit(10, 1, 1, 1)),
    unit(300, 30, 0, 0, { excluded: true, named: true }), // organises its own action
  ];

  it('counts only the participating units, leaving excluded ones out of counts and targets', () => {
    const city = cityQuota(units, 2, plan);
    expect(city.participatingUnits).toBe(20);
    expect(city.posts).toEqual({ count: 3 + 2 + 5 + 6 + 16, target: 3 + 4 + 2 + 6 + 16, ratio: 32 / 31, attained: false, unitsAttaining: 19 });
    expect(city.teams).toEqual({ count: 1 + 1 + 0 + 1 + 16, target: 1 + 1 + 1 + 1 + 16, ratio: 19 / 20, attained: false, unitsAttaining: 19 });
  });

  it('reports posts as attained only when every participating unit attains its own quota, whatever the sum', () => {
    expect(cityQuota(units, 2, plan).posts).toMatchObject({ count: 32, target: 31, attained: false });
    const allAttain = units.map((u) => (u.excluded ? u : { ...u, declaredPosts: quotaTarget(0.1, u.partyMembers), declaredTeams: quotaTarget(0.1, u.teams) }));
    expect(cityQuota(allAttain, 2, plan).posts).toMatchObject({ attained: true, unitsAttaining: 20 });
    expect(cityQuota(allAttain, 2, plan).teams).toMatchObject({ attained: true, unitsAttaining: 20 });
  });

  it('asks for named units ≥ 10% of the participating units, not counting an excluded unit’s name', () => {
    expect(cityQuota(units, 2, plan).units).toEqual({ count: 2, target: 2, ratio: 1, attained: true });
    const oneNamed = units.map((u, i) => (i === 3 ? { ...u, named: false } : u));
    expect(cityQuota(oneNamed, 2, plan).units).toEqual({ count: 1, target: 2, ratio: 0.5, attained: false });
    // 21 participating units need 3 named ones.
    expect(cityQuota([...units, unit(10, 1, 1, 1)], 2, plan).units.target).toBe(3);
  });

  it('attains the industries with 2 or 3 named, not with 1 or 4', () => {
    const industries = (named: number) => cityQuota(units, named, plan).industries;
    expect([0, 1, 2, 3, 4].map((n) => industries(n).attained)).toEqual([false, false, true, true, false]);
    expect(industries(1)).toEqual({ count: 1, target: 2, ratio: 0.5, attained: false, min: 2, max: 3 });
  });

  it('has nothing to ask of a city without participating units', () => {
    const city = cityQuota([unit(50, 5, 0, 0, { excluded: true })], 0, { ...plan, industryMin: 0 });
    expect(city).toEqual({
      participatingUnits: 0,
      posts: { count: 0, target: 0, ratio: 1, attained: true, unitsAttaining: 0 },
      teams: { count: 0, target: 0, ratio: 1, attained: true, unitsAttaining: 0 },
      units: { count: 0, target: 0, ratio: 1, attained: true },
      industries: { count: 0, target: 0, ratio: 1, attained: true, min: 0, max: 3 },
    });
  });
});

describe('naming an industry', () => {
  it('is allowed up to the campaign’s maximum and refused for a 4th', () => {
    expect([0, 1, 2].map((n) => checkIndustryNaming(n, plan))).toEqual([null, null, null]);
    expect(checkIndustryNaming(3, plan)).toEqual({
      code: 'CONFLICT',
      field: 'action',
      message: '本年度已命名3个示范行业，最多3个 (3 industries are already named; a campaign names at most 3)',
    });
  });

  it('follows the campaign’s own maximum', () => {
    expect(checkIndustryNaming(3, { industryMax: 5 })).toBeNull();
    expect(checkIndustryNaming(1, { industryMax: 1 })).toMatchObject({ code: 'CONFLICT' });
  });
});
