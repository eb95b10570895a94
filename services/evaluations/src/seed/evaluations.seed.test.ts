import {
  COMMITTEE_ACTOR as HONORS_COMMITTEE_ACTOR, generateHonorsSeed, unitAdminActor as honorsUnitAdminActor, type HonorsSeed, type HonorsSeedEvent,
} from '@sfxd/honors';
import { SCALES, generateSeed, type SeedData } from '@sfxd/seed';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashBallotCode, isWellFormedBallotCode } from '../ballot/ballot.code.js';
import * as entry from '../index.js';
import { CRITERIA, HONOR_TIERS, roundAdmits } from '../criteria/criteria.names.js';
import { checkComment, checkScores } from '../scores/scores.check.js';
import { isSatisfied, summarize, type EvaluationSummary, type Grade } from '../summary/summary.rules.js';
import {
  COMMITTEE_ACTOR, COMMITTEE_LEADERS, DEMO_BALLOT_PEPPER, SUBJECT_KIND_OF_TIER, generateEvaluationsSeed, streamEvaluationsSeed, unitAdminActor, unitSecretaryActor,
  type EvaluationsSeed, type SeedEvaluation, type SeedRound, type SeedRoundSubject,
} from './evaluations.seed.js';

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

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const evaluationMean = (e: SeedEvaluation) => mean(e.scores.map((s) => s.score));
const POOR_GRADES: readonly Grade[] = ['FAIR', 'POOR'];

interface World {
  data: SeedData;
  honors: HonorsSeed;
  seed: EvaluationsSeed;
  rounds: Map<string, SeedRound>;
  /** Every registered subject of every round with its summary, computed by the summary rules. */
  summaries: { round: SeedRound; subject: SeedRoundSubject; evaluations: SeedEvaluation[]; summary: EvaluationSummary }[];
  eventsOf: Map<string, HonorsSeedEvent[]>;
  roundsOf(year: number, kind: SeedRound['kind']): SeedRound[];
}

let w: World;

beforeAll(() => {
  const data = generateSeed(SCALES.city);
  const honors = generateHonorsSeed(data);
  const seed = generateEvaluationsSeed(data, honors);
  const rounds = new Map(seed.rounds.map((r) => [r.id, r]));
  const byRoundSubject = groupBy(seed.evaluations, (e) => `${e.roundId}|${e.subjectId}`);
  const summaries = seed.subjects.map((subject) => {
    const round = rounds.get(subject.roundId)!;
    const evaluations = byRoundSubject.get(`${subject.roundId}|${subject.subjectId}`) ?? [];
    const summary = summarize(round, subject.tier, evaluations.map((e) => ({ kind: e.evaluatorKind, scores: e.scores })));
    return { round, subject, evaluations, summary };
  });
  w = {
    data, honors, seed, rounds, summaries,
    eventsOf: groupBy(honors.events, (e) => e.honorId),
    roundsOf: (year, kind) => seed.rounds.filter((r) => r.campaignYear === year && r.kind === kind),
  };
}, 180_000);

describe('the evaluations demo data at the city scale', { timeout: 120_000 }, () => {
  it('comes in parts of about the size asked for that, put together, are the whole demo in its order, mass evaluations without their ballot', () => {
    const parts = [...streamEvaluationsSeed(w.data, w.honors, {}, 5_000)];
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts.slice(0, -1)) expect(p.evaluations.length + p.ballots.length).toBeGreaterThanOrEqual(5_000);
    const joined = (key: 'rounds' | 'subjects' | 'evaluations' | 'ballots') => parts.flatMap((p) => p[key] as unknown[]);
    expect(JSON.stringify(joined('rounds'))).toBe(JSON.stringify(w.seed.rounds));
    expect(JSON.stringify(joined('subjects'))).toBe(JSON.stringify(w.seed.subjects));
    expect(JSON.stringify(joined('ballots'))).toBe(JSON.stringify(w.seed.ballots));
    const unlinked = w.seed.evaluations.map((e) => (e.evaluatorKind === 'MASSES' ? { ...e, ballotId: null } : e));
    expect(JSON.stringify(joined('evaluations'))).toBe(JSON.stringify(unlinked));
  });

  it('is the same for the same data, honors seed and seed, and different for another seed', () => {
    expect(JSON.stringify(generateEvaluationsSeed(w.data, w.honors))).toBe(JSON.stringify(w.seed));
    const other = generateEvaluationsSeed(w.data, w.honors, { seed: 7 });
    expect(other.ballots.map((b) => b.code)).not.toEqual(w.seed.ballots.slice(0, other.ballots.length).map((b) => b.code));
    expect(other.evaluations.slice(0, 100).map((e) => e.scores)).not.toEqual(w.seed.evaluations.slice(0, 100).map((e) => e.scores));
  });

  it('has about 50,000 evaluations, by all three kinds', () => {
    const { evaluations } = w.seed;
    expect(evaluations.length).toBeGreaterThan(45_000);
    expect(evaluations.length).toBeLessThan(55_000);
    const kinds = groupBy(evaluations, (e) => e.evaluatorKind);
    expect([...kinds.keys()].sort()).toEqual(['LEADERS', 'MASSES', 'PEERS']);
    expect(new Set(evaluations.map((e) => e.id)).size).toBe(evaluations.length);
  });

  it('holds mass reviews of each campaign’s candidacies, a mid-year review and a year-end assessment in 2015 and 2016, weighted as the campaign', () => {
    const asOf = w.honors.asOf;
    for (const campaign of w.honors.campaigns) {
      const own = w.seed.rounds.filter((r) => r.campaignId === campaign.id);
      expect(own.every((r) => r.campaignYear === campaign.year && r.opensOn.startsWith(String(campaign.year)))).toBe(true);
      expect(own.filter((r) => r.kind === 'MASS_REVIEW').length).toBeGreaterThanOrEqual(2);
      expect(own.filter((r) => r.kind === 'MID_YEAR_REVIEW').map((r) => r.name)).toEqual([`${campaign.year}年年中评议`]);
      expect(own.filter((r) => r.kind === 'YEAR_END_ASSESSMENT').map((r) => r.name)).toEqual([`${campaign.year}年年终考核`]);
      for (const r of own) expect(r.weights).toEqual(campaign.weights);
    }
    expect(w.honors.campaigns.map((c) => c.year)).toEqual([2015, 2016]);
    for (const r of w.seed.rounds) {
      expect([...r.name].length).toBeLessThanOrEqual(64);
      expect(r.opensOn <= r.closesOn).toBe(true);
      expect(r.status).toBe(r.closesOn < asOf ? 'CLOSED' : 'OPEN');
      expect(r.closedAt !== null).toBe(r.status === 'CLOSED');
      const tiers = new Set(w.seed.subjects.filter((s) => s.roundId === r.id).map((s) => s.tier));
      expect(r.tiers).toEqual(HONOR_TIERS.filter((t) => tiers.has(t)));
    }
    // The mass review still running on the demo's today is the one open round.
    expect(w.seed.rounds.filter((r) => r.status === 'OPEN').map((r) => [r.campaignYear, r.kind])).toEqual([[2016, 'MASS_REVIEW']]);
  });

  it('reviews every candidacy whose mass review began in exactly one mass-review round of its campaign, and only those', () => {
    const reviewed = new Set(w.honors.events.filter((e) => e.action === 'START_MASS_REVIEW').map((e) => e.honorId));
    const inMassReviews = w.seed.subjects.filter((s) => w.rounds.get(s.roundId)!.kind === 'MASS_REVIEW');
    expect(inMassReviews.length).toBe(reviewed.size);
    expect(new Set(inMassReviews.map((s) => s.honorId))).toEqual(reviewed);
    const campaignOf = new Map(w.honors.honors.map((h) => [h.id, h.campaignId]));
    for (const s of inMassReviews) expect(w.rounds.get(s.roundId)!.campaignId).toBe(campaignOf.get(s.honorId));
  });

  it('registers every subject, and stores with each evaluation, the tier, subject, unit and industry of its candidacy', () => {
    const honors = new Map(w.honors.honors.map((h) => [h.id, h]));
    const registered = new Set(w.seed.subjects.map((s) => `${s.roundId}|${s.subjectId}`));
    const problems: string[] = [];
    for (const x of [...w.seed.subjects, ...w.seed.evaluations]) {
      const h = honors.get(x.honorId);
      const facts = h && [h.tier, h.subjectId, h.unitId, h.industryId, SUBJECT_KIND_OF_TIER[h.tier]];
      if (JSON.stringify(facts) !== JSON.stringify([x.tier, x.subjectId, x.unitId, x.industryId, x.subjectKind])) problems.push(`${x.honorId}: ${JSON.stringify(x)}`);
    }
    for (const e of w.seed.evaluations) if (!registered.has(`${e.roundId}|${e.subjectId}`)) problems.push(`${e.id} scores an unregistered subject`);
    expect(problems).toEqual([]);
  });

  it('scores exactly the criteria of the subject’s tier, each a whole number from 0 to 100, with plain short comments', () => {
    const problems: string[] = [];
    let commented = 0;
    for (const e of w.seed.evaluations) {
      const scoreProblems = checkScores(e.tier, e.scores);
      if (scoreProblems.length > 0) problems.push(`${e.id}: ${scoreProblems[0]!.message}`);
      if (JSON.stringify(e.scores.map((s) => s.criterion)) !== JSON.stringify(CRITERIA[e.tier])) problems.push(`${e.id}: criteria out of order`);
      if (e.comment !== null) {
        commented += 1;
        if (e.comment.trim() === '' || checkComment(e.comment).length > 0) problems.push(`${e.id}: comment ${JSON.stringify(e.comment)}`);
      }
    }
    expect(problems).toEqual([]);
    // Often empty, sometimes not.
    expect(commented / w.seed.evaluations.length).toBeGreaterThan(0.1);
    expect(commented / w.seed.evaluations.length).toBeLessThan(0.5);
  });

  it('takes only the kinds each round admits, and hears all three kinds on every subject of a mid-year or year-end round', () => {
    expect(w.seed.evaluations.filter((e) => !roundAdmits(w.rounds.get(e.roundId)!.kind, e.evaluatorKind))).toEqual([]);
    const periodic = w.summaries.filter((s) => s.round.kind !== 'MASS_REVIEW');
    expect(periodic.filter((s) => !s.summary.complete).map((s) => s.subject.subjectId)).toEqual([]);
    const review = w.summaries.filter((s) => s.round.kind === 'MASS_REVIEW');
    expect(review.filter((s) => s.summary.count === 0)).toEqual([]);
  });

  it('dates every evaluation inside its round’s dates, after its subject entered the round, while it was there and by the demo’s today', () => {
    const subjects = new Map(w.seed.subjects.map((s) => [`${s.roundId}|${s.subjectId}`, s]));
    const problems: string[] = [];
    for (const e of w.seed.evaluations) {
      const round = w.rounds.get(e.roundId)!;
      const subject = subjects.get(`${e.roundId}|${e.subjectId}`)!;
      const day = beijingDate(e.submittedAt);
      if (day < round.opensOn || day > round.closesOn || day > w.honors.asOf) problems.push(`${e.id} on ${day} in ${round.name}`);
      if (e.submittedAt <= subject.registeredAt) problems.push(`${e.id} at ${e.submittedAt}, before its subject entered the round`);
      // A candidacy leaves its mass review with the next action on it; any candidacy ends when rejected, withdrawn or revoked.
      const events = w.eventsOf.get(e.honorId) ?? [];
      const start = events.findIndex((x) => x.action === 'START_MASS_REVIEW');
      const left = round.kind === 'MASS_REVIEW' ? events[start + 1] : events.find((x) => ['REJECTED', 'WITHDRAWN', 'REVOKED'].includes(x.toStatus));
      if (left && beijingDate(e.submittedAt) >= beijingDate(left.at)) problems.push(`${e.id} at ${e.submittedAt}, after ${left.action} at ${left.at}`);
    }
    expect(problems).toEqual([]);
  });

  it('lets a Party member score only subjects of their own unit (of an industry, its units), never themselves or their own team, once per subject and round', () => {
    const members = new Map(w.data.members.map((m) => [m.id, m]));
    const units = new Map(w.data.units.map((u) => [u.id, u]));
    const ballots = new Map(w.seed.ballots.map((b) => [b.id, b]));
    const problems: string[] = [];
    const peers = w.seed.evaluations.filter((e) => e.evaluatorKind === 'PEERS');
    for (const e of peers) {
      const m = members.get(e.evaluatorMemberId!);
      const round = w.rounds.get(e.roundId)!;
      if (!m || e.evaluatorSub !== null) problems.push(`${e.id}: no member`);
      else {
        if (e.unitId ? m.unitId !== e.unitId : units.get(m.unitId)!.industryId !== e.industryId) problems.push(`${e.id}: a member of another unit`);
        if (m.id === e.subjectId || (e.tier === 'TEAM' && m.teamId === e.subjectId)) problems.push(`${e.id}: scores themself`);
        if (m.joinedPartyOn > round.opensOn) problems.push(`${e.id}: not yet a Party member when ${round.name} opened`);
      }
      const ballot = ballots.get(e.ballotId!);
      if (!ballot || ballot.kind !== 'PEERS' || ballot.roundId !== e.roundId || ballot.evaluatorMemberId !== e.evaluatorMemberId || ballot.unitId !== m?.unitId) {
        problems.push(`${e.id}: not with the evaluator’s own code`);
      }
    }
    expect(problems).toEqual([]);
    const pairs = peers.map((e) => `${e.roundId}|${e.subjectId}|${e.evaluatorMemberId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('has one leader’s evaluation per leader, subject and round, by committee leaders or the unit’s own secretary, and none by anyone else', () => {
    const code = new Map(w.data.units.map((u) => [u.id, u.code]));
    const leaders = w.seed.evaluations.filter((e) => e.evaluatorKind === 'LEADERS');
    const problems = leaders.filter((e) => {
      if (e.evaluatorMemberId !== null || e.ballotId !== null) return true;
      return !(COMMITTEE_LEADERS.includes(e.evaluatorSub!) || (e.unitId !== null && e.evaluatorSub === unitSecretaryActor(code.get(e.unitId)!)));
    });
    expect(problems).toEqual([]);
    const keys = leaders.map((e) => `${e.roundId}|${e.subjectId}|${e.evaluatorSub}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(w.seed.evaluations.filter((e) => e.evaluatorKind === 'MASSES' && (e.evaluatorMemberId !== null || e.evaluatorSub !== null))).toEqual([]);
  });

  it('gives each unit its own level: unit means spread over several points, not one mean with noise', () => {
    const byUnit = groupBy(w.seed.evaluations.filter((e) => e.unitId !== null), (e) => e.unitId!);
    const means = [...byUnit.values()].filter((es) => es.length >= 100).map((es) => mean(es.map(evaluationMean)));
    expect(means.length).toBeGreaterThan(50);
    const sd = Math.sqrt(mean(means.map((m) => (m - mean(means)) ** 2)));
    expect(sd).toBeGreaterThan(1.5);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(6);
  });

  it('improves through the years: each year-end assessment above its mid-year review, and 2016 above 2015', () => {
    const average = (rounds: SeedRound[]) => {
      const ids = new Set(rounds.map((r) => r.id));
      return mean(w.summaries.filter((s) => ids.has(s.round.id)).map((s) => s.summary.weightedScore!));
    };
    for (const year of [2015, 2016]) {
      expect(average(w.roundsOf(year, 'YEAR_END_ASSESSMENT')) - average(w.roundsOf(year, 'MID_YEAR_REVIEW'))).toBeGreaterThan(0.5);
    }
    const ofYear = (year: number) => w.seed.rounds.filter((r) => r.campaignYear === year);
    expect(average(ofYear(2016)) - average(ofYear(2015))).toBeGreaterThan(1);
    for (const kind of ['MASS_REVIEW', 'MID_YEAR_REVIEW', 'YEAR_END_ASSESSMENT'] as const) {
      expect(average(w.roundsOf(2016, kind)), kind).toBeGreaterThan(average(w.roundsOf(2015, kind)));
    }
  });

  it('has the masses score harsher than the leaders, overall and in every mid-year and year-end round', () => {
    const kindMean = (es: SeedEvaluation[], kind: SeedEvaluation['evaluatorKind']) => mean(es.filter((e) => e.evaluatorKind === kind).map(evaluationMean));
    expect(kindMean(w.seed.evaluations, 'LEADERS') - kindMean(w.seed.evaluations, 'MASSES')).toBeGreaterThan(3);
    for (const [roundId, es] of groupBy(w.seed.evaluations, (e) => e.roundId)) {
      if (w.rounds.get(roundId)!.kind === 'MASS_REVIEW') continue;
      expect(kindMean(es, 'MASSES')).toBeLessThan(kindMean(es, 'PEERS'));
      expect(kindMean(es, 'PEERS')).toBeLessThan(kindMean(es, 'LEADERS'));
    }
  });

  it('grades 一般 or 差 in mid-year and year-end rounds exactly the honors ordered to rectify, before the order or while still rectifying', () => {
    const periodic = w.summaries.filter((s) => s.round.kind !== 'MASS_REVIEW');
    const poor = periodic.filter((s) => POOR_GRADES.includes(s.summary.grade!));
    const ordered = w.honors.events.filter((e) => e.action === 'ORDER_RECTIFICATION');
    expect(ordered.length).toBeGreaterThanOrEqual(4);
    expect(new Set(poor.map((s) => s.subject.honorId))).toEqual(new Set(ordered.map((e) => e.honorId)));
    for (const s of poor) {
      const events = w.eventsOf.get(s.subject.honorId)!;
      const order = events.find((e) => e.action === 'ORDER_RECTIFICATION')!;
      const outcome = events.find((e) => e.action === 'PASS_RECTIFICATION' || e.action === 'FAIL_RECTIFICATION');
      const orderedOn = beijingDate(order.at);
      const rectifying = s.round.opensOn >= orderedOn && (!outcome || beijingDate(outcome.at) > s.round.opensOn);
      expect(s.round.closesOn < orderedOn || rectifying, `${s.subject.honorId} in ${s.round.name}`).toBe(true);
    }
    // The one whose rectification failed had fallen to 差.
    const failed = w.honors.events.filter((e) => e.action === 'FAIL_RECTIFICATION').map((e) => e.honorId);
    expect(failed.length).toBeGreaterThan(0);
    for (const honorId of failed) expect(poor.filter((s) => s.subject.honorId === honorId).map((s) => s.summary.grade)).toContain('POOR');
    // Named posts graded 优秀 to recommend (倾斜) in every year-end assessment.
    for (const year of [2015, 2016]) {
      const roundId = w.roundsOf(year, 'YEAR_END_ASSESSMENT')[0]!.id;
      const excellent = periodic.filter((s) => s.round.id === roundId && s.subject.tier === 'POST' && s.summary.grade === 'EXCELLENT');
      expect(excellent.length).toBeGreaterThan(10);
    }
  });

  it('grades 一般 or 差 in mass reviews exactly the candidacies rejected at their review', () => {
    const review = w.summaries.filter((s) => s.round.kind === 'MASS_REVIEW');
    const poor = new Set(review.filter((s) => POOR_GRADES.includes(s.summary.grade!)).map((s) => s.subject.honorId));
    const rejected = new Set(w.honors.events.filter((e) => e.action === 'REJECT' && e.fromStatus === 'MASS_REVIEW').map((e) => e.honorId));
    expect(rejected.size).toBeGreaterThan(5);
    expect(poor).toEqual(rejected);
  });

  it('varies the satisfaction rate (masses’ ballots with a mean of 80 or more) from month to month', () => {
    const months = groupBy(w.seed.evaluations.filter((e) => e.evaluatorKind === 'MASSES'), (e) => beijingDate(e.submittedAt).slice(0, 7));
    const rates = [...months.values()].filter((es) => es.length >= 100).map((es) => es.filter((e) => isSatisfied(e.scores)).length / es.length);
    expect(rates.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.1);
    expect(Math.min(...rates)).toBeGreaterThan(0.5);
  });

  it('uses one masses’ code per masses’ evaluation, of its round and its subject’s unit (an industry’s: one of its units), when it was scored', () => {
    const ballots = new Map(w.seed.ballots.map((b) => [b.id, b]));
    const units = new Map(w.data.units.map((u) => [u.id, u]));
    const problems: string[] = [];
    const masses = w.seed.evaluations.filter((e) => e.evaluatorKind === 'MASSES');
    for (const e of masses) {
      const b = ballots.get(e.ballotId!);
      if (!b || b.kind !== 'MASSES' || b.roundId !== e.roundId || b.evaluatorMemberId !== null) problems.push(`${e.id}: no masses’ code of its round`);
      else {
        if (e.unitId ? b.unitId !== e.unitId : units.get(b.unitId)!.industryId !== e.industryId) problems.push(`${e.id}: a code of another unit`);
        if (b.usedAt !== e.submittedAt || b.issuedAt >= b.usedAt) problems.push(`${e.id}: code used at ${b.usedAt}, issued at ${b.issuedAt}`);
      }
    }
    expect(problems).toEqual([]);
    expect(new Set(masses.map((e) => e.ballotId)).size).toBe(masses.length);
    expect(w.seed.ballots.filter((b) => b.kind === 'MASSES' && b.usedAt !== null).length).toBe(masses.length);
  });

  it('leaves codes unused in every round, for the progress views: masses’ codes never used and peers who never scored', () => {
    const peersWhoScored = new Set(w.seed.evaluations.filter((e) => e.evaluatorKind === 'PEERS').map((e) => e.ballotId));
    for (const round of w.seed.rounds) {
      const own = w.seed.ballots.filter((b) => b.roundId === round.id);
      expect(own.filter((b) => b.kind === 'MASSES' && b.usedAt === null).length, round.name).toBeGreaterThan(0);
      if (round.kind === 'MASS_REVIEW') expect(own.filter((b) => b.kind === 'PEERS')).toEqual([]);
      else expect(own.filter((b) => b.kind === 'PEERS' && !peersWhoScored.has(b.id)).length, round.name).toBeGreaterThan(0);
    }
    // A peer's code stays valid for each of the unit's subjects: it is never marked used.
    expect(w.seed.ballots.filter((b) => b.kind === 'PEERS' && b.usedAt !== null)).toEqual([]);
    // More spare codes in the round still running than in the closed ones.
    const spareShare = (status: string) => {
      const ids = new Set(w.seed.rounds.filter((r) => r.status === status && r.kind === 'MASS_REVIEW').map((r) => r.id));
      const own = w.seed.ballots.filter((b) => ids.has(b.roundId) && b.kind === 'MASSES');
      return own.filter((b) => b.usedAt === null).length / own.length;
    };
    expect(spareShare('OPEN')).toBeGreaterThan(spareShare('CLOSED'));
  });

  it('gives well-formed, distinct codes, stored as their hash under the demo pepper, issued by the unit’s administrator or the committee', () => {
    const code = new Map(w.data.units.map((u) => [u.id, u.code]));
    const { ballots } = w.seed;
    expect(ballots.filter((b) => !isWellFormedBallotCode(b.code))).toEqual([]);
    expect(new Set(ballots.map((b) => b.code)).size).toBe(ballots.length);
    expect(new Set(ballots.map((b) => b.codeHash)).size).toBe(ballots.length);
    expect(ballots.filter((b) => b.codeHash !== hashBallotCode(b.code, DEMO_BALLOT_PEPPER))).toEqual([]);
    expect(ballots.filter((b) => b.issuedBy !== COMMITTEE_ACTOR && b.issuedBy !== unitAdminActor(code.get(b.unitId)!))).toEqual([]);
    // The same actors as the honors demo's.
    expect(COMMITTEE_ACTOR).toBe(HONORS_COMMITTEE_ACTOR);
    expect(unitAdminActor('U001')).toBe(honorsUnitAdminActor('U001'));
    expect(ballots.filter((b) => beijingDate(b.issuedAt) < w.rounds.get(b.roundId)!.opensOn)).toEqual([]);
  });
});

describe('the package entry', () => {
  it('exports the demo generator, its pepper and its actors', () => {
    expect(entry.generateEvaluationsSeed).toBe(generateEvaluationsSeed);
    for (const name of ['DEMO_BALLOT_PEPPER', 'COMMITTEE_LEADERS', 'COMMITTEE_ACTOR', 'PERIODIC_ROUNDS', 'SUBJECT_KIND_OF_TIER', 'unitAdminActor', 'unitSecretaryActor']) {
      expect(entry, name).toHaveProperty(name);
    }
  });
});

describe('the evaluations demo data at the tiny scale', { timeout: 60_000 }, () => {
  it('is generated too, and hashes its codes with the pepper the options give', () => {
    const data = generateSeed(SCALES.tiny);
    const honors = generateHonorsSeed(data);
    const demo = generateEvaluationsSeed(data, honors);
    const own = generateEvaluationsSeed(data, honors, { pepper: 'the-running-service-pepper' });
    expect(demo.evaluations.length).toBeGreaterThan(0);
    expect(own.ballots.map((b) => b.code)).toEqual(demo.ballots.map((b) => b.code));
    for (const b of own.ballots) expect(b.codeHash).toBe(hashBallotCode(b.code, 'the-running-service-pepper'));
    for (const e of demo.evaluations) expect(checkScores(e.tier, e.scores)).toEqual([]);
  });
});
