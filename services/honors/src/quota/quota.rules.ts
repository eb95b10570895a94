import type { CampaignSettings } from '../campaign/campaign.defaults.js';
import { countsAsDeclared, countsAsNamed, type HonorStatus } from '../honor/honor.machine.js';
import { HONOR_TIERS, type HonorTier } from '../honor/honor.tier.js';

/** How far a count is from its target, as the dashboard and `Unit.quota` report it. */
export interface Attainment {
  count: number;
  target: number;
  /** count / target; 1 when the target is 0 (nothing was required, so it is fully met). */
  ratio: number;
  attained: boolean;
}

/** Products such as 0.07 × 100 = 7.000000000000001 are whole numbers that floating point missed. */
const WHOLE_TOLERANCE = 1e-9;

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number, 0 or more (got ${value})`);
}

function assertRatio(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0 || value > 1) throw new RangeError(`${name} must be more than 0 and at most 1 (got ${value})`);
}

/**
 * The smallest count that reaches `ratio` of `size`: ceil(ratio × size), where a product within
 * 1e-9 of a whole number is that number (so 7% of 100 is 7, not the 8 that Math.ceil(0.07 * 100)
 * gives).
 */
export function quotaTarget(ratio: number, size: number): number {
  assertRatio('ratio', ratio);
  assertCount('size', size);
  const product = ratio * size;
  const nearest = Math.round(product);
  return Math.abs(product - nearest) <= WHOLE_TOLERANCE * Math.max(1, nearest) ? nearest : Math.ceil(product);
}

/** Attained when the count reaches the target; a target of 0 is attained by any count. */
export function attainment(count: number, target: number): Attainment {
  assertCount('count', count);
  assertCount('target', target);
  return { count, target, ratio: target === 0 ? 1 : count / target, attained: count >= target };
}

/** A candidacy or honor as the quotas see it. */
export interface CountedHonor {
  tier: HonorTier;
  status: HonorStatus;
}

export interface HonorTally {
  declared: Record<HonorTier, number>;
  named: Record<HonorTier, number>;
}

/** Declared and named counts per tier, by DESIGN.md §2's rules (see `countsAsDeclared`, `countsAsNamed`). */
export function tallyHonors(honors: Iterable<CountedHonor>): HonorTally {
  const zero = () => Object.fromEntries(HONOR_TIERS.map((t) => [t, 0])) as Record<HonorTier, number>;
  const tally = { declared: zero(), named: zero() };
  for (const h of honors) {
    if (countsAsDeclared(h.status)) tally.declared[h.tier] += 1;
    if (countsAsNamed(h.status)) tally.named[h.tier] += 1;
  }
  return tally;
}

/** What one unit's quota needs: its size (from members and units) and its declared candidacies. */
export interface UnitQuotaFacts {
  /** Outside the city's action (政法, 教育, 卫计, state-owned enterprises). */
  excluded: boolean;
  partyMembers: number;
  teams: number;
  declaredPosts: number;
  declaredTeams: number;
}

export interface UnitQuota {
  partyMembers: number;
  teams: number;
  posts: Attainment;
  teamQuota: Attainment;
}

export type QuotaRatios = Pick<CampaignSettings, 'postRatio' | 'teamRatio' | 'unitRatio' | 'industryMin' | 'industryMax'>;

/**
 * A unit's post quota (declared posts ≥ postRatio of its Party members) and team quota
 * (declared teams ≥ teamRatio of its teams); null for an excluded unit, which has none.
 */
export function unitQuota(unit: UnitQuotaFacts, ratios: Pick<QuotaRatios, 'postRatio' | 'teamRatio'>): UnitQuota | null {
  if (unit.excluded) return null;
  return {
    partyMembers: unit.partyMembers,
    teams: unit.teams,
    posts: attainment(unit.declaredPosts, quotaTarget(ratios.postRatio, unit.partyMembers)),
    teamQuota: attainment(unit.declaredTeams, quotaTarget(ratios.teamRatio, unit.teams)),
  };
}

/** A summed quota over the participating units, with how many of them attain their own. */
export interface SummedAttainment extends Attainment {
  unitsAttaining: number;
}

export interface IndustryAttainment extends Attainment {
  min: number;
  max: number;
}

export interface CityQuota {
  participatingUnits: number;
  posts: SummedAttainment;
  teams: SummedAttainment;
  units: Attainment;
  industries: IndustryAttainment;
}

export interface CityUnitFacts extends UnitQuotaFacts {
  /** The unit holds a named 示范单位 honor (NAMED or RECTIFYING) in the campaign. */
  named: boolean;
}

/**
 * The city-wide attainment (`quotaAttainment`), over the participating units only (excluded ones
 * neither count nor make targets bigger):
 * - posts and teams: counts and targets summed over the units; `attained` only when every
 *   participating unit attains its own quota, because the plan sets the 10% for each unit and a
 *   surplus in one unit does not make up for another's shortfall (`unitsAttaining` says how many do);
 * - units: named units ≥ unitRatio of the participating units;
 * - industries: industryMin to industryMax named (target = industryMin; more than the maximum is
 *   not attained).
 */
export function cityQuota(units: readonly CityUnitFacts[], namedIndustries: number, ratios: QuotaRatios): CityQuota {
  assertCount('namedIndustries', namedIndustries);
  const participating = units.filter((u) => !u.excluded);
  const sum = (pick: (q: UnitQuota) => Attainment): SummedAttainment => {
    let count = 0;
    let target = 0;
    let unitsAttaining = 0;
    for (const u of participating) {
      const a = pick(unitQuota(u, ratios)!);
      count += a.count;
      target += a.target;
      if (a.attained) unitsAttaining += 1;
    }
    return { ...attainment(count, target), attained: unitsAttaining === participating.length, unitsAttaining };
  };
  const industries = attainment(namedIndustries, ratios.industryMin);
  return {
    participatingUnits: participating.length,
    posts: sum((q) => q.posts),
    teams: sum((q) => q.teamQuota),
    units: attainment(participating.filter((u) => u.named).length, quotaTarget(ratios.unitRatio, participating.length)),
    industries: {
      ...industries,
      attained: namedIndustries >= ratios.industryMin && namedIndustries <= ratios.industryMax,
      min: ratios.industryMin,
      max: ratios.industryMax,
    },
  };
}

/** Why another industry cannot be named; the service answers it as CONFLICT. */
export interface IndustryCeilingRefusal {
  code: 'CONFLICT';
  field: 'action';
  message: string;
}

/**
 * Whether one more industry may be named when `namedIndustries` (NAMED or RECTIFYING) already
 * are: null when it may, the refusal when the campaign's maximum is reached. A revoked industry
 * frees its place.
 */
export function checkIndustryNaming(namedIndustries: number, ratios: Pick<QuotaRatios, 'industryMax'>): IndustryCeilingRefusal | null {
  assertCount('namedIndustries', namedIndustries);
  if (namedIndustries < ratios.industryMax) return null;
  return {
    code: 'CONFLICT',
    field: 'action',
    message: `本年度已命名${namedIndustries}个示范行业，最多${ratios.industryMax}个 (${namedIndustries} industries are already named; a campaign names at most ${ratios.industryMax})`,
  };
}
