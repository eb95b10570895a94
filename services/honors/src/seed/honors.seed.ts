import { createIdFactory, createRandom, type Random, type SeedData, type SeedUnit } from '@sfxd/seed';
import { OFFICIAL_HOLIDAY_SCHEDULES } from '../calendar/calendar.data.js';
import { WorkingCalendar, addWorkingDays } from '../calendar/calendar.rules.js';
import { campaignDefaults, type CampaignSettings } from '../campaign/campaign.defaults.js';
import { addDays, dateOf, dayNumber } from '../dates.js';
import {
  declaredHonor, roleMayPerform, transition, type HonorAction, type HonorEventRecord, type HonorStatus, type Role,
  type TransitionRequest,
} from '../honor/honor.machine.js';
import type { HonorTier } from '../honor/honor.tier.js';
import { checkIndustryNaming, quotaTarget } from '../quota/quota.rules.js';
import { DEFAULT_NOTE, FINDINGS, NOTES, OBJECTION_REASONS, type NoteKind } from './honors.seed.text.js';

/*
 * Demo data of the honors subgraph: the 2016 campaign of the plan and a smaller 2015 one, built on
 * the units, teams, members and industries of @sfxd/seed. Pure and deterministic like the seed
 * itself. Every honor's history is produced by replaying `transition`, so it is legal by
 * construction; the generator throws rather than emit a history the rules would refuse.
 */

/** The campaign the demo is about, and the earlier one kept for year-on-year comparison. */
export const HONORS_SEED_YEAR = 2016;
export const HONORS_SEED_PREVIOUS_YEAR = 2015;
/**
 * The demo's “today”: the last day of the 2016 campaign. Every record of both campaigns is as it
 * stands that evening, and `overdue` is meant against this day. (A running service compares with
 * the real date, for which every rectification still open in 2016 is long overdue.)
 */
export const HONORS_SEED_AS_OF = `${HONORS_SEED_YEAR}-12-31`;

/** The committee's staff, as the demo ADMIN token names them. */
export const COMMITTEE_ACTOR = 'demo-admin';
/** A unit's own administrator (UNIT_ADMIN), named after the unit's code: `unit-admin@U001`. */
export function unitAdminActor(unitCode: string): string {
  return `unit-admin@${unitCode}`;
}

export const FIRST_BATCH = '七一前首批';
export const SECOND_BATCH = '国庆前第二批';

export interface HonorsSeedOptions {
  /** Default 2016. The same data and seed always give identical output. */
  seed?: number;
}

export interface HonorsSeedCampaign extends CampaignSettings {
  id: string;
}

export interface HonorsSeedHonor {
  id: string;
  campaignId: string;
  tier: HonorTier;
  /** A member (POST), team (TEAM), unit (UNIT) or industry (INDUSTRY) of the seed data. */
  subjectId: string;
  /** The subject's unit; null for an industry. */
  unitId: string | null;
  /** The subject's unit's industry, or the industry itself. */
  industryId: string;
  status: HonorStatus;
  /** 1 at declaration, plus one per transition. */
  version: number;
  declaredOn: string;
  declaredBy: string;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  plaqueNumber: string | null;
  /**
   * The plaque's public verification code, for every honor ever named (a revoked plaque still
   * answers, saying so). Derived from the demo seed so the demo is reproducible: anyone holding
   * the seed can compute them. Real codes must come from a cryptographic random source.
   */
  verificationCode: string | null;
  namedOn: string | null;
  batch: string | null;
  rectificationDeadline: string | null;
}

export interface HonorsSeedEvent {
  id: string;
  honorId: string;
  action: HonorAction;
  fromStatus: HonorStatus;
  toStatus: HonorStatus;
  actor: string;
  actorRole: Role;
  /** ISO instant (UTC); the action's day is its date in Beijing. */
  at: string;
  note: string | null;
  /** The fields of the honor the action set, as `transition` reports them. */
  changes: HonorEventRecord['changes'];
}

export interface HonorsSeedObjection {
  id: string;
  honorId: string;
  reason: string;
  /** How the objector can be reached; most objectors leave none. */
  contact: string | null;
  lodgedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** true: upheld (the candidacy was then rejected); false: dismissed; null: still open. */
  upheld: boolean | null;
  finding: string | null;
}

export interface HonorsSeedLedgerSubmission {
  id: string;
  campaignId: string;
  unitId: string;
  submittedAt: string;
  submittedBy: string;
  /** Submitted (Beijing date) on or before the campaign's ledgerDueOn. */
  onTime: boolean;
  /** A later submission replacing the unit's earlier one, which is kept as history. */
  resubmission: boolean;
}

export interface HonorsSeed {
  asOf: string;
  campaigns: HonorsSeedCampaign[];
  honors: HonorsSeedHonor[];
  events: HonorsSeedEvent[];
  objections: HonorsSeedObjection[];
  ledgerSubmissions: HonorsSeedLedgerSubmission[];
  /** Participating units that had submitted no ledger by `asOf`. */
  missingLedgers: { campaignId: string; unitId: string }[];
}

/* ------------------------------------------------------------------------------------------------
 * Campaign profiles: what each year's demo looks like.
 */

/** Fates of candidacies that count as declared at the end (DECLARED … RECTIFYING). */
type CountingFate =
  | 'B1' | 'B2' | 'CONFIRMED' | 'PUBLICIZING' | 'MASS_REVIEW' | 'DECLARED'
  | 'OBJECTION_DISMISSED' | 'OBJECTION_OPEN' | 'RECT_PASSED' | 'RECT_OVERDUE' | 'RECT_OPEN';
/** Fates of candidacies that do not count at the end (REJECTED, WITHDRAWN, REVOKED). */
type EndedFate = 'REJECT_AT_REVIEW' | 'REJECT_DECLARED' | 'WITHDRAW' | 'OBJECTION_UPHELD' | 'RECT_FAILED' | 'REVOKED';
type Fate = CountingFate | EndedFate;

interface Profile {
  year: number;
  /** Share of participating units that declare anything. */
  declaringShare: number;
  /** Share of declaring units (among those that can fall short) below their post / team quota. */
  postShortShare: number;
  teamShortShare: number;
  /** Common fates of posts and teams, with weights. */
  counting: [CountingFate[], number[]];
  ended: [EndedFate[], number[]];
  /** Fates given to exactly one post or team each, so every case the committee meets is there. */
  featured: Fate[];
  /** Named units relative to the city's target (quotaTarget(unitRatio, participating units)). */
  namedUnitsOverTarget: number;
  /** Unit candidacies besides the named ones. */
  otherUnitFates: Fate[];
  namedIndustries: number;
  otherIndustryFates: Fate[];
  commendShare: number;
  ledgerMissingShare: number;
  ledgerLateShare: number;
  resubmissionShare: number;
}

const ENDED_COMMON: Profile['ended'] = [['REJECT_AT_REVIEW', 'WITHDRAW', 'REJECT_DECLARED'], [0.45, 0.45, 0.1]];

/**
 * 2016: every participating unit declares; about one in eight falls short of its post quota and
 * one in ten of its team quota; at year end candidacies stand in every status; the city names
 * one unit more than its 10% target and the maximum of three industries.
 */
const PROFILE_CURRENT: Profile = {
  year: HONORS_SEED_YEAR,
  declaringShare: 1,
  postShortShare: 0.12,
  teamShortShare: 0.1,
  counting: [['B1', 'B2', 'CONFIRMED', 'PUBLICIZING', 'MASS_REVIEW', 'DECLARED'], [0.4, 0.36, 0.06, 0.05, 0.07, 0.06]],
  ended: ENDED_COMMON,
  featured: [
    'OBJECTION_UPHELD', 'OBJECTION_DISMISSED', 'OBJECTION_OPEN',
    'RECT_PASSED', 'RECT_FAILED', 'RECT_OVERDUE', 'RECT_OPEN', 'REVOKED',
  ],
  namedUnitsOverTarget: 1,
  otherUnitFates: ['CONFIRMED', 'MASS_REVIEW', 'REJECT_AT_REVIEW', 'WITHDRAW'],
  namedIndustries: 3,
  otherIndustryFates: ['REJECT_AT_REVIEW'],
  commendShare: 0.05,
  ledgerMissingShare: 0.08,
  ledgerLateShare: 0.15,
  resubmissionShare: 0.1,
};

/**
 * 2015, the year before, for comparison: a third of the units never declared, many fell short,
 * every candidacy was settled by year end, the city named fewer units than its target
 * (deliberately short: the comparison should show 2016 doing better) and two industries.
 */
const PROFILE_PREVIOUS: Profile = {
  year: HONORS_SEED_PREVIOUS_YEAR,
  declaringShare: 0.65,
  postShortShare: 0.45,
  teamShortShare: 0.4,
  counting: [['B1', 'B2'], [0.45, 0.55]],
  ended: ENDED_COMMON,
  featured: ['OBJECTION_DISMISSED', 'RECT_PASSED', 'REVOKED'],
  namedUnitsOverTarget: -3,
  otherUnitFates: ['REJECT_AT_REVIEW'],
  namedIndustries: 2,
  otherIndustryFates: [],
  commendShare: 0.03,
  ledgerMissingShare: 0.25,
  ledgerLateShare: 0.25,
  resubmissionShare: 0.05,
};

const ENDED_FATES: ReadonlySet<Fate> = new Set<Fate>(['REJECT_AT_REVIEW', 'REJECT_DECLARED', 'WITHDRAW', 'OBJECTION_UPHELD', 'RECT_FAILED', 'REVOKED']);
const isEnded = (fate: Fate): boolean => ENDED_FATES.has(fate);

/* ------------------------------------------------------------------------------------------------
 * Working days.
 */

/**
 * The shipped calendar with each day's answer remembered. Thousands of steps ask about the same
 * few hundred days, and every fresh answer goes through Date objects; remembering them keeps the
 * generator quick enough to run at every start.
 */
class RememberingCalendar extends WorkingCalendar {
  readonly #answers = new Map<number, boolean>();
  override isWorkingDayNumber(day: number): boolean {
    let working = this.#answers.get(day);
    if (working === undefined) this.#answers.set(day, (working = super.isWorkingDayNumber(day)));
    return working;
  }
}

/**
 * Working-day lookups for the scripts. Each year's working days are listed once, in order, so a
 * random pick in a range is a binary search and one draw.
 */
class Days {
  readonly #years = new Map<number, string[]>();
  // Dates go back and forth between text and day numbers thousands of times, each time through
  // Date objects; a few hundred distinct days are involved, so both directions are remembered.
  readonly #numbers = new Map<string, number>();
  readonly #dates = new Map<number, string>();
  constructor(readonly calendar: WorkingCalendar) {}

  num(date: string): number {
    let n = this.#numbers.get(date);
    if (n === undefined) this.#numbers.set(date, (n = dayNumber(date)));
    return n;
  }
  date(n: number): string {
    let date = this.#dates.get(n);
    if (date === undefined) this.#dates.set(n, (date = dateOf(n)));
    return date;
  }
  plus(date: string, days: number): string {
    return this.date(this.num(date) + days);
  }

  #list(year: number): string[] {
    let list = this.#years.get(year);
    if (!list) {
      list = [];
      const last = this.num(`${year}-12-31`);
      for (let d = this.num(`${year}-01-01`); d <= last; d++) if (this.calendar.isWorkingDayNumber(d)) list.push(this.date(d));
      this.#years.set(year, list);
    }
    return list;
  }

  onOrAfter(date: string): string {
    let d = this.num(date);
    while (!this.calendar.isWorkingDayNumber(d)) d++;
    return this.date(d);
  }
  onOrBefore(date: string): string {
    let d = this.num(date);
    while (!this.calendar.isWorkingDayNumber(d)) d--;
    return this.date(d);
  }
  /** The first working day after `date`. */
  after(date: string): string {
    return this.onOrAfter(this.plus(date, 1));
  }
  /** The last working day before `date`. */
  before(date: string): string {
    return this.onOrBefore(this.plus(date, -1));
  }
  /** A random working day in [from, to], both in one year. */
  pick(r: Random, from: string, to: string): string {
    if (from.slice(0, 4) !== to.slice(0, 4)) throw new RangeError(`demo data: ${from}–${to} spans two years`);
    const list = this.#list(Number(from.slice(0, 4)));
    const lo = firstAbove(list, from, false);
    const hi = firstAbove(list, to, true);
    if (hi <= lo) throw new Error(`demo data: no working day from ${from} to ${to}`);
    return list[r.int(lo, hi - 1)]!;
  }
  /** A random calendar day in [from, to] (the masses object on weekends too). */
  pickAny(r: Random, from: string, to: string): string {
    return this.date(r.int(this.num(from), this.num(to)));
  }
}

/** Index of the first item of a sorted list above `value` (or equal to it, unless `strictly`). */
function firstAbove(list: readonly string[], value: string, strictly: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value || (strictly && list[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const laterOf = (a: string, b: string): string => (a > b ? a : b);
const earlierOf = (a: string, b: string): string => (a < b ? a : b);

/** A naming batch's timetable: when its candidacies are declared, reviewed, publicized and named. */
interface Batch {
  name: string;
  declareFrom: string;
  declareTo: string;
  reviewBy: string;
  publicityStartsOn: string;
  publicityEndsOn: string;
  nameOn: string;
}

/** A stage of the year-end pipeline (candidacies still under way on `asOf`). */
interface Stage {
  declareFrom: string;
  declareTo: string;
  reviewFrom: string;
  reviewBy: string;
}

interface CampaignContext {
  profile: Profile;
  settings: CampaignSettings;
  id: string;
  days: Days;
  batches: [Batch, Batch];
  /** Publicity windows of the year-end pipeline: confirmed in December, and still running. */
  lateWindows: { confirmed: string; publicizing: string };
  on: (monthDay: string) => string;
}

function batchTimetable(days: Days, settings: CampaignSettings, batch: Omit<Batch, 'publicityEndsOn'>): Batch {
  return { ...batch, publicityEndsOn: addWorkingDays(batch.publicityStartsOn, settings.publicityWorkingDays, days.calendar) };
}

/**
 * The two batches: the first declared right after the launch and named on the last working day
 * before 七一 (settings.firstBatchBy), the second declared over the summer and named before the
 * National Day holiday. Each batch's publicity opens on one day for all of its candidacies, as a
 * committee posts a batch's list at once.
 */
function campaignContext(profile: Profile, settings: CampaignSettings, id: string, days: Days): CampaignContext {
  const on = (monthDay: string) => `${settings.year}-${monthDay}`;
  const launch = settings.phases[0]!.startsOn;
  const first = batchTimetable(days, settings, {
    name: FIRST_BATCH,
    declareFrom: days.onOrAfter(launch),
    declareTo: days.onOrBefore(days.plus(launch, 8)),
    reviewBy: on('05-27'),
    publicityStartsOn: days.onOrAfter(on('06-01')),
    nameOn: days.before(settings.firstBatchBy),
  });
  const second = batchTimetable(days, settings, {
    name: SECOND_BATCH,
    declareFrom: days.after(first.declareTo),
    declareTo: on('08-12'),
    reviewBy: on('08-26'),
    publicityStartsOn: days.onOrAfter(on('09-05')),
    nameOn: days.onOrBefore(on('09-29')),
  });
  return {
    profile, settings, id, days, on,
    batches: [first, second],
    lateWindows: { confirmed: days.onOrAfter(on('11-14')), publicizing: days.onOrAfter(on('12-26')) },
  };
}

const STAGES = {
  CONFIRMED: { declareFrom: '09-01', declareTo: '10-14', reviewFrom: '09-02', reviewBy: '11-04' },
  PUBLICIZING: { declareFrom: '10-10', declareTo: '11-04', reviewFrom: '10-11', reviewBy: '12-09' },
  MASS_REVIEW: { declareFrom: '11-01', declareTo: '11-25', reviewFrom: '12-01', reviewBy: '12-23' },
  DECLARED: { declareFrom: '12-01', declareTo: '12-28', reviewFrom: '12-28', reviewBy: '12-28' },
} as const satisfies Record<string, Record<keyof Stage, string>>;

/* ------------------------------------------------------------------------------------------------
 * Scripts: what happens to one candidacy, day by day, before it is replayed.
 */

interface Actor {
  sub: string;
  role: Role;
}

const COMMITTEE: Actor = { sub: COMMITTEE_ACTOR, role: 'ADMIN' };

interface ObjectionDraft {
  id: string;
  reason: string;
  contact: string | null;
  upheld: boolean | null;
  finding: string | null;
  lodgedAt: string | null;
  resolvedAt: string | null;
}

type Step = { on: string; minute: number } & (
  | { kind: 'act'; actor: Actor; request: TransitionRequest }
  | { kind: 'lodge'; objection: ObjectionDraft }
  | { kind: 'resolve'; objection: ObjectionDraft }
);

interface Draft {
  id: string;
  campaign: CampaignContext;
  tier: HonorTier;
  subjectId: string;
  unitId: string | null;
  industryId: string;
  declaredBy: Actor;
  declaredOn: string;
  fate: Fate;
  steps: Step[];
  objections: ObjectionDraft[];
}

const PLAQUE_PENDING = '(assigned in naming order)';

/** Builds one candidacy's steps in time order; office hours for staff, any hour for the masses. */
class Script {
  #lastDay = '';
  #lastMinute = 0;
  constructor(readonly draft: Draft, readonly r: Random) {}

  get c(): CampaignContext {
    return this.draft.campaign;
  }

  #time(on: string, from: number, to: number): number {
    if (on < this.#lastDay) throw new Error(`demo data: a step on ${on} after one on ${this.#lastDay}`);
    const minute = on === this.#lastDay ? this.#lastMinute + this.r.int(3, 40) : this.r.int(from, to);
    this.#lastDay = on;
    this.#lastMinute = minute;
    return minute;
  }

  note(kind: NoteKind): string {
    return this.r.pick(NOTES[kind]);
  }

  declare(from: string, to: string): string {
    const on = this.c.days.pick(this.r, from, to);
    this.draft.declaredOn = on;
    this.#time(on, 8 * 60 + 30, 16 * 60);
    return on;
  }

  act(on: string, action: HonorAction, inputs: Omit<TransitionRequest, 'action' | 'note'> = {}, noteKind?: NoteKind, actor = COMMITTEE): void {
    const kind = noteKind ?? DEFAULT_NOTE[action];
    const request: TransitionRequest = { action, note: kind ? this.note(kind) : null, ...inputs };
    this.draft.steps.push({ kind: 'act', on, minute: this.#time(on, 8 * 60 + 30, 17 * 60 + 30), actor, request });
  }

  lodge(on: string): ObjectionDraft {
    const objection: ObjectionDraft = {
      id: '', reason: this.r.pick(OBJECTION_REASONS), contact: this.r.chance(0.3) ? mobile(this.r) : null,
      upheld: null, finding: null, lodgedAt: null, resolvedAt: null,
    };
    this.draft.objections.push(objection);
    this.draft.steps.push({ kind: 'lodge', on, minute: this.#time(on, 7 * 60, 22 * 60), objection });
    return objection;
  }

  resolve(on: string, objection: ObjectionDraft, upheld: boolean): void {
    objection.upheld = upheld;
    objection.finding = this.r.pick(upheld ? FINDINGS.upheld : FINDINGS.dismissed);
    this.draft.steps.push({ kind: 'resolve', on, minute: this.#time(on, 8 * 60 + 30, 17 * 60 + 30), objection });
  }

  /** Declared in the window, mass review begun on a later working day in [reviewFrom, reviewBy]. */
  review(stage: Stage): string {
    const declared = this.declare(stage.declareFrom, stage.declareTo);
    const on = this.c.days.pick(this.r, laterOf(this.c.days.after(declared), stage.reviewFrom), stage.reviewBy);
    this.act(on, 'START_MASS_REVIEW');
    return on;
  }

  reviewFor(batch: Batch): string {
    return this.review({ declareFrom: batch.declareFrom, declareTo: batch.declareTo, reviewFrom: batch.declareFrom, reviewBy: batch.reviewBy });
  }

  publicize(startsOn: string): void {
    this.act(startsOn, 'PUBLICIZE', { publicityStartsOn: startsOn });
  }

  /** Declared, reviewed, publicized, confirmed and named with `batch`; returns the naming day. */
  named(batch: Batch, objection: 'none' | 'dismissed' = 'none'): string {
    const { days } = this.c;
    this.reviewFor(batch);
    this.publicize(batch.publicityStartsOn);
    let confirmFrom = days.after(batch.publicityEndsOn);
    const lastConfirm = days.before(batch.nameOn);
    if (objection === 'dismissed') {
      const lodged = this.c.days.pickAny(this.r, batch.publicityStartsOn, batch.publicityEndsOn);
      const o = this.lodge(lodged);
      const resolved = days.pick(this.r, days.after(lodged), earlierOf(days.after(confirmFrom), lastConfirm));
      this.resolve(resolved, o, false);
      confirmFrom = laterOf(confirmFrom, resolved);
    }
    this.act(days.pick(this.r, confirmFrom, lastConfirm), 'CONFIRM', {}, objection === 'dismissed' ? 'CONFIRM_AFTER_OBJECTION' : 'CONFIRM');
    this.act(batch.nameOn, 'NAME', { plaqueNumber: PLAQUE_PENDING, batch: batch.name });
    return batch.nameOn;
  }

  rectify(orderedOn: string, deadline: string, outcome: 'PASS_RECTIFICATION' | 'FAIL_RECTIFICATION' | null, outcomeOn?: string): void {
    this.act(this.c.days.onOrAfter(orderedOn), 'ORDER_RECTIFICATION', { deadline });
    if (outcome) this.act(this.c.days.onOrAfter(outcomeOn!), outcome);
  }
}

function stage(c: CampaignContext, s: (typeof STAGES)[keyof typeof STAGES]): Stage {
  return { declareFrom: c.on(s.declareFrom), declareTo: c.on(s.declareTo), reviewFrom: c.on(s.reviewFrom), reviewBy: c.on(s.reviewBy) };
}

/** Writes the steps of `fate` into the script; `commend` adds a December commendation to a plain naming. */
function writeFate(s: Script, fate: Fate, commend: boolean): void {
  const { c, r } = s;
  const { days, on } = c;
  const [first, second] = c.batches;
  const anyBatch = (): Batch => (r.chance(0.5) ? first : second);
  const unitActor = s.draft.declaredBy;
  switch (fate) {
    case 'B1':
    case 'B2':
    case 'OBJECTION_DISMISSED':
      s.named(fate === 'B1' ? first : fate === 'B2' ? second : anyBatch(), fate === 'OBJECTION_DISMISSED' ? 'dismissed' : 'none');
      if (commend) s.act(days.pick(r, on('12-01'), on('12-23')), 'COMMEND');
      return;
    case 'CONFIRMED': {
      s.review(stage(c, STAGES.CONFIRMED));
      s.publicize(c.lateWindows.confirmed);
      const ends = addWorkingDays(c.lateWindows.confirmed, c.settings.publicityWorkingDays, days.calendar);
      s.act(days.pick(r, days.after(ends), on('12-23')), 'CONFIRM');
      return;
    }
    case 'PUBLICIZING':
    case 'OBJECTION_OPEN': {
      s.review(stage(c, STAGES.PUBLICIZING));
      const start = c.lateWindows.publicizing;
      s.publicize(start);
      if (fate === 'OBJECTION_OPEN') {
        const ends = addWorkingDays(start, c.settings.publicityWorkingDays, days.calendar);
        s.lodge(days.pickAny(r, start, earlierOf(ends, HONORS_SEED_AS_OF)));
      }
      return;
    }
    case 'MASS_REVIEW':
      s.review(stage(c, STAGES.MASS_REVIEW));
      return;
    case 'DECLARED': {
      const st = stage(c, STAGES.DECLARED);
      s.declare(st.declareFrom, st.declareTo);
      return;
    }
    case 'REJECT_AT_REVIEW': {
      const batch = anyBatch();
      const reviewed = s.reviewFor(batch);
      s.act(days.pick(r, days.after(reviewed), days.before(batch.publicityStartsOn)), 'REJECT', {}, s.draft.tier === 'INDUSTRY' ? 'REJECT_INDUSTRY' : 'REJECT_AT_REVIEW');
      return;
    }
    case 'REJECT_DECLARED': {
      const batch = anyBatch();
      const declared = s.declare(batch.declareFrom, batch.declareTo);
      s.act(days.pick(r, days.after(declared), batch.reviewBy), 'REJECT', {}, 'REJECT_DECLARED');
      return;
    }
    case 'WITHDRAW': {
      const batch = anyBatch();
      // A unit takes its own candidacy back, before or during the mass review.
      const since = r.chance(0.5) ? s.declare(batch.declareFrom, batch.declareTo) : s.reviewFor(batch);
      s.act(days.pick(r, days.after(since), days.before(batch.publicityStartsOn)), 'WITHDRAW', {}, 'WITHDRAW', unitActor);
      return;
    }
    case 'OBJECTION_UPHELD': {
      s.reviewFor(second);
      s.publicize(second.publicityStartsOn);
      const lodged = days.pickAny(r, second.publicityStartsOn, second.publicityEndsOn);
      const o = s.lodge(lodged);
      const resolved = days.pick(r, days.after(lodged), days.after(second.publicityEndsOn));
      s.resolve(resolved, o, true);
      s.act(resolved, 'REJECT', {}, 'REJECT_UPHELD');
      return;
    }
    case 'RECT_PASSED':
      s.named(first);
      s.rectify(on('08-22'), on('10-31'), 'PASS_RECTIFICATION', on('10-24'));
      if (commend) s.act(days.pick(r, on('12-01'), on('12-23')), 'COMMEND');
      return;
    case 'RECT_FAILED':
      s.named(first);
      s.rectify(on('08-15'), on('09-30'), 'FAIL_RECTIFICATION', on('10-10'));
      return;
    case 'RECT_OVERDUE':
      // Ordered in October with a 30 November deadline and no result by 31 December: overdue.
      s.named(second);
      s.rectify(on('10-20'), on('11-30'), null);
      return;
    case 'RECT_OPEN':
      // Ordered in December with a deadline next January: still in time on the demo's today.
      s.named(second);
      s.rectify(on('12-08'), `${c.settings.year + 1}-01-31`, null);
      return;
    case 'REVOKED':
      s.named(first);
      s.act(days.onOrAfter(on('11-15')), 'REVOKE');
  }
}

const MOBILE_PREFIXES = ['135', '137', '139', '150', '158', '182', '187', '189'];

function mobile(r: Random): string {
  return r.pick(MOBILE_PREFIXES) + String(r.int(0, 99_999_999)).padStart(8, '0');
}

/* ------------------------------------------------------------------------------------------------
 * Planning: which subjects each unit declares, and what becomes of each candidacy.
 */

interface UnitFacts {
  unit: SeedUnit;
  memberIds: string[];
  /** Members who had been full members for a year when the campaign began. */
  eligibleMemberIds: string[];
  teamIds: string[];
}

function indexUnits(data: SeedData, launch: string): UnitFacts[] {
  const byUnit = new Map<string, UnitFacts>(data.units.map((unit) => [unit.id, { unit, memberIds: [], eligibleMemberIds: [], teamIds: [] }]));
  const joinedBy = addDays(launch, -366);
  for (const m of data.members) {
    const f = byUnit.get(m.unitId);
    if (!f) continue;
    f.memberIds.push(m.id);
    if (m.status === 'FULL' && m.joinedPartyOn <= joinedBy) f.eligibleMemberIds.push(m.id);
  }
  for (const t of data.teams) byUnit.get(t.unitId)?.teamIds.push(t.id);
  return [...byUnit.values()];
}

interface Planned {
  tier: HonorTier;
  subjectId: string;
  unit: SeedUnit | null;
  industryId: string;
  ended: boolean;
  fate?: Fate;
}

/** How many live (counting) candidacies a unit declares for a target: on it or above, or short of it. */
function liveCount(r: Random, target: number, available: number, short: boolean): number {
  const wanted = short ? Math.max(target > 1 ? 1 : 0, target - r.int(1, 2)) : target + r.weighted([0, 1, 2], [0.55, 0.3, 0.15]);
  return Math.min(available, wanted);
}

function planCampaign(c: CampaignContext, data: SeedData, r: Random): Planned[] {
  const { profile, settings } = c;
  const facts = indexUnits(data, settings.phases[0]!.startsOn);
  const participating = facts.filter((f) => !f.unit.excluded);
  const declaring = profile.declaringShare >= 1
    ? participating
    : r.sample(participating, Math.round(participating.length * profile.declaringShare)).sort((a, b) => participating.indexOf(a) - participating.indexOf(b));

  // Only a unit whose target is above 1 can fall short and still declare a post.
  const postTarget = (f: UnitFacts) => quotaTarget(settings.postRatio, f.memberIds.length);
  const teamTarget = (f: UnitFacts) => quotaTarget(settings.teamRatio, f.teamIds.length);
  const canFallShort = declaring.filter((f) => postTarget(f) > 1);
  const postShort = new Set(r.sample(canFallShort, Math.max(canFallShort.length > 0 ? 1 : 0, Math.round(declaring.length * profile.postShortShare))));
  const teamShort = new Set(r.sample(declaring, Math.max(declaring.length > 0 ? 1 : 0, Math.round(declaring.length * profile.teamShortShare))));

  const planned: Planned[] = [];
  const attainsBoth: UnitFacts[] = [];
  /** Eligible members a unit did not declare, for ended candidacies the featured fates may still need. */
  const spare: { unit: SeedUnit; memberIds: string[] }[] = [];
  for (const f of declaring) {
    const industryId = f.unit.industryId;
    const members = r.shuffle(f.eligibleMemberIds.slice());
    const teams = r.shuffle(f.teamIds.slice());
    const livePosts = liveCount(r, postTarget(f), members.length, postShort.has(f));
    const liveTeams = liveCount(r, teamTarget(f), teams.length, teamShort.has(f));
    const endedPosts = Math.min(members.length - livePosts, r.chance(0.3) ? 1 : 0);
    const endedTeams = Math.min(teams.length - liveTeams, r.chance(0.08) ? 1 : 0);
    members.slice(0, livePosts + endedPosts).forEach((id, i) => planned.push({ tier: 'POST', subjectId: id, unit: f.unit, industryId, ended: i >= livePosts }));
    teams.slice(0, liveTeams + endedTeams).forEach((id, i) => planned.push({ tier: 'TEAM', subjectId: id, unit: f.unit, industryId, ended: i >= liveTeams }));
    spare.push({ unit: f.unit, memberIds: members.slice(livePosts + endedPosts) });
    if (livePosts >= postTarget(f) && liveTeams >= teamTarget(f)) attainsBoth.push(f);
  }
  // Small data sets may have fewer ended candidacies than the featured fates that end one; more are
  // added (they change no unit's count), so every case still appears whenever a member is left.
  const endedNeeded = profile.featured.filter(isEnded).length - planned.filter((p) => p.ended).length;
  for (let k = 0; k < endedNeeded; k++) {
    const withSpare = spare.filter((s) => s.memberIds.length > 0);
    if (withSpare.length === 0) break;
    const s = r.pick(withSpare);
    planned.push({ tier: 'POST', subjectId: s.memberIds.pop()!, unit: s.unit, industryId: s.unit.industryId, ended: true });
  }

  // 示范单位 are chosen among units attaining both their quotas, as the plan builds them on their teams.
  const unitTarget = quotaTarget(settings.unitRatio, participating.length);
  const namedUnits = Math.max(1, unitTarget + profile.namedUnitsOverTarget);
  const unitFates: Fate[] = [...Array.from({ length: namedUnits }, (_, i): Fate => (i % 2 === 0 ? 'B1' : 'B2')), ...profile.otherUnitFates];
  const unitCandidates = r.sample(attainsBoth, unitFates.length);
  const namedUnitsByIndustry = new Map<string, number>();
  unitCandidates.forEach((f, i) => {
    const fate = unitFates[i]!;
    planned.push({ tier: 'UNIT', subjectId: f.unit.id, unit: f.unit, industryId: f.unit.industryId, ended: isEnded(fate), fate });
    if (fate === 'B1' || fate === 'B2') namedUnitsByIndustry.set(f.unit.industryId, (namedUnitsByIndustry.get(f.unit.industryId) ?? 0) + 1);
  });

  // 示范行业: industries none of whose units is excluded, those with the most named units first.
  const unitsOfIndustry = new Map<string, SeedUnit[]>();
  for (const u of data.units) unitsOfIndustry.set(u.industryId, [...(unitsOfIndustry.get(u.industryId) ?? []), u]);
  const industries = r.shuffle(data.industries.filter((i) => {
    const units = unitsOfIndustry.get(i.id) ?? [];
    return units.length > 0 && units.every((u) => !u.excluded);
  }));
  industries.sort((a, b) => (namedUnitsByIndustry.get(b.id) ?? 0) - (namedUnitsByIndustry.get(a.id) ?? 0));
  const industryFates: Fate[] = [...Array.from({ length: profile.namedIndustries }, (_, i): Fate => (i === 0 ? 'B1' : 'B2')), ...profile.otherIndustryFates];
  industries.slice(0, industryFates.length).forEach((industry, i) => {
    const fate = industryFates[i]!;
    planned.push({ tier: 'INDUSTRY', subjectId: industry.id, unit: null, industryId: industry.id, ended: isEnded(fate), fate });
  });

  // Posts and teams: the featured fates first, each on one candidacy whose counting it keeps.
  const pool = planned.filter((p) => p.tier === 'POST' || p.tier === 'TEAM');
  const open = { live: r.shuffle(pool.filter((p) => !p.ended)), ended: r.shuffle(pool.filter((p) => p.ended)) };
  for (const fate of profile.featured) {
    const candidate = (isEnded(fate) ? open.ended : open.live).pop();
    if (candidate) candidate.fate = fate;
  }
  for (const p of pool) {
    if (p.fate) continue;
    const [fates, weights] = p.ended ? profile.ended : profile.counting;
    p.fate = r.weighted(fates, weights);
  }
  return planned;
}

/* ------------------------------------------------------------------------------------------------
 * Replay and assembly.
 */

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The instant of `minute` past midnight in Beijing on `date`, as an ISO string in UTC. */
function instant(date: string, minute: number): string {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + minute * 60_000 - BEIJING_OFFSET_MS;
  return new Date(ms).toISOString();
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;

/**
 * Generates the demo data of both campaigns for `data` (normally `generateSeed(SCALES.city)`).
 * Pure and deterministic: the same data and options give identical output.
 */
export function generateHonorsSeed(data: SeedData, options: HonorsSeedOptions = {}): HonorsSeed {
  const seed = options.seed ?? 2016;
  const root = createRandom(seed).fork('honors');
  // The seed's id factory guarantees that distinct kinds and counters never collide; the honors
  // records borrow its five counters, one each, from a factory keyed by this generator's own fork.
  const ids = createIdFactory(root.fork('ids'));
  const nextId = {
    campaign: () => ids('industry'),
    honor: () => ids('unit'),
    event: () => ids('team'),
    objection: () => ids('member'),
    ledger: () => ids('activity'),
  };
  const calendar = new RememberingCalendar(OFFICIAL_HOLIDAY_SCHEDULES);
  const days = new Days(calendar);
  const unitCode = new Map(data.units.map((u) => [u.id, u.code]));

  const out: HonorsSeed = { asOf: HONORS_SEED_AS_OF, campaigns: [], honors: [], events: [], objections: [], ledgerSubmissions: [], missingLedgers: [] };

  for (const profile of [PROFILE_PREVIOUS, PROFILE_CURRENT]) {
    const r = root.fork(`campaign:${profile.year}`);
    const settings = campaignDefaults(profile.year);
    const c = campaignContext(profile, settings, nextId.campaign(), days);
    out.campaigns.push({ id: c.id, ...settings });

    const planned = planCampaign(c, data, r.fork('plan'));

    const scriptRandom = r.fork('scripts');
    const drafts: Draft[] = planned.map((p) => {
      const declaredBy: Actor = p.unit ? { sub: unitAdminActor(p.unit.code), role: 'UNIT_ADMIN' } : COMMITTEE;
      const draft: Draft = {
        id: nextId.honor(), campaign: c, tier: p.tier, subjectId: p.subjectId, unitId: p.unit?.id ?? null, industryId: p.industryId,
        declaredBy, declaredOn: '', fate: p.fate!, steps: [], objections: [],
      };
      const commendable = COMMENDABLE.has(p.fate!);
      const script = new Script(draft, scriptRandom);
      writeFate(script, draft.fate, commendable && scriptRandom.chance(profile.commendShare));
      for (const o of draft.objections) o.id = nextId.objection();
      return draft;
    });

    ensureCommendation(drafts, r.fork('commendation'));
    assignPlaqueNumbers(c, drafts);
    for (const draft of drafts) replay(draft, out, nextId.event);
    writeLedgers(c, data, r.fork('ledgers'), out, nextId.ledger, unitCode);
  }

  assignVerificationCodes(out.honors, root.fork('codes'));
  return out;
}

/** Fates that end NAMED after a plain history, which a December commendation may follow. */
const COMMENDABLE: ReadonlySet<Fate> = new Set<Fate>(['B1', 'B2', 'OBJECTION_DISMISSED', 'RECT_PASSED']);

/**
 * Every campaign commends at least one named honor (表彰奖励), so that the dynamic-management
 * figures show every action even where the random share gave none (a small data set). With its
 * own random fork, and only when none was drawn: data that has a commendation stays as it was.
 */
function ensureCommendation(drafts: Draft[], r: Random): void {
  if (drafts.some((d) => d.steps.some((step) => step.kind === 'act' && step.request.action === 'COMMEND'))) return;
  const named = drafts.filter((d) => COMMENDABLE.has(d.fate));
  if (named.length === 0) return;
  const draft = r.pick(named);
  const { days, on } = draft.campaign;
  // Every commendable history ends by late October; December is after its last step.
  new Script(draft, r).act(days.pick(r, on('12-01'), on('12-23')), 'COMMEND');
}

/**
 * Plaque numbers in naming order, per tier (`BZ2016-POST-0001`, …), unique in the campaign; and
 * the industry ceiling checked at each naming, as the service will check it.
 */
function assignPlaqueNumbers(c: CampaignContext, drafts: Draft[]): void {
  const namings: { draft: Draft; step: Extract<Step, { kind: 'act' }>; order: number }[] = [];
  drafts.forEach((draft, order) => {
    for (const step of draft.steps) if (step.kind === 'act' && step.request.action === 'NAME') namings.push({ draft, step, order });
  });
  namings.sort((a, b) => (a.step.on < b.step.on ? -1 : a.step.on > b.step.on ? 1 : a.step.minute - b.step.minute || a.order - b.order));
  const next = new Map<HonorTier, number>();
  let industriesNamed = 0;
  for (const { draft, step } of namings) {
    if (draft.tier === 'INDUSTRY') {
      const refusal = checkIndustryNaming(industriesNamed, c.settings);
      if (refusal) throw new Error(`demo data: ${refusal.message}`);
      industriesNamed += 1;
    }
    const n = (next.get(draft.tier) ?? 0) + 1;
    next.set(draft.tier, n);
    step.request = { ...step.request, plaqueNumber: `BZ${c.settings.year}-${draft.tier}-${String(n).padStart(4, '0')}` };
  }
}

/** Runs a candidacy's steps through the state machine and records the honor, its events and objections. */
function replay(draft: Draft, out: HonorsSeed, nextEventId: () => string): void {
  const c = draft.campaign;
  let state = declaredHonor();
  let version = 1;
  for (const step of draft.steps) {
    const at = instant(step.on, step.minute);
    if (step.kind === 'lodge') {
      if (state.status !== 'PUBLICIZING') throw new Error(`demo data: an objection lodged against a ${state.status} honor`);
      state = { ...state, openObjections: state.openObjections + 1 };
      step.objection.lodgedAt = at;
      continue;
    }
    if (step.kind === 'resolve') {
      if (step.objection.lodgedAt == null) throw new Error('demo data: an objection resolved before it was lodged');
      state = { ...state, openObjections: state.openObjections - 1 };
      step.objection.resolvedAt = at;
      continue;
    }
    const { action } = step.request;
    if (!roleMayPerform(step.actor.role, action)) throw new Error(`demo data: ${step.actor.role} may not ${action}`);
    const result = transition(state, step.request, {
      today: step.on, calendar: c.days.calendar, publicityWorkingDays: c.settings.publicityWorkingDays, campaignYear: c.settings.year,
    });
    if (!result.ok) throw new Error(`demo data breaks the rules (${draft.fate}, ${action} on ${step.on}): ${result.refusal.message}`);
    out.events.push({
      id: nextEventId(), honorId: draft.id, action, fromStatus: result.event.fromStatus, toStatus: result.event.toStatus,
      actor: step.actor.sub, actorRole: step.actor.role, at, note: result.event.note, changes: result.event.changes,
    });
    state = result.state;
    version += 1;
  }
  out.honors.push({
    id: draft.id, campaignId: c.id, tier: draft.tier, subjectId: draft.subjectId, unitId: draft.unitId, industryId: draft.industryId,
    status: state.status, version, declaredOn: draft.declaredOn, declaredBy: draft.declaredBy.sub,
    publicityStartsOn: state.publicityStartsOn, publicityEndsOn: state.publicityEndsOn, plaqueNumber: state.plaqueNumber,
    verificationCode: null, namedOn: state.namedOn, batch: state.batch, rectificationDeadline: state.rectificationDeadline,
  });
  for (const o of draft.objections) {
    out.objections.push({
      id: o.id, honorId: draft.id, reason: o.reason, contact: o.contact, lodgedAt: o.lodgedAt!, resolvedAt: o.resolvedAt,
      resolvedBy: o.resolvedAt ? COMMITTEE_ACTOR : null, upheld: o.resolvedAt ? o.upheld : null, finding: o.resolvedAt ? o.finding : null,
    });
  }
}

function assignVerificationCodes(honors: HonorsSeedHonor[], r: Random): void {
  const used = new Set<string>();
  for (const h of honors) {
    if (h.namedOn == null) continue;
    let code: string;
    do {
      code = '';
      for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[r.int(0, CODE_ALPHABET.length - 1)];
    } while (used.has(code));
    used.add(code);
    h.verificationCode = code;
  }
}

/**
 * Ledgers (台账) of the participating units: most on time (1–20 June), some late (by the end of
 * July), some never; a few units resubmit later in the year, keeping the first as history.
 */
function writeLedgers(c: CampaignContext, data: SeedData, r: Random, out: HonorsSeed, nextId: () => string, unitCode: Map<string, string>): void {
  const { days, on, settings, profile } = c;
  const participating = r.shuffle(data.units.filter((u) => !u.excluded));
  const n = participating.length;
  const atLeastOne = (share: number) => Math.max(n > 2 ? 1 : 0, Math.round(n * share));
  const missing = participating.slice(0, atLeastOne(profile.ledgerMissingShare));
  const late = new Set(participating.slice(missing.length, missing.length + atLeastOne(profile.ledgerLateShare)));
  const submitting = participating.slice(missing.length);
  const order = new Map(data.units.map((u, i) => [u.id, i]));
  submitting.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  missing.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const submit = (unit: SeedUnit, day: string, resubmission: boolean) => out.ledgerSubmissions.push({
    id: nextId(), campaignId: c.id, unitId: unit.id, submittedAt: instant(day, r.int(8 * 60 + 30, 17 * 60 + 30)),
    submittedBy: unitAdminActor(unitCode.get(unit.id)!), onTime: day <= settings.ledgerDueOn, resubmission,
  });
  for (const unit of submitting) {
    const first = late.has(unit) ? days.pick(r, days.after(settings.ledgerDueOn), on('07-29')) : days.pick(r, on('06-01'), settings.ledgerDueOn);
    submit(unit, first, false);
    if (r.chance(profile.resubmissionShare)) submit(unit, days.pick(r, days.after(first), on('11-30')), true);
  }
  for (const unit of missing) out.missingLedgers.push({ campaignId: c.id, unitId: unit.id });
}
