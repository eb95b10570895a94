import { planUnits } from './catalog.js';
import { civilDate, createDayFormatter, dayNumber } from './dates.js';
import { createIdFactory } from './ids.js';
import {
  ACTIVITY_TITLES, ACTIVITY_TYPES, ACTIVITY_WEIGHTS, AGENCY_TEAMS, COMMITMENTS, COMMUNITIES, COUNTIES,
  DESCRIPTION_PARTS as P, GIVEN_NAME_CHARS, HEAD_TEAM, INDUSTRY_DEFS, KIND_TEAMS, MOBILE_PREFIXES, POSITIONS,
  SURNAMES, VILLAGES, type ActivityType,
} from './names.js';
import { createRandom, flatten, type Random } from './random.js';
import type { SeedActivity, SeedData, SeedIndustry, SeedMember, SeedOptions, SeedTeam, SeedUnit } from './types.js';

/** Ready-made sizes: tiny for unit tests, city for the demo, province for benchmarks. */
export const SCALES = {
  tiny: { units: 8, membersPerUnit: 6 },
  city: { units: 100, membersPerUnit: 50 },
  province: { units: 10_000, membersPerUnit: 50 },
} as const satisfies Record<string, SeedOptions>;

export type ScaleName = keyof typeof SCALES;

export const DEFAULT_SEED_OPTIONS: Readonly<Required<SeedOptions>> = {
  seed: 2016, units: 100, membersPerUnit: 50, year: 2016, activitiesPerMember: 2,
};

/** Share of members still in their probationary year when the campaign starts. */
const PROBATIONARY_SHARE = 0.05;
const MALE_SHARE = 0.62;
const NO_TEAM_SHARE = 0.03;

/**
 * Builds a complete demo data set. Pure and deterministic: the same options give byte-identical
 * output on every run and machine, because every random choice comes from the seeded generator
 * and nothing reads the clock or iterates in hash order.
 */
export function generateSeed(options: SeedOptions = {}): SeedData {
  const o = resolveOptions(options);
  const root = createRandom(o.seed);
  const nextId = createIdFactory(root);

  const industries: SeedIndustry[] = INDUSTRY_DEFS.map((d) => ({ id: nextId('industry'), code: d.code, name: d.name }));

  const plans = planUnits(o.units);
  // Zero-padding to the widest code keeps lexical order equal to numeric order at every scale.
  const width = Math.max(3, String(o.units).length);
  const units: SeedUnit[] = plans.map((p, i) => ({
    id: nextId('unit'),
    code: 'U' + String(i + 1).padStart(width, '0'),
    name: p.name,
    industryId: industries[p.industry]!.id,
    excluded: INDUSTRY_DEFS[p.industry]!.excluded,
  }));

  const teams: SeedTeam[] = [];
  const teamsOfUnit: SeedTeam[][] = [];
  const teamRandom = root.fork('teams');
  for (let u = 0; u < units.length; u++) {
    const plan = plans[u]!;
    const pool = plan.kind === 'agency' ? AGENCY_TEAMS[INDUSTRY_DEFS[plan.industry]!.key] : KIND_TEAMS[plan.kind];
    const names = [HEAD_TEAM[plan.kind], ...teamRandom.sample(pool, teamRandom.int(3, 12) - 1)];
    const own = names.map((name) => ({ id: nextId('team'), unitId: units[u]!.id, name }));
    teamsOfUnit.push(own);
    for (const t of own) teams.push(t);
  }

  const memberRandom = root.fork('members');
  const headcounts = apportion(Math.round(o.units * o.membersPerUnit), units.length, () => memberRandom.float(0.4, 1.6));
  const people = createPeople(memberRandom, o.year);
  const members: SeedMember[] = [];
  const joinedDays: number[] = [];
  for (let u = 0; u < units.length; u++) {
    const unitTeams = teamsOfUnit[u]!;
    const positions = POSITIONS[plans[u]!.kind];
    for (let k = headcounts[u]!; k > 0; k--) {
      const person = people.next();
      joinedDays.push(person.joinedDay);
      members.push({
        id: nextId('member'),
        unitId: units[u]!.id,
        teamId: memberRandom.chance(NO_TEAM_SHARE) ? null : memberRandom.pick(unitTeams).id,
        name: person.name,
        gender: person.gender,
        birthDate: person.birthDate,
        joinedPartyOn: person.joinedPartyOn,
        status: person.status,
        position: pickPosition(memberRandom, positions),
        phone: person.phone,
      });
    }
  }

  const activities = createActivities(root.fork('activities'), nextId, members, joinedDays, o);

  return { industries, units, teams, members, activities };
}

function resolveOptions(options: SeedOptions): Required<SeedOptions> {
  const o = { ...DEFAULT_SEED_OPTIONS };
  for (const [k, v] of Object.entries(options) as [keyof SeedOptions, number | undefined][]) if (v !== undefined) o[k] = v;
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new RangeError(`invalid seed option ${what}`);
  };
  check(Number.isSafeInteger(o.seed), `seed=${o.seed}`);
  check(Number.isInteger(o.units) && o.units >= 0, `units=${o.units}`);
  check(Number.isFinite(o.membersPerUnit) && o.membersPerUnit >= 0, `membersPerUnit=${o.membersPerUnit}`);
  check(Number.isFinite(o.activitiesPerMember) && o.activitiesPerMember >= 0, `activitiesPerMember=${o.activitiesPerMember}`);
  // Four-digit years keep dates in plain YYYY-MM-DD; members are born up to 54 years earlier.
  check(Number.isInteger(o.year) && o.year >= 1954 && o.year <= 9999, `year=${o.year}`);
  return o;
}

/**
 * Splits `total` into `parts` counts proportional to random weights, summing to exactly `total`:
 * each count is the difference of consecutive rounded running sums, so rounding never drifts.
 * Exact totals let tests and benchmarks state sizes precisely while units still vary in size.
 */
function apportion(total: number, parts: number, weight: () => number): number[] {
  const weights = new Float64Array(parts);
  let sum = 0;
  for (let i = 0; i < parts; i++) sum += weights[i] = weight();
  // All-zero weights (astronomically unlikely, but possible) would divide by zero; share evenly.
  if (sum === 0) sum = weights.fill(1).length;
  const counts = new Array<number>(parts);
  let running = 0;
  let previous = 0;
  for (let i = 0; i < parts; i++) {
    running += weights[i]!;
    const upTo = i === parts - 1 ? total : Math.round((total * running) / sum);
    counts[i] = upTo - previous;
    previous = upTo;
  }
  return counts;
}

function pickPosition(random: Random, table: readonly (readonly [string, number])[]): string {
  let total = 0;
  for (const [, w] of table) total += w;
  let r = random.next() * total;
  for (const [name, w] of table) if ((r -= w) < 0) return name;
  return table[table.length - 1]![0];
}

/**
 * Surname frequency falls off roughly like 1/rank: with these weights 王 is about 7% and the top
 * ten about 40%, close to census figures.
 */
const SURNAME_CUMULATIVE = cumulative(SURNAMES.map((_, i) => 1 / (i + 4)));

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out.map((c) => c / sum);
}

/** Index of the first cumulative share above u, by binary search. */
function pickCumulative(shares: Float64Array, u: number): number {
  let lo = 0;
  let hi = shares.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (shares[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Person {
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  joinedPartyOn: string;
  joinedDay: number;
  status: 'FULL' | 'PROBATIONARY';
  phone: string;
}

function createPeople(random: Random, year: number): { next(): Person } {
  const bornFirst = dayNumber(year - 54, 1, 1);
  const bornLast = dayNumber(year - 20, 12, 31);
  // The campaign counts Party membership as of 30 June; probation lasts one year, so anyone who
  // joined after 30 June of the previous year is still probationary.
  const cutoff = dayNumber(year, 6, 30);
  const probationFrom = dayNumber(year - 1, 7, 1);
  const format = createDayFormatter(bornFirst, cutoff);
  const phoneSuffix = createSuffixPermutation(random.uint32(), random.uint32());
  let index = 0;

  return {
    next(): Person {
      const gender = random.chance(MALE_SHARE) ? 'MALE' : 'FEMALE';
      const chars = GIVEN_NAME_CHARS[gender];
      const surname = SURNAMES[pickCumulative(SURNAME_CUMULATIVE, random.next())]!;
      const given = random.chance(0.25) ? random.pick(chars.last) : random.pick(chars.first) + random.pick(chars.last);

      const born = random.int(bornFirst, bornLast);
      const [by, bm, bd] = civilDate(born);
      const adult = dayNumber(by + 18, bm, bd);
      const probationary = random.chance(PROBATIONARY_SHARE);
      let joined: number;
      if (probationary) {
        joined = random.int(Math.max(adult, probationFrom), cutoff);
      } else {
        // Most people join in their twenties (at university or in their first posts), fewer later:
        // 18 plus 1–21 years, concentrated at the low end. Someone too young for the drawn age
        // joined at some point between turning 18 and the probation window instead.
        const r = random.next();
        joined = adult + Math.floor(365.25 * (1 + 20 * r * r * r) + random.int(0, 364));
        if (joined >= probationFrom) joined = random.int(adult, probationFrom - 1);
      }

      // Unique phones matter (they back unique indexes); a permuted person index as the last eight
      // digits guarantees it without remembering every number drawn so far.
      const phone = random.pick(MOBILE_PREFIXES) + String(phoneSuffix(index++)).padStart(8, '0');

      return {
        name: surname + given,
        gender,
        birthDate: format(born),
        joinedPartyOn: format(joined),
        joinedDay: joined,
        status: probationary ? 'PROBATIONARY' : 'FULL',
        phone,
      };
    },
  };
}

/** Phone suffixes are eight digits, so at most this many members get distinct numbers. */
export const MAX_MEMBERS = 100_000_000;

/**
 * A keyed permutation of [0, 10^8): rounds of invertible steps on 27-bit words (xor with a key,
 * multiply by an odd constant, xor-shift), cycle-walked — re-applied until the value falls below
 * 10^8, which stays a bijection because it just follows the permutation's own cycles.
 */
function createSuffixPermutation(k1: number, k2: number): (i: number) => number {
  const mask = 2 ** 27 - 1;
  const round = (x: number): number => {
    x = (x ^ k1) & mask;
    x = Math.imul(x, 0x5bd1e995) & mask;
    x ^= x >>> 14;
    x = (x + k2) & mask;
    x = Math.imul(x, 0x27d4eb2f) & mask;
    return x ^ (x >>> 13);
  };
  return (i) => {
    if (i >= MAX_MEMBERS) throw new RangeError(`more than ${MAX_MEMBERS} members`);
    let x = round(i);
    while (x >= MAX_MEMBERS) x = round(x);
    return x;
  };
}

const COMMITMENT_TITLES = COMMITMENTS.map((c) => `亮承诺：${c}`);

function createActivities(
  random: Random,
  nextId: (kind: 'activity') => string,
  members: readonly SeedMember[],
  joinedDays: readonly number[],
  o: Required<SeedOptions>,
): SeedActivity[] {
  const first = dayNumber(o.year, 5, 1);
  const last = dayNumber(o.year, 11, 30);
  const format = createDayFormatter(first, last);
  // Weights in [0, 2) give members anywhere from none to about twice the average.
  const perMember = apportion(Math.round(members.length * o.activitiesPerMember), members.length, () => random.float(0, 2));
  const describe = createPhrasebook(random);
  const activities: SeedActivity[] = [];
  const days: number[] = [];

  for (let m = 0; m < members.length; m++) {
    const count = perMember[m]!;
    if (count === 0) continue;
    // Nobody acts as a Party member before joining; probationary members join as late as June.
    const from = Math.max(first, joinedDays[m]!);
    days.length = 0;
    for (let i = 0; i < count; i++) {
      // Insertion sort: a member has a handful of activities, and Array#sort with a comparator
      // costs more than the whole insertion at this size.
      const day = random.int(from, last);
      let j = i;
      while (j > 0 && days[j - 1]! > day) days[j] = days[--j]!;
      days[j] = day;
    }
    for (const day of days) {
      const type = random.weighted(ACTIVITY_TYPES, ACTIVITY_WEIGHTS);
      const [title, description] = describe(type);
      activities.push({
        id: nextId('activity'),
        memberId: members[m]!.id,
        type,
        date: format(day),
        hours: random.int(2, 16) / 2,
        title,
        description,
      });
    }
  }
  return activities;
}

/**
 * Title and description of an activity. Descriptions are assembled from a few parts, and most
 * combinations recur thousands of times at large scales, so each distinct one is built and
 * flattened once and then shared — roughly halving memory and time for a million activities.
 */
function createPhrasebook(r: Random): (type: ActivityType) => [string, string] {
  const caches = new Map<ActivityType, Map<number, string>>(ACTIVITY_TYPES.map((t) => [t, new Map()]));
  const index = (xs: readonly unknown[]): number => r.int(0, xs.length - 1);
  const phrase = (type: ActivityType, key: number, build: () => string): string => {
    const cache = caches.get(type)!;
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = flatten(build())));
    return text;
  };

  return (type) => {
    switch (type) {
      case 'POST_COMPETITION': {
        const title = r.pick(ACTIVITY_TITLES.POST_COMPETITION);
        const a = index(P.practice);
        const b = index(P.practiceOutcome);
        return [title, phrase(type, a * 64 + b, () => `围绕${P.practice[a]}开展岗位练兵，${P.practiceOutcome[b]}。`)];
      }
      case 'SKILL_CONTEST': {
        const title = r.pick(ACTIVITY_TITLES.SKILL_CONTEST);
        const a = index(P.contestScope);
        const b = index(P.contest);
        const c = index(P.contestOutcome);
        return [title, phrase(type, (a * 64 + b) * 64 + c, () => `参加${P.contestScope[a]}${P.contest[b]}，${P.contestOutcome[c]}。`)];
      }
      case 'VOLUNTEER_SERVICE': {
        const title = r.pick(ACTIVITY_TITLES.VOLUNTEER_SERVICE);
        const a = index(COMMUNITIES);
        const b = index(P.service);
        const n = r.int(5, 120);
        return [title, phrase(type, (a * 64 + b) * 1024 + n, () => `到${COMMUNITIES[a]}开展${P.service[b]}，服务群众${n}人次。`)];
      }
      case 'GRASSROOTS_VISIT': {
        const title = r.pick(ACTIVITY_TITLES.GRASSROOTS_VISIT);
        const t = index(TOWNS);
        const v = index(VILLAGES);
        const n = r.int(3, 30);
        const m = r.int(1, 12);
        return [title, phrase(type, ((t * 64 + v) * 64 + n) * 16 + m,
          () => `深入${TOWNS[t]}${VILLAGES[v]}村走访农户${n}户，收集意见建议${m}条。`)];
      }
      case 'POVERTY_PAIRING': {
        const title = r.pick(ACTIVITY_TITLES.POVERTY_PAIRING);
        const t = index(TOWNS);
        const v = index(VILLAGES);
        const a = index(P.pairing);
        return [title, phrase(type, (t * 64 + v) * 64 + a, () => `赴${TOWNS[t]}${VILLAGES[v]}村看望结对贫困户，${P.pairing[a]}。`)];
      }
      case 'PUBLIC_COMMITMENT': {
        const c = index(COMMITMENTS);
        const a = index(P.commitmentPlace);
        return [COMMITMENT_TITLES[c]!, phrase(type, c * 64 + a, () => `在${P.commitmentPlace[a]}公开承诺“${COMMITMENTS[c]}”，接受群众监督。`)];
      }
    }
  };
}

/** Every town with its county, e.g. 通江县沙溪镇. */
const TOWNS: readonly string[] = COUNTIES.flatMap((c) => c.towns.map((t) => c.name + t));

