import { SCALES, generateSeed, type SeedData } from '@sfxd/seed';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAY_SCHEDULES } from '../calendar/calendar.data.js';
import { addWorkingDays, isWorkingDay, workingCalendar } from '../calendar/calendar.rules.js';
import {
  HONOR_STATUSES, countsAsDeclared, countsAsNamed, declaredHonor, overdue, roleMayPerform, transition, type HonorState,
  type TransitionRequest,
} from '../honor/honor.machine.js';
import { cityQuota, unitQuota } from '../quota/quota.rules.js';
import {
  COMMITTEE_ACTOR, FIRST_BATCH, HONORS_SEED_AS_OF, SECOND_BATCH, generateHonorsSeed, type HonorsSeed, type HonorsSeedCampaign,
  type HonorsSeedHonor,
} from './honors.seed.js';

const calendar = workingCalendar(OFFICIAL_HOLIDAY_SCHEDULES);

/** The day an instant falls on in Beijing (UTC+8, no daylight saving). */
function beijingDate(at: string): string {
  return new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

interface World {
  data: SeedData;
  seed: HonorsSeed;
  byYear(year: number): { campaign: HonorsSeedCampaign; honors: HonorsSeedHonor[] };
}

function world(data: SeedData, seed: HonorsSeed): World {
  return {
    data,
    seed,
    byYear(year) {
      const campaign = seed.campaigns.find((c) => c.year === year)!;
      return { campaign, honors: seed.honors.filter((h) => h.campaignId === campaign.id) };
    },
  };
}

const worlds = new Map<string, World>();
/** Generating is deterministic, so the tests share one world per data set. */
function get(name: 'city' | 'city, seed 7' | 'tiny'): World {
  let w = worlds.get(name);
  if (!w) {
    const data = name === 'tiny' ? generateSeed(SCALES.tiny) : name === 'city' ? generateSeed(SCALES.city) : generateSeed({ ...SCALES.city, seed: 7 });
    worlds.set(name, (w = world(data, generateHonorsSeed(data, name === 'city, seed 7' ? { seed: 7 } : {}))));
  }
  return w;
}

describe('generateHonorsSeed determinism', () => {
  it('gives identical output for the same data and seed', () => {
    const data = generateSeed(SCALES.tiny);
    expect(JSON.stringify(generateHonorsSeed(data))).toBe(JSON.stringify(generateHonorsSeed(data)));
    expect(JSON.stringify(generateHonorsSeed(get('city').data))).toBe(JSON.stringify(get('city').seed));
  });

  it('gives other ids, dates and codes for another seed, and leaves the seed data untouched', () => {
    const data = generateSeed(SCALES.tiny);
    const before = JSON.stringify(data);
    const a = generateHonorsSeed(data, { seed: 1 });
    const b = generateHonorsSeed(data, { seed: 2 });
    expect(a.honors.map((h) => h.id)).not.toEqual(b.honors.map((h) => h.id));
    expect(a.events.map((e) => e.at)).not.toEqual(b.events.map((e) => e.at));
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe.each(['city', 'city, seed 7', 'tiny'] as const)('the %s demo data', (name) => {
  const w = () => get(name);

  it('has the 2015 and 2016 campaigns with the plan’s settings', () => {
    expect(w().seed.campaigns.map((c) => [c.year, c.name, c.ledgerDueOn, c.firstBatchBy, c.publicityWorkingDays])).toEqual([
      [2015, '2015年共产党员示范行动', '2015-06-20', '2015-07-01', 5],
      [2016, '2016年共产党员示范行动', '2016-06-20', '2016-07-01', 5],
    ]);
    expect(w().seed.asOf).toBe('2016-12-31');
  });

  it('replays every honor’s history legally through transition, ending in the honor as recorded', () => {
    const { seed } = w();
    const campaigns = new Map(seed.campaigns.map((c) => [c.id, c]));
    const events = groupBy(seed.events, (e) => e.honorId);
    const objections = groupBy(seed.objections, (o) => o.honorId);
    const problems: string[] = [];
    for (const honor of seed.honors) {
      const campaign = campaigns.get(honor.campaignId)!;
      const history = events.get(honor.id) ?? [];
      let state: HonorState = declaredHonor();
      let previousAt = '';
      for (const e of history) {
        if (e.at <= previousAt) problems.push(`${honor.id}: events out of order`);
        previousAt = e.at;
        if (!roleMayPerform(e.actorRole, e.action)) problems.push(`${honor.id}: ${e.actorRole} did ${e.action}`);
        const open = (objections.get(honor.id) ?? []).filter((o) => o.lodgedAt < e.at && (o.resolvedAt === null || o.resolvedAt > e.at)).length;
        const request: TransitionRequest = {
          action: e.action,
          note: e.note,
          publicityStartsOn: e.action === 'PUBLICIZE' ? e.changes.publicityStartsOn : null,
          plaqueNumber: e.action === 'NAME' ? e.changes.plaqueNumber : null,
          batch: e.action === 'NAME' ? e.changes.batch : null,
          deadline: e.action === 'ORDER_RECTIFICATION' ? e.changes.rectificationDeadline : null,
        };
        const result = transition({ ...state, openObjections: open }, request, {
          today: beijingDate(e.at), calendar, publicityWorkingDays: campaign.publicityWorkingDays, campaignYear: campaign.year,
        });
        if (!result.ok) {
          problems.push(`${honor.id}: ${e.action} refused: ${result.refusal.message}`);
          break;
        }
        if (e.fromStatus !== state.status || e.toStatus !== result.state.status) problems.push(`${honor.id}: ${e.action} recorded ${e.fromStatus}→${e.toStatus}`);
        state = result.state;
      }
      const recorded = {
        status: honor.status, publicityStartsOn: honor.publicityStartsOn, publicityEndsOn: honor.publicityEndsOn,
        plaqueNumber: honor.plaqueNumber, batch: honor.batch, namedOn: honor.namedOn, rectificationDeadline: honor.rectificationDeadline,
        version: honor.version,
      };
      const replayed = {
        status: state.status, publicityStartsOn: state.publicityStartsOn, publicityEndsOn: state.publicityEndsOn,
        plaqueNumber: state.plaqueNumber, batch: state.batch, namedOn: state.namedOn, rectificationDeadline: state.rectificationDeadline,
        version: 1 + history.length,
      };
      if (JSON.stringify(recorded) !== JSON.stringify(replayed)) problems.push(`${honor.id}: recorded ${JSON.stringify(recorded)}, replayed ${JSON.stringify(replayed)}`);
    }
    expect(problems).toEqual([]);
  });

  it('lets objections be lodged only while the honor is in its publicity window', () => {
    const { seed } = w();
    const honors = new Map(seed.honors.map((h) => [h.id, h]));
    const events = groupBy(seed.events, (e) => e.honorId);
    const odd = seed.objections.filter((o) => {
      const h = honors.get(o.honorId)!;
      const before = (events.get(h.id) ?? []).filter((e) => e.at < o.lodgedAt).at(-1);
      const day = beijingDate(o.lodgedAt);
      return before?.toStatus !== 'PUBLICIZING' || day < h.publicityStartsOn! || day > h.publicityEndsOn! ||
        o.reason.length < 5 || o.reason.length > 500 || (o.resolvedAt !== null && (o.resolvedAt <= o.lodgedAt || o.finding === null || o.resolvedBy !== COMMITTEE_ACTOR));
    });
    expect(odd).toEqual([]);
  });

  it('never declares a subject of an excluded unit, and links every candidacy to a subject of its tier', () => {
    const { data, seed } = w();
    const units = new Map(data.units.map((u) => [u.id, u]));
    const members = new Map(data.members.map((m) => [m.id, m]));
    const teams = new Map(data.teams.map((t) => [t.id, t]));
    const industryHasExcluded = new Set(data.units.filter((u) => u.excluded).map((u) => u.industryId));
    const odd = seed.honors.filter((h) => {
      if (h.tier === 'INDUSTRY') return h.unitId !== null || h.subjectId !== h.industryId || industryHasExcluded.has(h.industryId);
      const unit = units.get(h.unitId!);
      if (!unit || unit.excluded || unit.industryId !== h.industryId) return true;
      if (h.tier === 'POST') return members.get(h.subjectId)?.unitId !== unit.id;
      if (h.tier === 'TEAM') return teams.get(h.subjectId)?.unitId !== unit.id;
      return h.subjectId !== unit.id;
    });
    expect(odd).toEqual([]);
  });

  it('has at most one live candidacy per subject in each campaign', () => {
    const live = w().seed.honors.filter((h) => countsAsDeclared(h.status));
    const twice = [...groupBy(live, (h) => `${h.campaignId}/${h.subjectId}`)].filter(([, hs]) => hs.length > 1);
    expect(twice).toEqual([]);
  });

  it('gives plaque numbers unique in each campaign and verification codes unique everywhere, to named honors only', () => {
    const { seed } = w();
    const years = new Map(seed.campaigns.map((c) => [c.id, c.year]));
    const named = seed.honors.filter((h) => h.namedOn !== null);
    expect(seed.honors.filter((h) => (h.namedOn === null) !== (h.plaqueNumber === null) || (h.namedOn === null) !== (h.verificationCode === null))).toEqual([]);
    for (const [, hs] of groupBy(named, (h) => h.campaignId)) expect(new Set(hs.map((h) => h.plaqueNumber)).size).toBe(hs.length);
    expect(named.filter((h) => h.plaqueNumber !== `BZ${years.get(h.campaignId)}-${h.tier}-${h.plaqueNumber!.slice(-4)}` || !/\d{4}$/.test(h.plaqueNumber!))).toEqual([]);
    expect(new Set(named.map((h) => h.verificationCode)).size).toBe(named.length);
    expect(named.filter((h) => !/^[0-9A-HJKMNP-TV-Z]{12}$/.test(h.verificationCode!))).toEqual([]);
  });

  it('names the first batch before 1 July and the second after it, and never names more industries than the maximum', () => {
    const { seed } = w();
    for (const campaign of seed.campaigns) {
      const honors = seed.honors.filter((h) => h.campaignId === campaign.id && h.namedOn !== null);
      const first = honors.filter((h) => h.batch === FIRST_BATCH);
      const second = honors.filter((h) => h.batch === SECOND_BATCH);
      expect(first.length).toBeGreaterThan(0);
      expect(second.length).toBeGreaterThan(0);
      expect(first.length + second.length).toBe(honors.length);
      expect(first.filter((h) => h.namedOn! >= `${campaign.year}-07-01` || h.namedOn! > campaign.firstBatchBy)).toEqual([]);
      expect(second.filter((h) => h.namedOn! < `${campaign.year}-07-01`)).toEqual([]);

      const industryHonors = new Set(seed.honors.filter((h) => h.campaignId === campaign.id && h.tier === 'INDUSTRY').map((h) => h.id));
      let named = 0;
      for (const e of seed.events.filter((x) => industryHonors.has(x.honorId)).sort((a, b) => a.at.localeCompare(b.at))) {
        named += Number(countsAsNamed(e.toStatus)) - Number(countsAsNamed(e.fromStatus));
        expect(named).toBeLessThanOrEqual(campaign.industryMax);
      }
      expect(named).toBeGreaterThanOrEqual(campaign.industryMin);
    }
  });

  it('dates everything inside its campaign, with staff acting on working days and publicity windows counted in working days', () => {
    const { seed } = w();
    const campaigns = new Map(seed.campaigns.map((c) => [c.id, c]));
    const honors = new Map(seed.honors.map((h) => [h.id, h]));
    const inside = (campaignId: string, day: string) => {
      const c = campaigns.get(campaignId)!;
      return day >= c.phases[0]!.startsOn && day <= c.phases.at(-1)!.endsOn;
    };
    const odd: unknown[] = [];
    for (const h of seed.honors) {
      const c = campaigns.get(h.campaignId)!;
      if (!inside(h.campaignId, h.declaredOn) || !isWorkingDay(h.declaredOn, calendar)) odd.push(['declared', h]);
      if (h.publicityStartsOn !== null && h.publicityEndsOn !== addWorkingDays(h.publicityStartsOn, c.publicityWorkingDays, calendar)) odd.push(['window', h]);
    }
    for (const e of seed.events) {
      const day = beijingDate(e.at);
      const h = honors.get(e.honorId)!;
      if (!inside(h.campaignId, day) || !isWorkingDay(day, calendar) || day <= h.declaredOn) odd.push(['event', e]);
    }
    for (const o of seed.objections) {
      const campaignId = honors.get(o.honorId)!.campaignId;
      if (!inside(campaignId, beijingDate(o.lodgedAt)) || (o.resolvedAt !== null && !inside(campaignId, beijingDate(o.resolvedAt)))) odd.push(['objection', o]);
    }
    for (const l of seed.ledgerSubmissions) {
      const day = beijingDate(l.submittedAt);
      if (!inside(l.campaignId, day) || !isWorkingDay(day, calendar)) odd.push(['ledger', l]);
    }
    expect(odd).toEqual([]);
  });

  it('tracks ledgers of participating units only, each on time or late by its due date, and lists the missing ones', () => {
    const { data, seed } = w();
    const participating = data.units.filter((u) => !u.excluded).map((u) => u.id);
    for (const c of seed.campaigns) {
      const submissions = seed.ledgerSubmissions.filter((l) => l.campaignId === c.id);
      expect(submissions.filter((l) => l.onTime !== beijingDate(l.submittedAt) <= c.ledgerDueOn)).toEqual([]);
      const firsts = submissions.filter((l) => !l.resubmission);
      expect(new Set(firsts.map((l) => l.unitId)).size).toBe(firsts.length);
      const submitted = new Set(firsts.map((l) => l.unitId));
      // A resubmission follows its unit's first submission.
      expect(submissions.filter((l) => l.resubmission && !(l.submittedAt > firsts.find((f) => f.unitId === l.unitId)!.submittedAt))).toEqual([]);
      const missing = seed.missingLedgers.filter((m) => m.campaignId === c.id).map((m) => m.unitId);
      expect([...submitted, ...missing].sort()).toEqual([...participating].sort());
      expect(firsts.some((l) => l.onTime)).toBe(true);
      expect(firsts.some((l) => !l.onTime)).toBe(true);
      expect(missing.length).toBeGreaterThan(0);
    }
  });
});

describe('the city demo data of 2016', () => {
  const w = () => get('city');
  const facts = () => {
    const { data } = w();
    const members = groupBy(data.members, (m) => m.unitId);
    const teams = groupBy(data.teams, (t) => t.unitId);
    return (year: number) => {
      const { campaign, honors } = w().byYear(year);
      const byUnit = groupBy(honors.filter((h) => h.unitId !== null && countsAsDeclared(h.status)), (h) => h.unitId!);
      return data.units.map((u) => {
        const own = byUnit.get(u.id) ?? [];
        const f = {
          excluded: u.excluded,
          partyMembers: members.get(u.id)?.length ?? 0,
          teams: teams.get(u.id)?.length ?? 0,
          declaredPosts: own.filter((h) => h.tier === 'POST').length,
          declaredTeams: own.filter((h) => h.tier === 'TEAM').length,
          named: own.some((h) => h.tier === 'UNIT' && countsAsNamed(h.status)),
          live: own.length,
        };
        return { ...f, quota: unitQuota(f, campaign) };
      });
    };
  };

  it('has a candidacy from every participating unit; most attain their post and team quotas, some do not', () => {
    const units = facts()(2016).filter((u) => !u.excluded);
    expect(units.filter((u) => u.live === 0)).toEqual([]);
    for (const attained of [units.filter((u) => u.quota!.posts.attained).length, units.filter((u) => u.quota!.teamQuota.attained).length]) {
      expect(attained / units.length).toBeGreaterThanOrEqual(0.75);
      expect(attained).toBeLessThan(units.length);
    }
  });

  it('names at least 10% of participating units and 2–3 industries in 2016, fewer units than the target in 2015', () => {
    const city = (year: number) => {
      const { campaign, honors } = w().byYear(year);
      const industries = honors.filter((h) => h.tier === 'INDUSTRY' && countsAsNamed(h.status)).length;
      return cityQuota(facts()(year), industries, campaign);
    };
    const now = city(2016);
    const before = city(2015);
    expect(now.units.attained).toBe(true);
    expect(now.industries).toMatchObject({ attained: true, count: 3 });
    expect(before.units.attained).toBe(false);
    expect(before.industries).toMatchObject({ attained: true, count: 2 });
    // The earlier year is the weaker one on every count, so a comparison has something to show.
    expect(before.posts.unitsAttaining).toBeLessThan(now.posts.unitsAttaining);
    expect(before.teams.unitsAttaining).toBeLessThan(now.teams.unitsAttaining);
    expect(before.units.count).toBeLessThan(now.units.count);
  });

  it('has honors in every status at the end of 2016, and only settled ones left from 2015', () => {
    expect(new Set(w().byYear(2016).honors.map((h) => h.status))).toEqual(new Set(HONOR_STATUSES));
    expect(new Set(w().byYear(2015).honors.map((h) => h.status))).toEqual(new Set(['NAMED', 'REJECTED', 'WITHDRAWN', 'REVOKED']));
  });

  it('has an upheld objection that rejected its candidacy, a dismissed one and one still open', () => {
    const { seed } = w();
    const honors = new Map(seed.honors.map((h) => [h.id, h]));
    const upheld = seed.objections.filter((o) => o.upheld === true);
    expect(upheld.length).toBeGreaterThan(0);
    for (const o of upheld) {
      expect(honors.get(o.honorId)!.status).toBe('REJECTED');
      const reject = seed.events.find((e) => e.honorId === o.honorId && e.action === 'REJECT')!;
      expect(reject.at > o.resolvedAt!).toBe(true);
    }
    const dismissed = seed.objections.filter((o) => o.upheld === false);
    expect(dismissed.some((o) => seed.events.some((e) => e.honorId === o.honorId && e.action === 'CONFIRM' && e.at > o.resolvedAt!))).toBe(true);
    const open = seed.objections.filter((o) => o.resolvedAt === null);
    expect(open.length).toBeGreaterThan(0);
    expect(open.map((o) => honors.get(o.honorId)!.status)).toEqual(open.map(() => 'PUBLICIZING'));
  });

  it('has a rectification passed, one failed, one overdue on 31 December and one still in time, and a revocation', () => {
    const { seed } = w();
    const honors = new Map(seed.honors.map((h) => [h.id, h]));
    const actions = (action: string) => seed.events.filter((e) => e.action === action);
    expect(actions('PASS_RECTIFICATION').some((e) => honors.get(e.honorId)!.status === 'NAMED')).toBe(true);
    expect(actions('FAIL_RECTIFICATION').some((e) => honors.get(e.honorId)!.status === 'REVOKED')).toBe(true);
    expect(actions('REVOKE').some((e) => e.toStatus === 'REVOKED')).toBe(true);
    expect(actions('COMMEND').length).toBeGreaterThan(0);
    const rectifying = w().byYear(2016).honors.filter((h) => h.status === 'RECTIFYING');
    const late = rectifying.map((h) => overdue({ ...declaredHonor(), status: h.status, rectificationDeadline: h.rectificationDeadline }, HONORS_SEED_AS_OF));
    expect(late).toContain(true);
    expect(late).toContain(false);
  });

  it('has several hundred candidacies in 2016 and fewer in 2015, with industries declared by the committee', () => {
    const now = w().byYear(2016).honors;
    const before = w().byYear(2015).honors;
    expect(now.length).toBeGreaterThan(400);
    expect(now.length).toBeLessThan(1500);
    expect(before.length).toBeLessThan(now.length * 0.75);
    expect(w().seed.honors.filter((h) => (h.tier === 'INDUSTRY') !== (h.declaredBy === COMMITTEE_ACTOR))).toEqual([]);
  });
});
