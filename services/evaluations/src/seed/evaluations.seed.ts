import type { HonorsSeed, HonorsSeedCampaign, HonorsSeedHonor } from '@sfxd/honors';
import { createIdFactory, createRandom, type Random, type SeedData, type SeedMember } from '@sfxd/seed';
import { BALLOT_ALPHABET, BALLOT_DATA_LENGTH, ballotCheckCharacter, normalizedBallotCodeHasher } from '../ballot/ballot.code.js';
import { CRITERIA, HONOR_TIERS, ROUND_KIND_LABELS, type EvaluatorKind, type HonorTier, type RoundKind } from '../criteria/criteria.names.js';
import type { ScoreInput } from '../scores/scores.check.js';
import type { EvaluationWeights } from '../summary/summary.check.js';
import { summarize, type Grade } from '../summary/summary.rules.js';
import { COMMENTS, type CommentTone } from './evaluations.seed.text.js';

/*
 * Demo data of the evaluations subgraph: the rounds of the 2015 and 2016 campaigns, the subjects
 * registered in them, every evaluation by the masses, peers and leaders, and the ballot codes the
 * masses and peers used (or did not). Built on the units and members of @sfxd/seed and on the
 * candidacies of the honors demo (`generateHonorsSeed`), whose histories it follows: a candidacy
 * is reviewed by the masses while the honors data has it in MASS_REVIEW, a candidacy rejected at
 * its mass review scored badly there, and the named honors the committee ordered to rectify are
 * the ones whose evaluations fell to 一般 or 差. Pure and deterministic like both of them: the
 * same data, honors seed and options give identical output, and nothing reads the clock.
 *
 * What the data looks like (city scale, seed 2016: about 50,000 evaluations):
 * - Per campaign, one mass-review round (群众评议, the masses only) per group of candidacies that
 *   went to publicity together, the group still under review on the demo's today (31 Dec 2016)
 *   being an OPEN round; a mid-year review (年中评议, 15 Jul–12 Aug) and a year-end assessment
 *   (年终考核, 16 Nov–2 Dec), both by all three kinds, of every candidacy declared and not ended
 *   when the round opens.
 * - Scores are not uniform noise: each subject has its own level, each unit its own bent (so unit
 *   means differ), scores rise through each year and 2016 stands above 2015, the masses are the
 *   harshest and the leaders the mildest, a few masses are very harsh, and each evaluator has a
 *   lean and each criterion its own wobble. Every subject's grade (computed with `summarize`, as
 *   the service will) is drawn into its intended band: 良好 or better, except the rectified and the
 *   rejected ones.
 *
 * How the loader writes it (one bulk insert per table, in one transaction, into an empty schema):
 * - `rounds` → round (weights split into weight_masses/peers/leaders; `status` is derived:
 *   CLOSED rounds have `closedAt`/`closedBy`, an OPEN round has both null).
 * - `subjects` → subject, as they are.
 * - `evaluations` → evaluation, with `scores` as one evaluation_score row per entry (score_sum
 *   and criteria_count from them); `ballotId` links the seed's records for checks and need not be
 *   stored (the service does not link a mass ballot to its evaluation).
 * - `ballots` → ballot; `codeHash` is HMAC-SHA-256 under the pepper given in the options (the
 *   demo pepper by default): pass the running service's pepper so that the printed codes work, or
 *   re-hash `code` with `hashBallotCode`. `code` itself is never stored; it is there so a demo (or
 *   a test) can use one of the unused codes.
 */

/** The pepper demo ballot codes are hashed with unless the options name the service's own. */
export const DEMO_BALLOT_PEPPER = 'sfxd-demo-ballot-pepper-not-for-production';

/** Leaders of the committee (工委领导) who score subjects of every unit; the first is the demo LEADER token's `sub`. */
export const COMMITTEE_LEADERS: readonly string[] = ['demo-leader', 'committee-leader-2', 'committee-leader-3', 'committee-leader-4', 'committee-leader-5'];

/** A unit's Party secretary, a LEADER who scores the unit's own posts and teams: `secretary@U001`. */
export function unitSecretaryActor(unitCode: string): string {
  return `secretary@${unitCode}`;
}

/** A unit's administrator (UNIT_ADMIN), who issues its ballots; the same name as in the honors demo. */
export function unitAdminActor(unitCode: string): string {
  return `unit-admin@${unitCode}`;
}

/** The committee's staff (ADMIN), who create and close rounds and issue industries' ballots. */
export const COMMITTEE_ACTOR = 'demo-admin';

/** The periodic rounds of every campaign year, first and last day (month-day). */
export const PERIODIC_ROUNDS = {
  MID_YEAR_REVIEW: { opens: '07-15', closes: '08-12' },
  YEAR_END_ASSESSMENT: { opens: '11-16', closes: '12-02' },
} as const satisfies Partial<Record<RoundKind, { opens: string; closes: string }>>;

/** Days an open mass review still runs after the demo's today. */
const OPEN_ROUND_TAIL_DAYS = 13;

export type SeedRoundStatus = 'OPEN' | 'CLOSED';
/** What a subject is, as the evaluations subgraph's tables name it (a POST's subject is a member). */
export type SeedSubjectKind = 'MEMBER' | 'TEAM' | 'UNIT' | 'INDUSTRY';

export const SUBJECT_KIND_OF_TIER: Readonly<Record<HonorTier, SeedSubjectKind>> = { POST: 'MEMBER', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' };

export interface SeedRound {
  id: string;
  campaignId: string;
  campaignYear: number;
  /** e.g. 2016年第一批示范候选对象群众评议, 2016年年中评议, 2016年年终考核 (at most 64 characters) */
  name: string;
  kind: RoundKind;
  /** First and last day evaluations are taken, YYYY-MM-DD (Beijing). */
  opensOn: string;
  closesOn: string;
  /** The tiers of its subjects, in HONOR_TIERS order. */
  tiers: HonorTier[];
  /** Copied from the campaign. */
  weights: EvaluationWeights;
  /** CLOSED when it closed before the demo's today; the mass review still running then is OPEN. */
  status: SeedRoundStatus;
  /** ISO instants (UTC). */
  createdAt: string;
  createdBy: string;
  closedAt: string | null;
  closedBy: string | null;
}

/** A subject registered in a round: a candidacy (honor) of the round's campaign. */
export interface SeedRoundSubject {
  roundId: string;
  subjectId: string;
  subjectKind: SeedSubjectKind;
  tier: HonorTier;
  /** The subject's unit; null for an industry. */
  unitId: string | null;
  /** The subject's unit's industry, or the industry itself. */
  industryId: string;
  honorId: string;
  registeredAt: string;
}

export interface SeedEvaluation {
  id: string;
  roundId: string;
  /** The candidacy the subject was evaluated as (its subject, tier, unit and industry follow). */
  honorId: string;
  tier: HonorTier;
  subjectKind: SeedSubjectKind;
  subjectId: string;
  unitId: string | null;
  industryId: string;
  evaluatorKind: EvaluatorKind;
  /** PEERS: the member who scored (a Party member of the subject's unit, never the subject itself). */
  evaluatorMemberId: string | null;
  /** LEADERS: the leader's token `sub`. */
  evaluatorSub: string | null;
  /** Exactly the tier's criteria, in CRITERIA order, each a whole number 0–100. */
  scores: ScoreInput[];
  /** Plain text as stored (normalised), null when none: most evaluations have none. */
  comment: string | null;
  /** ISO instant (UTC), inside the round's dates and while the subject was in it. */
  submittedAt: string;
  /** MASSES: the ballot used; PEERS: the evaluator's bound ballot; LEADERS: null. */
  ballotId: string | null;
}

/**
 * A one-time ballot code. MASSES: used once, for one evaluation of a subject of its unit, `usedAt`
 * then set. PEERS: bound to one member, who scores each subject of the unit at most once with it;
 * `usedAt` stays null (what a peer has done is read from their evaluations). Industries have no
 * unit: their masses' ballots are issued by the committee through one of the industry's units, and
 * their peers are members of the industry's units holding their unit's peer codes.
 */
export interface SeedBallot {
  id: string;
  roundId: string;
  /** One `issueBallots` call: a round, a unit, a kind. */
  batchId: string;
  kind: 'MASSES' | 'PEERS';
  unitId: string;
  industryId: string;
  /** The code as printed (`K7QM-3XPD-9FHW-2ABN`); not stored, see the file's comment. */
  code: string;
  /** hashBallotCode(code, pepper): what the service stores and looks codes up by. */
  codeHash: string;
  evaluatorMemberId: string | null;
  issuedAt: string;
  issuedBy: string;
  usedAt: string | null;
}

export interface EvaluationsSeed {
  /** The demo's today, the honors seed's `asOf`: nothing happens after it. */
  asOf: string;
  rounds: SeedRound[];
  subjects: SeedRoundSubject[];
  evaluations: SeedEvaluation[];
  ballots: SeedBallot[];
}

export interface EvaluationsSeedOptions {
  /** Default 2016. The same data, honors seed and options always give identical output. */
  seed?: number;
  /** Ballot codes are hashed with this (at least 16 bytes); default DEMO_BALLOT_PEPPER. */
  pepper?: string;
}

/* ------------------------------------------------------------------------------------------------
 * Dates and instants (Beijing, UTC+8, no daylight saving).
 */

const MS_PER_DAY = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

const dateCache = new Map<number, string>();
function dateOf(day: number): string {
  let date = dateCache.get(day);
  if (date === undefined) dateCache.set(day, (date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)));
  return date;
}

/** Monday to Friday. */
function isWeekday(day: number): boolean {
  const w = (((day + 4) % 7) + 7) % 7;
  return w !== 0 && w !== 6;
}

/** The instant of `minute` past midnight in Beijing on `day`, as an ISO string in UTC. */
function instant(day: number, minute: number): string {
  return new Date(day * MS_PER_DAY + minute * 60_000 - BEIJING_OFFSET_MS).toISOString();
}

/** Beijing day and minute of an ISO instant. */
function beijing(at: string): { day: number; minute: number } {
  const ms = Date.parse(at) + BEIJING_OFFSET_MS;
  const day = Math.floor(ms / MS_PER_DAY);
  return { day, minute: Math.floor((ms - day * MS_PER_DAY) / 60_000) };
}

/* ------------------------------------------------------------------------------------------------
 * What each candidacy went through, read from the honors seed's events.
 */

interface Candidacy {
  honor: HonorsSeedHonor;
  declaredDay: number;
  /** START_MASS_REVIEW, and the next action (PUBLICIZE, REJECT, WITHDRAW), if the review began. */
  review: { day: number; minute: number; at: string; leaveDay: number | null; leaveAction: string | null } | null;
  /** The day it became REJECTED, WITHDRAWN or REVOKED. */
  endedDay: number | null;
  /** ORDER_RECTIFICATION, and PASS_ or FAIL_RECTIFICATION if it came. */
  orderedDay: number | null;
  outcome: { day: number; action: string } | null;
}

const ENDED = new Set(['REJECTED', 'WITHDRAWN', 'REVOKED']);

function readCandidacies(honors: HonorsSeed): Map<string, Candidacy> {
  const out = new Map<string, Candidacy>();
  for (const honor of honors.honors) {
    out.set(honor.id, { honor, declaredDay: dayOf(honor.declaredOn), review: null, endedDay: null, orderedDay: null, outcome: null });
  }
  // Events are in time order per honor, as the honors seed replays them.
  for (const e of honors.events) {
    const c = out.get(e.honorId);
    if (!c) throw new Error(`demo data: an event of an unknown honor ${e.honorId}`);
    const { day, minute } = beijing(e.at);
    if (e.action === 'START_MASS_REVIEW') c.review = { day, minute, at: e.at, leaveDay: null, leaveAction: null };
    else if (e.fromStatus === 'MASS_REVIEW' && c.review && c.review.leaveDay === null) {
      c.review.leaveDay = day;
      c.review.leaveAction = e.action;
    }
    if (ENDED.has(e.toStatus) && c.endedDay === null) c.endedDay = day;
    if (e.action === 'ORDER_RECTIFICATION') c.orderedDay = day;
    if (e.action === 'PASS_RECTIFICATION' || e.action === 'FAIL_RECTIFICATION') c.outcome = { day, action: e.action };
  }
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * The score model.
 */

/** How each kind scores relative to the subject's level: the masses harshest, the leaders mildest. */
const KIND_BIAS: Readonly<Record<EvaluatorKind, number>> = { MASSES: -2.5, PEERS: 0.5, LEADERS: 2.5 };
/** Spread of one evaluator's lean (the whole ballot higher or lower). */
const KIND_LEAN: Readonly<Record<EvaluatorKind, number>> = { MASSES: 3.5, PEERS: 2.2, LEADERS: 1.5 };
/** Share of the masses' ballots that are very harsh, and by how much. */
const HARSH_SHARE = 0.04;
const HARSH_DROP: readonly [number, number] = [10, 26];
const CRITERION_SPREAD = 1.3;
const SCORE_NOISE = 2.2;
/** Level of the campaign year (2016 above 2015) and its rise per month through the year. */
const YEAR_LEVEL: Readonly<Record<number, number>> = { 2015: -2.5, 2016: 0 };
const MONTHLY_RISE = 0.3;

/** Intended grades: 良好 or better; 一般; 差. */
type Band = 'GOOD' | 'FAIR' | 'POOR';
const BAND_GRADES: Readonly<Record<Band, readonly Grade[]>> = { GOOD: ['EXCELLENT', 'GOOD'], FAIR: ['FAIR'], POOR: ['POOR'] };
/** Where a band's expected weighted score is put. */
const BAND_LEVEL: Readonly<Record<Band, [number, number]>> = { GOOD: [82.5, 97], FAIR: [68, 76], POOR: [50, 56] };
const MAX_ATTEMPTS = 40;

/** Roughly normal, mean 0 and sd 1, from four uniforms (Irwin–Hall): plain arithmetic, identical everywhere, never beyond ±3.5. */
function gauss(r: Random): number {
  return (r.next() + r.next() + r.next() + r.next() - 2) * 1.7320508075688772;
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** The demo's sense of time: the year's level plus the rise by `day`'s month (July is 0). */
function trend(day: number): number {
  const date = dateOf(day);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) + (Number(date.slice(8, 10)) - 1) / 31;
  return (YEAR_LEVEL[year] ?? (year < 2015 ? -2.5 : 0)) + MONTHLY_RISE * (month - 7);
}

/* ------------------------------------------------------------------------------------------------
 * Planning rounds and subjects.
 */

interface PlannedSubject {
  c: Candidacy;
  /** Days the subject can be evaluated, and the earliest minute on the first of them. */
  fromDay: number;
  toDay: number;
  fromMinute: number;
  registeredAt: string;
  band: Band;
  /** Share of the usual number of mass ballots returned so far (an open round is still running). */
  turnout: number;
}

interface PlannedRound {
  round: Omit<SeedRound, 'id'>;
  subjects: PlannedSubject[];
}

const ZH_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Office hours, in minutes after midnight. */
const STAFF_FROM = 9 * 60;
const STAFF_TO = 17 * 60 + 30;
/** The masses use their codes from 8:00 to 22:00. */
const MASSES_FROM = 8 * 60;
const MASSES_TO = 22 * 60 - 1;

function roundTimes(opensDay: number, closesDay: number, asOfDay: number): Pick<SeedRound, 'status' | 'createdAt' | 'createdBy' | 'closedAt' | 'closedBy'> {
  const closed = closesDay < asOfDay;
  return {
    status: closed ? 'CLOSED' : 'OPEN',
    createdAt: instant(opensDay, 8 * 60),
    createdBy: COMMITTEE_ACTOR,
    closedAt: closed ? instant(closesDay + 1, 9 * 60) : null,
    closedBy: closed ? COMMITTEE_ACTOR : null,
  };
}

function tiersOf(subjects: readonly PlannedSubject[]): HonorTier[] {
  const present = new Set(subjects.map((s) => s.c.honor.tier));
  return HONOR_TIERS.filter((t) => present.has(t));
}

/**
 * The campaign's mass reviews: candidacies are grouped by the publicity their review led to (a
 * batch goes to publicity on one day), those that left the review otherwise joining the next
 * publicity after they left; a round runs from its first review to the day before its publicity.
 * Candidacies with no publicity after them form a last round, OPEN while any is still in review.
 */
function planMassReviews(campaign: HonorsSeedCampaign, candidacies: Candidacy[], asOfDay: number): PlannedRound[] {
  const reviewed = candidacies.filter((c) => c.review !== null);
  const publicities = [...new Set(reviewed.filter((c) => c.review!.leaveAction === 'PUBLICIZE').map((c) => c.review!.leaveDay!))].sort((a, b) => a - b);
  const groups = new Map<number, Candidacy[]>();
  for (const c of reviewed) {
    const leave = c.review!.leaveDay;
    const key = leave === null ? Infinity : (publicities.find((p) => p >= leave) ?? Infinity);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  return keys.map((key, i) => {
    const group = groups.get(key)!;
    const stillOpen = group.some((c) => c.review!.leaveDay === null);
    const lastEnd = Math.max(...group.map((c) => (c.review!.leaveDay === null ? asOfDay : c.review!.leaveDay - 1)));
    const opensDay = Math.min(...group.map((c) => c.review!.day));
    const closesDay = key !== Infinity ? key - 1 : stillOpen ? asOfDay + OPEN_ROUND_TAIL_DAYS : lastEnd;
    const subjects: PlannedSubject[] = group.map((c) => {
      const r = c.review!;
      const toDay = Math.max(r.day, Math.min(r.leaveDay === null ? asOfDay : r.leaveDay - 1, asOfDay));
      return {
        c, fromDay: r.day, toDay, fromMinute: r.minute + 10, registeredAt: r.at,
        band: r.leaveAction === 'REJECT' ? 'FAIR' : 'GOOD',
        // Still under review on the demo's today: part of its ballots have come back.
        turnout: r.leaveDay === null ? 0.6 : 1,
      };
    });
    return {
      round: {
        campaignId: campaign.id, campaignYear: campaign.year,
        name: `${campaign.year}年第${ZH_ORDINALS[i] ?? String(i + 1)}批示范候选对象${ROUND_KIND_LABELS.MASS_REVIEW.zh}`,
        kind: 'MASS_REVIEW', opensOn: dateOf(opensDay), closesOn: dateOf(closesDay), tiers: tiersOf(subjects), weights: { ...campaign.weights },
        ...roundTimes(opensDay, closesDay, asOfDay),
      },
      subjects,
    };
  });
}

/**
 * A mid-year review or year-end assessment of every candidacy declared by its first day and not
 * ended by then. Its grade band follows the rectifications: a named honor ordered to rectify fell
 * to 一般 (差 when it went on to fail) in the last round it was scored in before the order, and
 * stays there in rounds held while it is still rectifying; it is back to 良好 once it passed.
 */
function planPeriodic(
  campaign: HonorsSeedCampaign, kind: 'MID_YEAR_REVIEW' | 'YEAR_END_ASSESSMENT', candidacies: Candidacy[], asOfDay: number,
): PlannedRound {
  const window = PERIODIC_ROUNDS[kind];
  const opensDay = dayOf(`${campaign.year}-${window.opens}`);
  const closesDay = dayOf(`${campaign.year}-${window.closes}`);
  const subjects: PlannedSubject[] = [];
  for (const c of candidacies) {
    if (c.declaredDay > opensDay || (c.endedDay !== null && c.endedDay <= opensDay)) continue;
    const toDay = Math.min(closesDay, asOfDay, c.endedDay === null ? Infinity : c.endedDay - 1);
    subjects.push({ c, fromDay: opensDay, toDay, fromMinute: STAFF_FROM, registeredAt: instant(opensDay, 8 * 60 + 10), band: 'GOOD', turnout: 1 });
  }
  return {
    round: {
      campaignId: campaign.id, campaignYear: campaign.year, name: `${campaign.year}年${ROUND_KIND_LABELS[kind].zh}`, kind,
      opensOn: dateOf(opensDay), closesOn: dateOf(closesDay), tiers: tiersOf(subjects), weights: { ...campaign.weights },
      ...roundTimes(opensDay, closesDay, asOfDay),
    },
    subjects,
  };
}

/** Sets the bands of rectified honors across a campaign's periodic rounds (see planPeriodic). */
function bandRectifications(periodic: PlannedRound[]): void {
  const byHonor = new Map<string, { round: PlannedRound; subject: PlannedSubject }[]>();
  for (const round of periodic) {
    for (const subject of round.subjects) {
      if (subject.c.orderedDay === null) continue;
      const list = byHonor.get(subject.c.honor.id) ?? [];
      list.push({ round, subject });
      byHonor.set(subject.c.honor.id, list);
    }
  }
  for (const [honorId, rounds] of byHonor) {
    const c = rounds[0]!.subject.c;
    const ordered = c.orderedDay!;
    const failed = c.outcome?.action === 'FAIL_RECTIFICATION';
    const before = rounds.filter((x) => dayOf(x.round.round.opensOn) < ordered);
    const grounds = before[before.length - 1];
    let poor = 0;
    for (const x of rounds) {
      const opens = dayOf(x.round.round.opensOn);
      const stillRectifying = opens >= ordered && (c.outcome === null || c.outcome.day > opens);
      if (x === grounds || stillRectifying) {
        x.subject.band = failed ? 'POOR' : 'FAIR';
        poor += 1;
      }
    }
    if (poor === 0) throw new Error(`demo data: honor ${honorId} was ordered to rectify with no evaluation round to show why`);
  }
}

/* ------------------------------------------------------------------------------------------------
 * Generation.
 */

interface Context {
  root: Random;
  ids: { round: () => string; evaluation: () => string; ballot: () => string; batch: () => string };
  /** hashBallotCode under the options' pepper, for the normalised codes newBallot makes. */
  hash: (normalized: string) => string;
  asOfDay: number;
  unitCode: Map<string, string>;
  unitIndustry: Map<string, string>;
  /** Participating units of each industry, in directory order. */
  industryUnits: Map<string, string[]>;
  membersOfUnit: Map<string, SeedMember[]>;
  members: Map<string, SeedMember>;
  usedCodes: Set<string>;
  /** Records made and not yet handed out as a part (all of them when `partSize` is Infinity). */
  out: EvaluationsSeed;
  /** Evaluations and ballots after which a part is handed out. */
  partSize: number;
  /** Whether mass evaluations keep their `ballotId` (a streamed part is written and dropped before its codes exist). */
  linkBallots: boolean;
  /** Each unit's bent and each industry's, and each subject's level: stable across rounds. */
  unitBent: Map<string, number>;
  subjectLevel: Map<string, { level: number; criteria: number[] }>;
}

/** An evaluation before its scores. */
interface Draft {
  kind: EvaluatorKind;
  day: number;
  minute: number;
  evaluatorMemberId: string | null;
  evaluatorSub: string | null;
  /** PEERS: the evaluator's bound ballot. MASSES: the batch its ballot comes from. */
  ballotId: string | null;
  batchKey: string | null;
}

interface MassBatch {
  roundId: string;
  unitId: string;
  industryId: string;
  issuedBy: string;
  /** Earliest day and minute a ballot of the batch is used; the batch was issued just before. */
  earliest: { day: number; minute: number };
  /** The evaluations themselves when `linkBallots`, else just when each was submitted. */
  used: Pick<SeedEvaluation, 'submittedAt' | 'ballotId'>[];
  /** Unused codes as a share of the used ones. */
  spare: number;
}

/** A peer code holder of a unit in a round. */
interface Holder {
  member: SeedMember;
  ballotId: string;
  /** Never used the code. */
  absent: boolean;
}

/** How many of each kind score a subject, by tier: [masses in a mass review, masses otherwise]. */
const MASSES_COUNT: Readonly<Record<HonorTier, { review: [number, number]; periodic: [number, number] }>> = {
  POST: { review: [11, 19], periodic: [8, 14] },
  TEAM: { review: [15, 24], periodic: [10, 16] },
  UNIT: { review: [32, 48], periodic: [20, 30] },
  INDUSTRY: { review: [55, 75], periodic: [32, 45] },
};
/** Peer code holders per unit and round, and the chance a holder scores a given subject. */
const HOLDERS: [number, number] = [6, 10];
const HOLDER_ABSENT = 0.06;
const PEER_TAKES_PART = 0.85;
const INDUSTRY_PEERS: [number, number] = [8, 12];
/** Spare mass codes per batch, as a share of those used: closed rounds, and one still running. */
const SPARE_CLOSED: [number, number] = [0.08, 0.25];
const SPARE_OPEN: [number, number] = [0.5, 1];
const COMMENT_SHARE: Readonly<Record<EvaluatorKind, number>> = { MASSES: 0.25, PEERS: 0.15, LEADERS: 0.6 };

/**
 * Generates the evaluations demo for `data` (normally `generateSeed(SCALES.city)`) and the honors
 * demo generated from the same data (`generateHonorsSeed(data)`). Pure and deterministic.
 */
export function generateEvaluationsSeed(data: SeedData, honors: HonorsSeed, options: EvaluationsSeedOptions = {}): EvaluationsSeed {
  const parts = [...evaluationsSeedParts(data, honors, options, Infinity)];
  if (parts.length !== 1) throw new Error(`demo data: ${parts.length} parts where one was asked for`);
  return parts[0]!;
}

/**
 * The same records as `generateEvaluationsSeed`, in the same order, handed out in parts of about
 * `partSize` evaluations and ballots each (rounds and subjects come in the part where their round
 * begins), so that a loader can write each part and let it go: at province scale the whole demo is
 * millions of evaluations, more than a process should hold. The parts' evaluations have no
 * `ballotId` for mass ballots (their codes are made when the round ends); nothing stores it.
 */
export function* streamEvaluationsSeed(data: SeedData, honors: HonorsSeed, options: EvaluationsSeedOptions = {}, partSize = 20_000): Generator<EvaluationsSeed> {
  if (!(partSize > 0)) throw new RangeError('A part holds at least one record');
  yield* evaluationsSeedParts(data, honors, options, partSize);
}

function* evaluationsSeedParts(data: SeedData, honors: HonorsSeed, options: EvaluationsSeedOptions, partSize: number): Generator<EvaluationsSeed> {
  const seed = options.seed ?? 2016;
  const pepper = options.pepper ?? DEMO_BALLOT_PEPPER;
  const root = createRandom(seed).fork('evaluations');
  // The seed's id factory never repeats an id of one kind; these records borrow four of its kinds.
  const idFactory = createIdFactory(root.fork('ids'));
  const ctx: Context = {
    root,
    ids: { round: () => idFactory('industry'), evaluation: () => idFactory('member'), ballot: () => idFactory('activity'), batch: () => idFactory('team') },
    hash: normalizedBallotCodeHasher(pepper),
    asOfDay: dayOf(honors.asOf),
    unitCode: new Map(data.units.map((u) => [u.id, u.code])),
    unitIndustry: new Map(data.units.map((u) => [u.id, u.industryId])),
    industryUnits: new Map(),
    membersOfUnit: new Map(),
    members: new Map(data.members.map((m) => [m.id, m])),
    usedCodes: new Set(),
    out: { asOf: honors.asOf, rounds: [], subjects: [], evaluations: [], ballots: [] },
    partSize,
    linkBallots: partSize === Infinity,
    unitBent: new Map(),
    subjectLevel: new Map(),
  };
  for (const u of data.units) {
    if (u.excluded) continue;
    const list = ctx.industryUnits.get(u.industryId) ?? [];
    list.push(u.id);
    ctx.industryUnits.set(u.industryId, list);
  }
  for (const m of data.members) {
    const list = ctx.membersOfUnit.get(m.unitId) ?? [];
    list.push(m);
    ctx.membersOfUnit.set(m.unitId, list);
  }
  const bents = root.fork('bents');
  for (const u of data.units) ctx.unitBent.set(u.id, clamp(3 * gauss(bents), -6, 6));
  for (const i of data.industries) ctx.unitBent.set(i.id, clamp(1.5 * gauss(bents), -3, 3));

  const candidacies = readCandidacies(honors);
  const planned: PlannedRound[] = [];
  for (const campaign of [...honors.campaigns].sort((a, b) => a.year - b.year)) {
    const own = [...candidacies.values()].filter((c) => c.honor.campaignId === campaign.id);
    const periodic = [planPeriodic(campaign, 'MID_YEAR_REVIEW', own, ctx.asOfDay), planPeriodic(campaign, 'YEAR_END_ASSESSMENT', own, ctx.asOfDay)];
    bandRectifications(periodic);
    planned.push(...planMassReviews(campaign, own, ctx.asOfDay), ...periodic);
  }
  const kindOrder: readonly RoundKind[] = ['MASS_REVIEW', 'MID_YEAR_REVIEW', 'YEAR_END_ASSESSMENT'];
  planned.sort((a, b) => (a.round.opensOn < b.round.opensOn ? -1 : a.round.opensOn > b.round.opensOn ? 1 : kindOrder.indexOf(a.round.kind) - kindOrder.indexOf(b.round.kind)));

  for (const p of planned) {
    if (p.subjects.length === 0) continue;
    yield* generateRound(ctx, p);
  }
  yield ctx.out;
}

/** The records made since the last part, when there are enough of them. */
function* partIfFull(ctx: Context): Generator<EvaluationsSeed> {
  if (ctx.out.evaluations.length + ctx.out.ballots.length < ctx.partSize) return;
  yield ctx.out;
  ctx.out = { asOf: ctx.out.asOf, rounds: [], subjects: [], evaluations: [], ballots: [] };
}

function* generateRound(ctx: Context, p: PlannedRound): Generator<EvaluationsSeed> {
  const round: SeedRound = { id: ctx.ids.round(), ...p.round };
  ctx.out.rounds.push(round);
  const r = ctx.root.fork(`round:${round.campaignYear}:${round.kind}:${round.opensOn}`);
  const periodic = round.kind !== 'MASS_REVIEW';
  const open = round.status === 'OPEN';

  for (const s of p.subjects) {
    const h = s.c.honor;
    ctx.out.subjects.push({
      roundId: round.id, subjectId: h.subjectId, subjectKind: SUBJECT_KIND_OF_TIER[h.tier], tier: h.tier, unitId: h.unitId,
      industryId: h.industryId, honorId: h.id, registeredAt: s.registeredAt,
    });
  }

  // Peer codes: the units with subjects in the round, and the units of its industries.
  const holders = new Map<string, Holder[]>();
  if (periodic) {
    const units = new Set<string>();
    for (const s of p.subjects) {
      if (s.c.honor.unitId) units.add(s.c.honor.unitId);
      else for (const u of ctx.industryUnits.get(s.c.honor.industryId) ?? []) units.add(u);
    }
    const opensDay = dayOf(round.opensOn);
    const peerRandom = r.fork('peers');
    const byCode = (a: string, b: string) => (ctx.unitCode.get(a)! < ctx.unitCode.get(b)! ? -1 : 1);
    for (const unitId of [...units].sort(byCode)) {
      const eligible = (ctx.membersOfUnit.get(unitId) ?? []).filter((m) => m.joinedPartyOn <= round.opensOn);
      const chosen = peerRandom.sample(eligible, peerRandom.int(HOLDERS[0], HOLDERS[1]));
      if (chosen.length === 0) continue;
      const batchId = ctx.ids.batch();
      const issuedAt = instant(opensDay, STAFF_FROM - 5);
      holders.set(unitId, chosen.map((member) => {
        const ballot = newBallot(ctx, peerRandom, {
          roundId: round.id, batchId, kind: 'PEERS', unitId, industryId: ctx.unitIndustry.get(unitId)!, evaluatorMemberId: member.id,
          issuedAt, issuedBy: unitAdminActor(ctx.unitCode.get(unitId)!), usedAt: null,
        });
        return { member, ballotId: ballot.id, absent: peerRandom.chance(HOLDER_ABSENT) };
      }));
    }
  }

  const batches = new Map<string, MassBatch>();
  const batchOf = (s: PlannedSubject): string => {
    const h = s.c.honor;
    // An industry's mass ballots go out through one of its units, chosen once per round.
    const unitId = h.unitId ?? r.fork(`industry-unit:${h.industryId}`).pick(ctx.industryUnits.get(h.industryId) ?? []);
    const key = `${unitId}|${h.unitId ? 'unit' : 'industry'}`;
    const batch = batches.get(key);
    const earliest = { day: s.fromDay, minute: s.fromMinute };
    if (!batch) {
      batches.set(key, {
        roundId: round.id, unitId, industryId: h.industryId, issuedBy: h.unitId ? unitAdminActor(ctx.unitCode.get(unitId)!) : COMMITTEE_ACTOR,
        earliest, used: [], spare: 0,
      });
    } else if (earliest.day < batch.earliest.day || (earliest.day === batch.earliest.day && earliest.minute < batch.earliest.minute)) {
      batch.earliest = earliest;
    }
    return key;
  };

  for (const s of p.subjects) {
    const h = s.c.honor;
    const sr = r.fork(`subject:${h.subjectId}`);
    const drafts = draftEvaluations(ctx, sr, round, s, holders, batchOf(s));
    const scores = scoreSubject(ctx, sr, round, s, drafts);
    drafts.forEach((d, i) => {
      const e: SeedEvaluation = {
        id: ctx.ids.evaluation(), roundId: round.id, honorId: h.id, tier: h.tier, subjectKind: SUBJECT_KIND_OF_TIER[h.tier], subjectId: h.subjectId,
        unitId: h.unitId, industryId: h.industryId, evaluatorKind: d.kind, evaluatorMemberId: d.evaluatorMemberId, evaluatorSub: d.evaluatorSub,
        scores: scores[i]!, comment: comment(sr, d.kind, scores[i]!), submittedAt: instant(d.day, d.minute), ballotId: d.ballotId,
      };
      ctx.out.evaluations.push(e);
      if (d.kind === 'MASSES') batches.get(d.batchKey!)!.used.push(ctx.linkBallots ? e : { submittedAt: e.submittedAt, ballotId: null });
    });
    yield* partIfFull(ctx);
  }

  // Mass codes: one per MASSES evaluation, in the order they were used, and some never used.
  const massRandom = r.fork('masses');
  for (const batch of batches.values()) {
    const batchId = ctx.ids.batch();
    const issuedAt = instant(batch.earliest.day, batch.earliest.minute - 5);
    const base = { roundId: round.id, batchId, kind: 'MASSES' as const, unitId: batch.unitId, industryId: batch.industryId, evaluatorMemberId: null, issuedAt, issuedBy: batch.issuedBy };
    batch.used.sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0));
    for (const e of batch.used) e.ballotId = newBallot(ctx, massRandom, { ...base, usedAt: e.submittedAt }).id;
    const [lo, hi] = open ? SPARE_OPEN : SPARE_CLOSED;
    const spare = Math.ceil(batch.used.length * massRandom.float(lo, hi));
    for (let k = 0; k < spare; k++) newBallot(ctx, massRandom, { ...base, usedAt: null });
    yield* partIfFull(ctx);
  }
}

/** Who scores the subject and when; every kind the round takes, as many as its tier calls for. */
function draftEvaluations(ctx: Context, r: Random, round: SeedRound, s: PlannedSubject, holders: Map<string, Holder[]>, batchKey: string): Draft[] {
  const h = s.c.honor;
  const periodic = round.kind !== 'MASS_REVIEW';
  const drafts: Draft[] = [];
  const allDays: number[] = [];
  for (let d = s.fromDay; d <= s.toDay; d++) allDays.push(d);
  const weekdays = allDays.filter((d) => isWeekday(d) && (d !== s.fromDay || s.fromMinute <= STAFF_TO - 30));
  const staffDays = weekdays.length > 0 ? weekdays : allDays;
  const staffTime = (): { day: number; minute: number } => {
    const day = r.pick(staffDays);
    const from = day === s.fromDay ? Math.max(STAFF_FROM, s.fromMinute) : STAFF_FROM;
    return { day, minute: r.int(Math.min(from, STAFF_TO), STAFF_TO) };
  };
  const massesTime = (): { day: number; minute: number } => {
    const day = r.pick(allDays);
    const from = day === s.fromDay ? Math.max(MASSES_FROM, s.fromMinute) : MASSES_FROM;
    return { day, minute: r.int(Math.min(from, MASSES_TO), MASSES_TO) };
  };

  const [lo, hi] = MASSES_COUNT[h.tier][periodic ? 'periodic' : 'review'];
  const masses = Math.max(1, Math.round(r.int(lo, hi) * s.turnout));
  for (let k = 0; k < masses; k++) drafts.push({ kind: 'MASSES', ...massesTime(), evaluatorMemberId: null, evaluatorSub: null, ballotId: null, batchKey });
  if (!periodic) return sortDrafts(drafts);

  // Peers: code holders of the subject's unit (of the industry's units for an industry), never
  // the subject itself nor, for a team, its own members.
  let pool: Holder[];
  if (h.unitId) {
    pool = (holders.get(h.unitId) ?? []).filter((x) => !x.absent && x.member.id !== h.subjectId && !(h.tier === 'TEAM' && x.member.teamId === h.subjectId));
    const taking = pool.filter(() => r.chance(PEER_TAKES_PART));
    pool = taking.length > 0 || pool.length === 0 ? taking : [r.pick(pool)];
  } else {
    const all = (ctx.industryUnits.get(h.industryId) ?? []).flatMap((u) => (holders.get(u) ?? []).filter((x) => !x.absent));
    pool = r.sample(all, r.int(INDUSTRY_PEERS[0], INDUSTRY_PEERS[1]));
  }
  for (const x of pool) drafts.push({ kind: 'PEERS', ...staffTime(), evaluatorMemberId: x.member.id, evaluatorSub: null, ballotId: x.ballotId, batchKey: null });

  // Leaders: the unit's secretary for its posts and teams, and leaders of the committee.
  const leaders: string[] = [];
  if (h.tier === 'POST' || h.tier === 'TEAM') {
    leaders.push(unitSecretaryActor(ctx.unitCode.get(h.unitId!)!));
    if (r.chance(0.4)) leaders.push(r.pick(COMMITTEE_LEADERS));
  } else {
    leaders.push(...r.sample(COMMITTEE_LEADERS, h.tier === 'UNIT' ? r.int(2, 3) : r.int(3, 4)));
  }
  for (const sub of leaders) drafts.push({ kind: 'LEADERS', ...staffTime(), evaluatorMemberId: null, evaluatorSub: sub, ballotId: null, batchKey: null });
  return sortDrafts(drafts);
}

function sortDrafts(drafts: Draft[]): Draft[] {
  return drafts.sort((a, b) => a.day - b.day || a.minute - b.minute);
}

/**
 * Scores for every draft, redrawn until the subject's summary (as the service computes it) has a
 * grade in the subject's band. The subject's expected weighted score is its level, its unit's
 * bent and the time, put inside the band.
 */
function scoreSubject(ctx: Context, r: Random, round: SeedRound, s: PlannedSubject, drafts: readonly Draft[]): ScoreInput[][] {
  const h = s.c.honor;
  const criteria = CRITERIA[h.tier];
  let subject = ctx.subjectLevel.get(h.subjectId);
  if (!subject) {
    const sr = ctx.root.fork(`level:${h.subjectId}`);
    subject = { level: 87 + 3.2 * gauss(sr), criteria: criteria.map(() => CRITERION_SPREAD * gauss(sr)) };
    ctx.subjectLevel.set(h.subjectId, subject);
  }
  const bent = ctx.unitBent.get(h.unitId ?? h.industryId) ?? 0;
  const kinds = [...new Set(drafts.map((d) => d.kind))];
  const weights = round.weights;
  const weightOf = (k: EvaluatorKind) => (k === 'MASSES' ? weights.masses : k === 'PEERS' ? weights.peers : weights.leaders);
  const totalWeight = kinds.reduce((sum, k) => sum + weightOf(k), 0);
  const kindBias = kinds.reduce((sum, k) => sum + (weightOf(k) * KIND_BIAS[k]) / totalWeight, 0);
  const [lo, hi] = BAND_LEVEL[s.band];
  const expected = s.band === 'GOOD'
    ? clamp(subject.level + bent + trend(Math.round((s.fromDay + s.toDay) / 2)), lo, hi)
    : r.float(lo, hi);
  const level = expected - kindBias;

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const scores = drafts.map((d) => {
      let target = level + KIND_BIAS[d.kind] + KIND_LEAN[d.kind] * gauss(r);
      if (d.kind === 'MASSES' && r.chance(HARSH_SHARE)) target -= r.float(HARSH_DROP[0], HARSH_DROP[1]);
      return criteria.map((criterion, i) => ({ criterion, score: Math.round(clamp(target + subject.criteria[i]! + SCORE_NOISE * gauss(r), 0, 100)) }));
    });
    const summary = summarize(round, h.tier, drafts.map((d, i) => ({ kind: d.kind, scores: scores[i]! })));
    if (summary.grade !== null && BAND_GRADES[s.band].includes(summary.grade)) return scores;
  }
  throw new Error(`demo data: no scores in ${MAX_ATTEMPTS} attempts give ${h.tier} ${h.subjectId} a ${s.band} grade in ${round.name}`);
}

function comment(r: Random, kind: EvaluatorKind, scores: readonly ScoreInput[]): string | null {
  if (!r.chance(COMMENT_SHARE[kind])) return null;
  const mean = scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
  const tone: CommentTone = mean >= 86 ? 'praise' : mean >= 75 ? 'neutral' : 'critical';
  return r.pick(COMMENTS[kind][tone]);
}

function newBallot(ctx: Context, r: Random, fields: Omit<SeedBallot, 'id' | 'code' | 'codeHash'>): SeedBallot {
  let normalized: string;
  do {
    let chars = '';
    for (let i = 0; i < BALLOT_DATA_LENGTH; i++) chars += BALLOT_ALPHABET[r.int(0, BALLOT_ALPHABET.length - 1)];
    normalized = chars + ballotCheckCharacter(chars);
  } while (ctx.usedCodes.has(normalized));
  ctx.usedCodes.add(normalized);
  // formatBallotCode's groups of four, without its normalising of typed input.
  const code = `${normalized.slice(0, 4)}-${normalized.slice(4, 8)}-${normalized.slice(8, 12)}-${normalized.slice(12)}`;
  const ballot: SeedBallot = { id: ctx.ids.ballot(), ...fields, code, codeHash: ctx.hash(normalized) };
  ctx.out.ballots.push(ballot);
  return ballot;
}
