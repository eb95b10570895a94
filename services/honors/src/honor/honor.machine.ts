import { dayNumber, isIsoDate, yearOf } from '../dates.js';
import { NoHolidayScheduleError, addWorkingDays, type WorkingCalendar } from '../calendar/calendar.rules.js';

/*
 * The naming procedure and the dynamic management of DESIGN.md §2 as one pure function: the
 * honor as stored, an action with its inputs and the day it happens → the honor as it must be
 * stored next and the event to record, or the refusal to answer. The service adds what needs the
 * database (who may touch which unit, versions, unique plaque numbers, the industry ceiling).
 */

export const HONOR_STATUSES = [
  'DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING', 'REVOKED', 'REJECTED', 'WITHDRAWN',
] as const;
export type HonorStatus = (typeof HONOR_STATUSES)[number];

export const HONOR_ACTIONS = [
  'START_MASS_REVIEW', 'PUBLICIZE', 'CONFIRM', 'NAME', 'REJECT', 'WITHDRAW',
  'COMMEND', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE',
] as const;
export type HonorAction = (typeof HONOR_ACTIONS)[number];

export type Role = 'ADMIN' | 'UNIT_ADMIN' | 'LEADER' | 'INTEGRATOR';

/**
 * Every transition there is: action → (status it is allowed from → status it leads to). Any
 * pair not listed is ILLEGAL_TRANSITION. A CONFIRMED candidacy cannot be withdrawn: the
 * committee has decided on it (组织确定), so only the committee can still stop it, by REJECT.
 */
export const TRANSITIONS: Readonly<Record<HonorAction, Readonly<Partial<Record<HonorStatus, HonorStatus>>>>> = Object.freeze({
  START_MASS_REVIEW: { DECLARED: 'MASS_REVIEW' },
  PUBLICIZE: { MASS_REVIEW: 'PUBLICIZING' },
  CONFIRM: { PUBLICIZING: 'CONFIRMED' },
  NAME: { CONFIRMED: 'NAMED' },
  REJECT: { DECLARED: 'REJECTED', MASS_REVIEW: 'REJECTED', PUBLICIZING: 'REJECTED', CONFIRMED: 'REJECTED' },
  WITHDRAW: { DECLARED: 'WITHDRAWN', MASS_REVIEW: 'WITHDRAWN', PUBLICIZING: 'WITHDRAWN' },
  COMMEND: { NAMED: 'NAMED' },
  ORDER_RECTIFICATION: { NAMED: 'RECTIFYING' },
  PASS_RECTIFICATION: { RECTIFYING: 'NAMED' },
  FAIL_RECTIFICATION: { RECTIFYING: 'REVOKED' },
  REVOKE: { NAMED: 'REVOKED', RECTIFYING: 'REVOKED' },
});

/**
 * Who may take each action (the service also checks that a UNIT_ADMIN's honor is its own
 * unit's). The committee (ADMIN) runs the procedure and manages named honors; a unit may only
 * withdraw its own candidacy before the committee confirms it. LEADER and INTEGRATOR only read.
 */
export const ACTION_ROLES: Readonly<Record<HonorAction, readonly Role[]>> = Object.freeze({
  START_MASS_REVIEW: ['ADMIN'],
  PUBLICIZE: ['ADMIN'],
  CONFIRM: ['ADMIN'],
  NAME: ['ADMIN'],
  REJECT: ['ADMIN'],
  WITHDRAW: ['ADMIN', 'UNIT_ADMIN'],
  COMMEND: ['ADMIN'],
  ORDER_RECTIFICATION: ['ADMIN'],
  PASS_RECTIFICATION: ['ADMIN'],
  FAIL_RECTIFICATION: ['ADMIN'],
  REVOKE: ['ADMIN'],
});

/** Counted as declared for the quotas (and “live”: one per subject and campaign). */
export const DECLARED_STATUSES: readonly HonorStatus[] = Object.freeze(['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING']);
/** Counted as named: a rectification does not take the name away, a revocation does. */
export const NAMED_STATUSES: readonly HonorStatus[] = Object.freeze(['NAMED', 'RECTIFYING']);
/** Nothing leads out of these. */
export const FINAL_STATUSES: readonly HonorStatus[] = Object.freeze(['REVOKED', 'REJECTED', 'WITHDRAWN']);

export function countsAsDeclared(status: HonorStatus): boolean {
  return DECLARED_STATUSES.includes(status);
}

export function countsAsNamed(status: HonorStatus): boolean {
  return NAMED_STATUSES.includes(status);
}

/** The honor as stored. `rectificationDeadline` is set exactly while RECTIFYING. */
export interface HonorState {
  status: HonorStatus;
  publicityStartsOn: string | null;
  publicityEndsOn: string | null;
  /** Objections lodged during publicity and not yet resolved. */
  openObjections: number;
  /**
   * Objections the committee found true (异议属实): the candidacy can no longer be confirmed,
   * only rejected (or withdrawn) — no transition happens by itself.
   */
  upheldObjections: number;
  rectificationDeadline: string | null;
  plaqueNumber: string | null;
  batch: string | null;
  namedOn: string | null;
}

/** A new candidacy, as `declareHonor` stores it. */
export function declaredHonor(): HonorState {
  return {
    status: 'DECLARED', publicityStartsOn: null, publicityEndsOn: null, openObjections: 0, upheldObjections: 0,
    rectificationDeadline: null, plaqueNumber: null, batch: null, namedOn: null,
  };
}

/** What `transitionHonor` sends besides the honor and its version. */
export interface TransitionRequest {
  action: HonorAction;
  note?: string | null;
  deadline?: string | null;
  publicityStartsOn?: string | null;
  plaqueNumber?: string | null;
  batch?: string | null;
}

/** What the rules need to know besides the honor: the day (Beijing's date) and the campaign. */
export interface TransitionContext {
  today: string;
  calendar: WorkingCalendar;
  publicityWorkingDays: number;
  campaignYear: number;
}

/** The event to record with the change (the service adds actor, time and ids). */
export interface HonorEventRecord {
  action: HonorAction;
  fromStatus: HonorStatus;
  toStatus: HonorStatus;
  note: string | null;
  on: string;
  /** The fields of the honor this action set, for the audit trail (a rectification's deadline…). */
  changes: Partial<Omit<HonorState, 'status' | 'openObjections' | 'upheldObjections'>>;
}

export type IllegalTransitionReason = 'WRONG_STATUS' | 'PUBLICITY_NOT_ENDED' | 'OPEN_OBJECTIONS' | 'UPHELD_OBJECTION';

export type Refusal =
  | {
      code: 'ILLEGAL_TRANSITION';
      reason: IllegalTransitionReason;
      status: HonorStatus;
      action: HonorAction;
      /** What can be done from the current status today, whoever asks. */
      allowedActions: HonorAction[];
      message: string;
    }
  | { code: 'BAD_USER_INPUT'; field: string; message: string };

export type TransitionResult = { ok: true; state: HonorState; event: HonorEventRecord } | { ok: false; refusal: Refusal };

export const NOTE_MAX = 500;
/** A reason of two characters (“失实”) says something; one does not. */
export const REQUIRED_NOTE_MIN = 2;
export const PLAQUE_NUMBER_MAX = 32;
export const BATCH_MAX = 40;
/** 限期整改: a deadline further than a year away is a typo, not a rectification. */
export const MAX_RECTIFICATION_DAYS = 366;

/** Actions whose note is their reason, which the event must carry. */
const NOTE_REQUIRED: ReadonlySet<HonorAction> = new Set(['REJECT', 'COMMEND', 'ORDER_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE']);

const STATUS_ZH: Record<HonorStatus, string> = {
  DECLARED: '已申报', MASS_REVIEW: '群众评议', PUBLICIZING: '公示中', CONFIRMED: '已确定', NAMED: '已命名',
  RECTIFYING: '限期整改', REVOKED: '已取消命名', REJECTED: '未通过', WITHDRAWN: '已撤回',
};

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function bad(field: string, message: string): TransitionResult {
  return { ok: false, refusal: { code: 'BAD_USER_INPUT', field, message } };
}

/**
 * A CONFIRM is allowed only once the window is over (the day after its end), no objection is
 * open and none was upheld (an upheld objection leaves the committee REJECT, DESIGN.md §2).
 */
function confirmBlocker(state: HonorState, today: string): IllegalTransitionReason | null {
  if (state.status !== 'PUBLICIZING') return null;
  if (state.publicityEndsOn == null) throw new TypeError('An honor in publicity has no publicityEndsOn: the stored honor is inconsistent');
  if (today <= state.publicityEndsOn) return 'PUBLICITY_NOT_ENDED';
  if (state.openObjections > 0) return 'OPEN_OBJECTIONS';
  if ((state.upheldObjections ?? 0) > 0) return 'UPHELD_OBJECTION';
  return null;
}

/** Actions possible from the honor's status today, whoever asks. */
export function availableActions(state: HonorState, today: string): HonorAction[] {
  return HONOR_ACTIONS.filter((a) => TRANSITIONS[a][state.status] !== undefined && (a !== 'CONFIRM' || confirmBlocker(state, today) === null));
}

/** The buttons to show `role` for this honor today. */
export function allowedActions(state: HonorState, role: Role, today: string): HonorAction[] {
  return availableActions(state, today).filter((a) => roleMayPerform(role, a));
}

export function roleMayPerform(role: Role, action: HonorAction): boolean {
  return ACTION_ROLES[action]?.includes(role) ?? false;
}

/** A rectification past its deadline with no result yet; the deadline day itself is still in time. */
export function overdue(state: HonorState, today: string): boolean {
  return state.status === 'RECTIFYING' && state.rectificationDeadline != null && today > state.rectificationDeadline;
}

function checkText(field: string, value: unknown, label: string, min: number, max: number): { text: string } | { problem: string } {
  if (typeof value !== 'string') return { problem: `${label}应为文字 (${field} must be text)` };
  const text = value.trim();
  if (text.length < min || text.length > max) return { problem: `${label}应为${min}–${max}个字 (${field} must be ${min}–${max} characters)` };
  if (CONTROL.test(text)) return { problem: `${label}含有控制字符 (${field} contains control characters)` };
  return { text };
}

/** The inputs each action takes; anything else sent with it is refused rather than dropped. */
const INPUTS: Record<HonorAction, ReadonlyArray<'deadline' | 'publicityStartsOn' | 'plaqueNumber' | 'batch'>> = {
  START_MASS_REVIEW: [], PUBLICIZE: ['publicityStartsOn'], CONFIRM: [], NAME: ['plaqueNumber', 'batch'], REJECT: [], WITHDRAW: [],
  COMMEND: [], ORDER_RECTIFICATION: ['deadline'], PASS_RECTIFICATION: [], FAIL_RECTIFICATION: [], REVOKE: [],
};

/**
 * The next state of the honor and the event to record, or the refusal. Checked in this order: the
 * action exists; it is allowed from the status (ILLEGAL_TRANSITION, naming the status and what is
 * allowed); CONFIRM's conditions (ILLEGAL_TRANSITION too: the request is sound, the honor is not
 * ready); then the inputs (BAD_USER_INPUT with the field). Nothing here reads the clock.
 */
export function transition(state: HonorState, request: TransitionRequest, context: TransitionContext): TransitionResult {
  const { today } = context;
  if (!isIsoDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD (got ${JSON.stringify(today)})`);
  const action = request?.action;
  if (!(HONOR_ACTIONS as readonly string[]).includes(action)) return bad('action', `未知操作 ${String(action)} (unknown action)`);

  const to = TRANSITIONS[action][state.status];
  if (to === undefined) {
    const allowed = availableActions(state, today);
    return {
      ok: false,
      refusal: {
        code: 'ILLEGAL_TRANSITION', reason: 'WRONG_STATUS', status: state.status, action, allowedActions: allowed,
        message: `${STATUS_ZH[state.status]}状态下不能执行${action}，可执行：${allowed.join('、') || '无'} (${action} is not allowed from ${state.status}; allowed: ${allowed.join(', ') || 'none'})`,
      },
    };
  }
  const blocker = action === 'CONFIRM' ? confirmBlocker(state, today) : null;
  if (blocker) {
    const message = {
      PUBLICITY_NOT_ENDED: `公示期至${state.publicityEndsOn}，公示结束后方可确定 (the publicity window ends on ${state.publicityEndsOn}; confirm after it has ended)`,
      OPEN_OBJECTIONS: `尚有${state.openObjections}条异议未处理，处理后方可确定 (${state.openObjections} objection(s) still open; resolve them first)`,
      UPHELD_OBJECTION: `有${state.upheldObjections}条异议经核实属实，不能确定，请作不予通过处理 (${state.upheldObjections} objection(s) upheld: the candidacy cannot be confirmed; reject it)`,
      WRONG_STATUS: '',
    }[blocker];
    return {
      ok: false,
      refusal: { code: 'ILLEGAL_TRANSITION', reason: blocker, status: state.status, action, allowedActions: availableActions(state, today), message },
    };
  }

  for (const field of ['deadline', 'publicityStartsOn', 'plaqueNumber', 'batch'] as const) {
    if (request[field] != null && !INPUTS[action].includes(field)) return bad(field, `${action}操作不接受${field} (${action} takes no ${field})`);
  }

  let note: string | null = null;
  const rawNote = request.note;
  if (rawNote == null || (typeof rawNote === 'string' && rawNote.trim() === '')) {
    if (NOTE_REQUIRED.has(action)) {
      return bad('note', action === 'ORDER_RECTIFICATION'
        ? '请填写整改原因 (note: the reason for the rectification is required)'
        : `请填写理由 (note: a reason is required for ${action})`);
    }
  } else {
    const min = NOTE_REQUIRED.has(action) ? REQUIRED_NOTE_MIN : 1;
    const checked = checkText('note', rawNote, action === 'ORDER_RECTIFICATION' ? '整改原因' : '说明', min, NOTE_MAX);
    if ('problem' in checked) return bad('note', checked.problem);
    note = checked.text;
  }

  const next: HonorState = { ...state, status: to };
  const changes: HonorEventRecord['changes'] = {};

  switch (action) {
    case 'PUBLICIZE': {
      const start = request.publicityStartsOn;
      if (start == null) return bad('publicityStartsOn', `请填写公示开始日期 (publicityStartsOn is required)`);
      if (!isIsoDate(start)) return bad('publicityStartsOn', '公示开始日期不是有效日期，应为 YYYY-MM-DD (not a valid date)');
      // A window opened in the past would leave the masses no time to object through the platform.
      if (start < today) return bad('publicityStartsOn', `公示开始日期不能早于今天（${today}） (publicity cannot start before today, ${today})`);
      if (yearOf(start) !== context.campaignYear) {
        return bad('publicityStartsOn', `公示开始日期应在${context.campaignYear}年度内 (publicity must start within the campaign's year ${context.campaignYear})`);
      }
      // The window is the campaign's: it ends within the campaign's year too, as a given end must.
      const pastTheYear = (into: number) => bad('publicityStartsOn',
        `公示期将延至${into}年，超出${context.campaignYear}年度，请提前开始公示 (the window would run into ${into}, past the campaign's year ${context.campaignYear}; start it earlier)`);
      let end: string;
      try {
        end = addWorkingDays(start, context.publicityWorkingDays, context.calendar);
      } catch (e) {
        if (e instanceof NoHolidayScheduleError) return e.year > context.campaignYear ? pastTheYear(e.year) : bad('publicityStartsOn', e.message);
        throw e;
      }
      if (yearOf(end) !== context.campaignYear) return pastTheYear(yearOf(end));
      changes.publicityStartsOn = next.publicityStartsOn = start;
      changes.publicityEndsOn = next.publicityEndsOn = end;
      break;
    }
    case 'NAME': {
      if (request.plaqueNumber == null) return bad('plaqueNumber', '请填写牌匾编号 (plaqueNumber is required)');
      const plaque = checkText('plaqueNumber', request.plaqueNumber, '牌匾编号', 1, PLAQUE_NUMBER_MAX);
      if ('problem' in plaque) return bad('plaqueNumber', plaque.problem);
      if (request.batch == null) return bad('batch', '请填写命名批次，如“七一前首批” (batch is required, e.g. 七一前首批)');
      const batch = checkText('batch', request.batch, '命名批次', 1, BATCH_MAX);
      if ('problem' in batch) return bad('batch', batch.problem);
      changes.plaqueNumber = next.plaqueNumber = plaque.text;
      changes.batch = next.batch = batch.text;
      changes.namedOn = next.namedOn = today;
      break;
    }
    case 'ORDER_RECTIFICATION': {
      const deadline = request.deadline;
      if (deadline == null) return bad('deadline', '请填写整改期限 (deadline is required)');
      if (!isIsoDate(deadline)) return bad('deadline', '整改期限不是有效日期，应为 YYYY-MM-DD (not a valid date)');
      if (deadline <= today) return bad('deadline', `整改期限应晚于今天（${today}） (the deadline must be after today, ${today})`);
      if (dayNumber(deadline) - dayNumber(today) > MAX_RECTIFICATION_DAYS) {
        return bad('deadline', `整改期限不应超过一年 (the deadline must be within ${MAX_RECTIFICATION_DAYS} days)`);
      }
      changes.rectificationDeadline = next.rectificationDeadline = deadline;
      break;
    }
    default:
      // Leaving RECTIFYING ends the rectification: the deadline stays on the ORDER_RECTIFICATION event.
      if (state.status === 'RECTIFYING' && to !== 'RECTIFYING') changes.rectificationDeadline = next.rectificationDeadline = null;
  }
  return { ok: true, state: next, event: { action, fromStatus: state.status, toStatus: to, note, on: today, changes } };
}
