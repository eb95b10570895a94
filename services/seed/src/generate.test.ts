import { describe, expect, it } from 'vitest';
import {
  EXCLUDED_INDUSTRY_NAMES, SCALES, createRandom, excludedUnitCount, generateSeed, type SeedData, type SeedOptions,
} from './index.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const cache = new Map<string, SeedData>();
/** Generating is deterministic, so tests can share one data set per option set. */
function data(options: SeedOptions): SeedData {
  const key = JSON.stringify(options);
  let d = cache.get(key);
  if (!d) cache.set(key, (d = generateSeed(options)));
  return d;
}

function countBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

describe('generateSeed determinism', () => {
  it('produces byte-identical output for the same seed and scale', () => {
    const a = generateSeed({ ...SCALES.city, seed: 7 });
    const b = generateSeed({ ...SCALES.city, seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('uses seed 2016, 100 units, 50 members per unit and 2 activities per member when given no options', () => {
    const d = generateSeed();
    expect(JSON.stringify(d)).toBe(JSON.stringify(generateSeed({ seed: 2016, units: 100, membersPerUnit: 50, year: 2016, activitiesPerMember: 2 })));
    expect(d.units).toHaveLength(100);
    expect(d.members).toHaveLength(5000);
    expect(d.activities).toHaveLength(10_000);
  });

  it('produces different ids, people and activities for different seeds', () => {
    const a = data({ ...SCALES.city, seed: 1 });
    const b = data({ ...SCALES.city, seed: 2 });
    expect(a.units[0]!.id).not.toBe(b.units[0]!.id);
    expect(a.members.map((m) => m.name)).not.toEqual(b.members.map((m) => m.name));
    expect(a.activities.map((x) => x.date)).not.toEqual(b.activities.map((x) => x.date));
  });

  it('keeps the same directory of unit names and codes whatever the seed', () => {
    const a = data({ ...SCALES.city, seed: 1 });
    const b = data({ ...SCALES.city, seed: 2 });
    expect(a.units.map((u) => `${u.code} ${u.name}`)).toEqual(b.units.map((u) => `${u.code} ${u.name}`));
  });

  it('keeps member ids unchanged when only the number of activities changes', () => {
    const few = generateSeed({ ...SCALES.tiny, activitiesPerMember: 1 });
    const many = generateSeed({ ...SCALES.tiny, activitiesPerMember: 5 });
    expect(many.members).toEqual(few.members);
    expect(many.activities.length).toBeGreaterThan(few.activities.length);
  });
});

const SIZES: [string, SeedOptions][] = [
  ['the city scale', SCALES.city],
  ['a 2,000-unit region', { units: 2000, membersPerUnit: 20, seed: 99 }],
];

describe.each(SIZES)('at %s', (_, options) => {
  const d = () => data(options);

  it('gives every entity a distinct version-4-shaped UUID, across all entity kinds', () => {
    const all = [d().industries, d().units, d().teams, d().members, d().activities].flat().map((x) => x.id);
    expect(all.filter((id) => !UUID_V4.test(id))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has 10 to 14 industries with unique codes and names', () => {
    const { industries } = d();
    expect(industries.length).toBeGreaterThanOrEqual(10);
    expect(industries.length).toBeLessThanOrEqual(14);
    expect(new Set(industries.map((i) => i.code)).size).toBe(industries.length);
    expect(new Set(industries.map((i) => i.name)).size).toBe(industries.length);
  });

  it('gives units unique names and unique codes', () => {
    const { units } = d();
    expect(units).toHaveLength(options.units!);
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    expect(units.filter((u) => !/^U\d{3,}$/.test(u.code))).toEqual([]);
  });

  it('gives each unit 3 to 12 teams whose names are unique within the unit', () => {
    const byUnit = new Map<string, string[]>();
    for (const t of d().teams) byUnit.set(t.unitId, [...(byUnit.get(t.unitId) ?? []), t.name]);
    expect(byUnit.size).toBe(d().units.length);
    for (const names of byUnit.values()) {
      expect(names.length).toBeGreaterThanOrEqual(3);
      expect(names.length).toBeLessThanOrEqual(12);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('links every unit, team, member and activity to records that exist', () => {
    const { industries, units, teams, members, activities } = d();
    const industryIds = new Set(industries.map((i) => i.id));
    const unitIds = new Set(units.map((u) => u.id));
    const teamUnit = new Map(teams.map((t) => [t.id, t.unitId]));
    const memberIds = new Set(members.map((m) => m.id));
    expect(units.filter((u) => !industryIds.has(u.industryId))).toEqual([]);
    expect(teams.filter((t) => !unitIds.has(t.unitId))).toEqual([]);
    expect(members.filter((m) => !unitIds.has(m.unitId))).toEqual([]);
    // A member's team must belong to the member's own unit, not just exist somewhere.
    expect(members.filter((m) => m.teamId !== null && teamUnit.get(m.teamId) !== m.unitId)).toEqual([]);
    expect(activities.filter((a) => !memberIds.has(a.memberId))).toEqual([]);
  });

  it('leaves only a few members without a team', () => {
    const { members } = d();
    const share = members.filter((m) => m.teamId === null).length / members.length;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(0.08);
  });

  it('excludes about 10–15% of units, exactly those of the 政法, 教育, 卫计 and 国企 systems', () => {
    const { industries, units } = d();
    const industryName = new Map(industries.map((i) => [i.id, i.name]));
    const excluded = units.filter((u) => u.excluded);
    expect(excluded.length / units.length).toBeGreaterThanOrEqual(0.1);
    expect(excluded.length / units.length).toBeLessThanOrEqual(0.15);
    expect(units.filter((u) => u.excluded !== EXCLUDED_INDUSTRY_NAMES.includes(industryName.get(u.industryId)!))).toEqual([]);
    // Every excluded system is represented, not just the first one.
    expect(new Set(excluded.map((u) => industryName.get(u.industryId))).size).toBe(EXCLUDED_INDUSTRY_NAMES.length);
  });

  it('generates exactly units × membersPerUnit members, with unit sizes varying around the average', () => {
    const { units, members } = d();
    const average = options.membersPerUnit!;
    expect(members).toHaveLength(units.length * average);
    const sizes = [...countBy(members, (m) => m.unitId).values()];
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(Math.floor(average * 0.35));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.ceil(average * 1.65));
    expect(new Set(sizes).size).toBeGreaterThan(5);
  });

  it('gives members Chinese names, genders, positions and unique valid mobile numbers', () => {
    const { members } = d();
    const odd = members.filter((m) =>
      !/^[\u4e00-\u9fff]{2,3}$/.test(m.name) || (m.gender !== 'MALE' && m.gender !== 'FEMALE') ||
      !/^[\u4e00-\u9fff]+$/.test(m.position) || !/^1[3-9]\d{9}$/.test(m.phone));
    expect(odd).toEqual([]);
    expect(new Set(members.map((m) => m.phone)).size).toBe(members.length);
  });

  it('has members born 1962–1996 who joined the Party at 18 or older and no later than 30 June 2016', () => {
    const odd = d().members.filter((m) => {
      // ISO dates compare correctly as text; a 29 February birthday gives a nonexistent
      // "YYYY-02-29" eighteenth birthday, which still sorts just before 1 March.
      const eighteenth = `${Number(m.birthDate.slice(0, 4)) + 18}${m.birthDate.slice(4)}`;
      return !ISO_DAY.test(m.birthDate) || !ISO_DAY.test(m.joinedPartyOn) ||
        m.birthDate < '1962-01-01' || m.birthDate > '1996-12-31' ||
        m.joinedPartyOn < eighteenth || m.joinedPartyOn > '2016-06-30';
    });
    expect(odd).toEqual([]);
  });

  it('marks about 5% of members probationary, exactly those who joined in the year before 1 July 2016', () => {
    const { members } = d();
    const probationary = members.filter((m) => m.status === 'PROBATIONARY');
    expect(probationary.length / members.length).toBeGreaterThan(0.03);
    expect(probationary.length / members.length).toBeLessThan(0.07);
    expect(members.filter((m) => (m.status === 'PROBATIONARY') !== m.joinedPartyOn >= '2015-07-01')).toEqual([]);
  });

  it('generates exactly members × activitiesPerMember activities, dated May–November 2016 and never before joining', () => {
    const { members, activities } = d();
    expect(activities).toHaveLength(members.length * 2);
    const joined = new Map(members.map((m) => [m.id, m.joinedPartyOn]));
    expect(activities.filter((a) =>
      !ISO_DAY.test(a.date) || a.date < '2016-05-01' || a.date > '2016-11-30' || a.date < joined.get(a.memberId)!)).toEqual([]);
  });

  it('gives activities 1–8 hours in half-hour steps and Chinese wording that fits the type', () => {
    const fits: Record<string, RegExp> = {
      POST_COMPETITION: /练兵|竞赛/,
      SKILL_CONTEST: /比武|竞赛|比赛/,
      VOLUNTEER_SERVICE: /志愿服务/,
      GRASSROOTS_VISIT: /走访|入户/,
      POVERTY_PAIRING: /帮扶|扶贫/,
      PUBLIC_COMMITMENT: /^亮承诺：/,
    };
    const { activities } = d();
    expect(activities.filter((a) =>
      a.hours < 1 || a.hours > 8 || !Number.isInteger(a.hours * 2) ||
      !fits[a.type]!.test(a.title) || !/^[\u4e00-\u9fff]/.test(a.description))).toEqual([]);
    expect(countBy(activities, (a) => a.type).size).toBe(6);
  });
});

describe('unit directory', () => {
  it('starts with real-looking Bazhong municipal departments', () => {
    const names = data(SCALES.city).units.map((u) => u.name);
    for (const name of ['巴中市发展和改革委员会', '中共巴中市委组织部', '巴中市财政局', '巴中市住房和城乡建设局', '巴中市人民检察院',
      '巴中市中心医院', '巴中市国有资产投资运营集团有限公司']) {
      expect(names).toContain(name);
    }
    expect(names.every((n) => n.includes('巴中'))).toBe(true);
  });

  it('keeps unit names and codes unique at province scale (10,000 units)', () => {
    const { units } = generateSeed({ units: SCALES.province.units, membersPerUnit: 0 });
    expect(new Set(units.map((u) => u.name)).size).toBe(10_000);
    expect(new Set(units.map((u) => u.code)).size).toBe(10_000);
    // Codes are zero-padded to one width so sorting them as text sorts them by number.
    expect(units.map((u) => u.code)).toEqual(units.map((u) => u.code).sort());
    expect(units.filter((u) => u.excluded)).toHaveLength(1200);
    // The units table stores names as varchar(128).
    expect(units.filter((u) => u.name.length > 128)).toEqual([]);
  });

  it('includes at least one excluded unit at every size from 5 units up', () => {
    for (let units = 5; units <= 40; units++) {
      const d = generateSeed({ units, membersPerUnit: 1 });
      expect(d.units.filter((u) => u.excluded).length).toBe(excludedUnitCount(units));
      expect(excludedUnitCount(units)).toBeGreaterThanOrEqual(1);
    }
    expect(data(SCALES.tiny).units.some((u) => u.excluded)).toBe(true);
  });

  it('handles zero units', () => {
    const d = generateSeed({ units: 0 });
    expect(d.units).toEqual([]);
    expect(d.members).toEqual([]);
    expect(d.activities).toEqual([]);
  });

  it('rejects options that cannot describe a data set', () => {
    expect(() => generateSeed({ units: -1 })).toThrow(RangeError);
    expect(() => generateSeed({ units: 2.5 })).toThrow(RangeError);
    expect(() => generateSeed({ seed: Number.NaN })).toThrow(RangeError);
    expect(() => generateSeed({ membersPerUnit: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.uint32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    // Seeds that differ only above bit 31 are still different seeds.
    expect(draw(1)).not.toEqual(draw(1 + 2 ** 32));
  });

  it('keeps int within its inclusive bounds and reaches both ends', () => {
    const r = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('returns floats in [0, 1) from next', () => {
    const r = createRandom(5);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('forks streams that do not depend on how much the parent has drawn', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    for (let i = 0; i < 100; i++) b.next();
    expect(a.fork('x').uint32()).toBe(b.fork('x').uint32());
    expect(a.fork('x').uint32()).not.toBe(a.fork('y').uint32());
  });

  it('samples distinct elements and makes version-4-shaped UUIDs', () => {
    const r = createRandom(3);
    const picked = r.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
    expect(r.uuid()).toMatch(UUID_V4);
  });

  it('rejects seeds that are not safe integers', () => {
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(2 ** 60)).toThrow(RangeError);
  });
});
