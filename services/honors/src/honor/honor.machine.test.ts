import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAY_SCHEDULES } from '../calendar/calendar.data.js';
import { workingCalendar } from '../calendar/calendar.rules.js';
import {
  HONOR_ACTIONS, HONOR_STATUSES, allowedActions, countsAsDeclared, countsAsNamed, declaredHonor, overdue, transition,
  type HonorAction, type HonorState, type HonorStatus, type Refusal, type Role, type TransitionContext, type TransitionRequest,
} from './honor.machine.js';

const calendar = workingCalendar(OFFICIAL_HOLIDAY_SCHEDULES);
/** The day after a window opened on Friday 30 September 2016 has ended (it ends Tuesday 11 October). */
const TODAY = '2016-10-12';
const context = (today = TODAY, campaignYear = 2016): TransitionContext => ({ today, calendar, publicityWorkingDays: 5, campaignYear });

/** DESIGN.md §2, written out independently of the machine's own table. */
const EXPECTED: Record<HonorStatus, Partial<Record<HonorAction, HonorStatus>>> = {
  DECLARED: { START_MASS_REVIEW: 'MASS_REVIEW', REJECT: 'REJECTED', WITHDRAW: 'WITHDRAWN' },
  MASS_REVIEW: { PUBLICIZE: 'PUBLICIZING', REJECT: 'REJECTED', WITHDRAW: 'WITHDRAWN' },
  PUBLICIZING: { CONFIRM: 'CONFIRMED', REJECT: 'REJECTED', WITHDRAW: 'WITHDRAWN' },
  CONFIRMED: { NAME: 'NAMED', REJECT: 'REJECTED' },
  NAMED: { COMMEND: 'NAMED', ORDER_RECTIFICATION: 'RECTIFYING', REVOKE: 'REVOKED' },
  RECTIFYING: { PASS_RECTIFICATION: 'NAMED', FAIL_RECTIFICATION: 'REVOKED', REVOKE: 'REVOKED' },
  REVOKED: {},
  REJECTED: {},
  WITHDRAWN: {},
};

const WINDOW = { publicityStartsOn: '2016-09-30', publicityEndsOn: '2016-10-11' };
const PLAQUE = { plaqueNumber: 'SFG-2016-001', batch: '国庆后第二批', namedOn: '2016-10-12' };

/** A stored honor in `status`, consistent with how it got there. */
function honorIn(status: HonorStatus, change: Partial<HonorState> = {}): HonorState {
  const base = declaredHonor();
  const byStatus: Record<HonorStatus, Partial<HonorState>> = {
    DECLARED: {},
    MASS_REVIEW: {},
    PUBLICIZING: WINDOW,
    CONFIRMED: WINDOW,
    NAMED: { ...WINDOW, ...PLAQUE },
    RECTIFYING: { ...WINDOW, ...PLAQUE, rectificationDeadline: '2016-12-31' },
    REVOKED: { ...WINDOW, ...PLAQUE },
    REJECTED: {},
    WITHDRAWN: {},
  };
  return { ...base, ...byStatus[status], status, ...change };
}

/** A sound request for `action`: only the inputs it takes. */
function requestFor(action: HonorAction): TransitionRequest {
  switch (action) {
    case 'PUBLICIZE': return { action, publicityStartsOn: TODAY };
    case 'NAME': return { action, plaqueNumber: 'SFG-2016-002', batch: '国庆后第二批' };
    case 'ORDER_RECTIFICATION': return { action, note: '群众反映服务态度差', deadline: '2016-12-31' };
    case 'REJECT': case 'COMMEND': case 'FAIL_RECTIFICATION': case 'REVOKE': return { action, note: '经工委研究决定' };
    default: return { action };
  }
}

function refusalOf(state: HonorState, request: TransitionRequest, ctx = context()): Refusal {
  const result = transition(state, request, ctx);
  if (result.ok) throw new Error(`expected ${request.action} from ${state.status} to be refused`);
  return result.refusal;
}

function accepted(state: HonorState, request: TransitionRequest, ctx = context()) {
  const result = transition(state, request, ctx);
  if (!result.ok) throw new Error(`expected ${request.action} from ${state.status} to pass: ${result.refusal.message}`);
  return result;
}

describe('the naming procedure, every status against every action', () => {
  const cases = HONOR_STATUSES.flatMap((status) => HONOR_ACTIONS.map((action) => {
    const to = EXPECTED[status][action];
    return { status, action, to, outcome: to ? `leads to ${to}` : 'is refused as an illegal transition' };
  }));

  it('covers all 9 statuses × 11 actions', () => {
    expect(cases).toHaveLength(99);
  });

  it.each(cases)('$action from $status $outcome', ({ status, action, to }) => {
    const result = transition(honorIn(status), requestFor(action), context());
    if (to) {
      expect(result).toMatchObject({ ok: true, state: { status: to }, event: { action, fromStatus: status, toStatus: to, on: TODAY } });
    } else {
      expect(result).toEqual({
        ok: false,
        refusal: {
          code: 'ILLEGAL_TRANSITION', reason: 'WRONG_STATUS', status, action,
          allowedActions: HONOR_ACTIONS.filter((a) => EXPECTED[status][a] !== undefined),
          message: expect.stringContaining(`${action} is not allowed from ${status}`),
        },
      });
    }
  });
});

describe('naming a candidacy', () => {
  it('goes from declaration through mass review, publicity and confirmation to naming, recording each event', () => {
    const declared = declaredHonor();
    const review = accepted(declared, { action: 'START_MASS_REVIEW' }, context('2016-09-20'));
    const publicity = accepted(review.state, { action: 'PUBLICIZE', publicityStartsOn: '2016-09-30', note: '在单位公示栏和网站同时公示' }, context('2016-09-29'));
    expect(publicity.state).toMatchObject({ status: 'PUBLICIZING', publicityStartsOn: '2016-09-30', publicityEndsOn: '2016-10-11' });
    expect(publicity.event).toEqual({
      action: 'PUBLICIZE', fromStatus: 'MASS_REVIEW', toStatus: 'PUBLICIZING', note: '在单位公示栏和网站同时公示', on: '2016-09-29',
      changes: { publicityStartsOn: '2016-09-30', publicityEndsOn: '2016-10-11' },
    });
    const confirmed = accepted(publicity.state, { action: 'CONFIRM' }, context('2016-10-12'));
    const named = accepted(confirmed.state, { action: 'NAME', plaqueNumber: ' SFG-2016-007 ', batch: '国庆后第二批' }, context('2016-10-14'));
    expect(named.state).toEqual({
      status: 'NAMED', publicityStartsOn: '2016-09-30', publicityEndsOn: '2016-10-11', openObjections: 0, upheldObjections: 0,
      rectificationDeadline: null, plaqueNumber: 'SFG-2016-007', batch: '国庆后第二批', namedOn: '2016-10-14',
    });
    expect(named.event.changes).toEqual({ plaqueNumber: 'SFG-2016-007', batch: '国庆后第二批', namedOn: '2016-10-14' });
  });

  it('leaves the honor it was given unchanged', () => {
    const before = honorIn('MASS_REVIEW');
    const copy = structuredClone(before);
    accepted(before, { action: 'PUBLICIZE', publicityStartsOn: TODAY });
    expect(before).toEqual(copy);
  });

  it('refuses confirmation on the last day of the publicity window and accepts it the day after', () => {
    const refusal = refusalOf(honorIn('PUBLICIZING'), { action: 'CONFIRM' }, context('2016-10-11'));
    expect(refusal).toEqual({
      code: 'ILLEGAL_TRANSITION', reason: 'PUBLICITY_NOT_ENDED', status: 'PUBLICIZING', action: 'CONFIRM',
      allowedActions: ['REJECT', 'WITHDRAW'],
      message: '公示期至2016-10-11，公示结束后方可确定 (the publicity window ends on 2016-10-11; confirm after it has ended)',
    });
    expect(accepted(honorIn('PUBLICIZING'), { action: 'CONFIRM' }, context('2016-10-12')).state.status).toBe('CONFIRMED');
  });

  it('refuses confirmation while an objection is open, and accepts it once every objection is resolved', () => {
    const refusal = refusalOf(honorIn('PUBLICIZING', { openObjections: 2 }), { action: 'CONFIRM' });
    expect(refusal).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'OPEN_OBJECTIONS', allowedActions: ['REJECT', 'WITHDRAW'] });
    expect(refusal.message).toContain('2 objection(s) still open');
    expect(accepted(honorIn('PUBLICIZING', { openObjections: 0 }), { action: 'CONFIRM' }).state.status).toBe('CONFIRMED');
  });

  it('refuses confirmation after an objection was upheld, leaving the committee to reject the candidacy', () => {
    const upheld = honorIn('PUBLICIZING', { upheldObjections: 1 });
    const refusal = refusalOf(upheld, { action: 'CONFIRM' });
    expect(refusal).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'UPHELD_OBJECTION', allowedActions: ['REJECT', 'WITHDRAW'] });
    expect(refusal.message).toContain('1 objection(s) upheld');
    expect(accepted(upheld, { action: 'REJECT', note: '异议属实，不予通过' }).state.status).toBe('REJECTED');
    // Open objections are answered first: they may yet be dismissed.
    expect(refusalOf(honorIn('PUBLICIZING', { openObjections: 1, upheldObjections: 1 }), { action: 'CONFIRM' })).toMatchObject({ reason: 'OPEN_OBJECTIONS' });
  });

  it('still lets the committee reject a candidacy in publicity that has an open objection', () => {
    expect(accepted(honorIn('PUBLICIZING', { openObjections: 1 }), { action: 'REJECT', note: '异议属实' }, context('2016-10-05')).state.status).toBe('REJECTED');
  });

  it('computes the window’s end in working days from the campaign’s setting', () => {
    const ctx = { ...context('2016-09-29'), publicityWorkingDays: 7 };
    expect(accepted(honorIn('MASS_REVIEW'), { action: 'PUBLICIZE', publicityStartsOn: '2016-09-30' }, ctx).state.publicityEndsOn).toBe('2016-10-13');
  });

  it('refuses publicity without a start date, with a malformed one, one before today or one outside the campaign’s year', () => {
    const review = honorIn('MASS_REVIEW');
    expect(refusalOf(review, { action: 'PUBLICIZE' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicityStartsOn' });
    expect(refusalOf(review, { action: 'PUBLICIZE', publicityStartsOn: '2016-10-32' })).toMatchObject({ field: 'publicityStartsOn', message: expect.stringContaining('not a valid date') });
    expect(refusalOf(review, { action: 'PUBLICIZE', publicityStartsOn: '2016-10-11' })).toMatchObject({ field: 'publicityStartsOn', message: expect.stringContaining('before today') });
    expect(refusalOf(review, { action: 'PUBLICIZE', publicityStartsOn: '2017-01-03' })).toMatchObject({ field: 'publicityStartsOn', message: expect.stringContaining('year 2016') });
  });

  it('refuses a publicity window in a year without a holiday schedule, naming the year', () => {
    const refusal = refusalOf(honorIn('MASS_REVIEW'), { action: 'PUBLICIZE', publicityStartsOn: '2018-06-01' }, context('2018-05-20', 2018));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicityStartsOn', message: expect.stringContaining('no holiday schedule for 2018') });
  });

  it('refuses a publicity window that would run past the campaign’s year, scheduled or not', () => {
    // 2016-12-28 (Wed), 29, 30, then 2017-01-03 and 01-04 (元旦 1/1–1/2): the fifth working day is in 2017.
    const scheduled = refusalOf(honorIn('MASS_REVIEW'), { action: 'PUBLICIZE', publicityStartsOn: '2016-12-28' }, context('2016-12-20'));
    expect(scheduled).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicityStartsOn', message: expect.stringContaining('run into 2017, past the campaign\'s year 2016') });
    expect(accepted(honorIn('MASS_REVIEW'), { action: 'PUBLICIZE', publicityStartsOn: '2016-12-26' }, context('2016-12-20')).state.publicityEndsOn).toBe('2016-12-30');
    const unscheduled = refusalOf(honorIn('MASS_REVIEW'), { action: 'PUBLICIZE', publicityStartsOn: '2017-12-27' }, context('2017-12-20', 2017));
    expect(unscheduled).toMatchObject({ field: 'publicityStartsOn', message: expect.stringContaining('run into 2018, past the campaign\'s year 2017') });
  });

  it('refuses naming without a plaque number or batch, or with ones that are blank, too long or carry control characters', () => {
    const confirmed = honorIn('CONFIRMED');
    const name = (plaqueNumber: unknown, batch: unknown) => refusalOf(confirmed, { action: 'NAME', plaqueNumber, batch } as TransitionRequest);
    expect(name(undefined, '首批')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plaqueNumber' });
    expect(name('   ', '首批')).toMatchObject({ field: 'plaqueNumber' });
    expect(name('N'.repeat(33), '首批')).toMatchObject({ field: 'plaqueNumber' });
    expect(name('SFG\u0000001', '首批')).toMatchObject({ field: 'plaqueNumber' });
    expect(name('SFG-1', null)).toMatchObject({ field: 'batch', message: expect.stringContaining('七一前首批') });
    expect(name('SFG-1', '批'.repeat(41))).toMatchObject({ field: 'batch' });
    expect(transition(confirmed, { action: 'NAME', plaqueNumber: 'N'.repeat(32), batch: '七一前首批' }, context()).ok).toBe(true);
  });

  it('refuses inputs the action does not take instead of dropping them', () => {
    expect(refusalOf(honorIn('PUBLICIZING'), { action: 'CONFIRM', plaqueNumber: 'SFG-1' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plaqueNumber' });
    expect(refusalOf(honorIn('NAMED'), { action: 'COMMEND', note: '表现突出', deadline: '2016-12-31' })).toMatchObject({ field: 'deadline' });
    expect(accepted(honorIn('NAMED'), { action: 'COMMEND', note: '表现突出', deadline: null, batch: undefined }).state.status).toBe('NAMED');
  });

  it('answers a wrong status before looking at the inputs', () => {
    expect(refusalOf(honorIn('DECLARED'), { action: 'NAME', plaqueNumber: '' })).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'DECLARED' });
  });

  it('refuses an action it does not know', () => {
    expect(refusalOf(honorIn('DECLARED'), { action: 'PROMOTE' as HonorAction })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
  });

  it('names the status and the allowed actions when nothing is allowed any more', () => {
    const refusal = refusalOf(honorIn('WITHDRAWN'), { action: 'START_MASS_REVIEW' });
    expect(refusal).toMatchObject({ status: 'WITHDRAWN', allowedActions: [] });
    expect(refusal.message).toBe('已撤回状态下不能执行START_MASS_REVIEW，可执行：无 (START_MASS_REVIEW is not allowed from WITHDRAWN; allowed: none)');
  });

  it('does not let a confirmed candidacy be withdrawn, only rejected by the committee', () => {
    expect(refusalOf(honorIn('CONFIRMED'), { action: 'WITHDRAW' })).toMatchObject({ code: 'ILLEGAL_TRANSITION', allowedActions: ['NAME', 'REJECT'] });
  });
});

describe('notes and reasons', () => {
  it('requires a reason to reject, commend, order a rectification, fail one or revoke', () => {
    const cases: Array<[HonorStatus, TransitionRequest]> = [
      ['DECLARED', { action: 'REJECT' }],
      ['NAMED', { action: 'COMMEND', note: '   ' }],
      ['NAMED', { action: 'ORDER_RECTIFICATION', deadline: '2016-12-31' }],
      ['RECTIFYING', { action: 'FAIL_RECTIFICATION', note: null }],
      ['NAMED', { action: 'REVOKE' }],
    ];
    for (const [status, request] of cases) expect(refusalOf(honorIn(status), request), request.action).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  });

  it('takes reasons of 2 to 500 characters, trimmed', () => {
    const named = honorIn('NAMED');
    expect(refusalOf(named, { action: 'REVOKE', note: '差' })).toMatchObject({ field: 'note', message: expect.stringContaining('2–500') });
    expect(refusalOf(named, { action: 'REVOKE', note: '理'.repeat(501) })).toMatchObject({ field: 'note' });
    expect(accepted(named, { action: 'REVOKE', note: ' 失实 ' }).event.note).toBe('失实');
    expect(accepted(named, { action: 'REVOKE', note: '理'.repeat(500) }).state.status).toBe('REVOKED');
  });

  it('lets other actions go without a note, treating a blank one as none', () => {
    expect(accepted(honorIn('DECLARED'), { action: 'WITHDRAW' }).event.note).toBeNull();
    expect(accepted(honorIn('DECLARED'), { action: 'WITHDRAW', note: '  ' }).event.note).toBeNull();
    expect(accepted(honorIn('DECLARED'), { action: 'WITHDRAW', note: '本人申请撤回' }).event.note).toBe('本人申请撤回');
    expect(refusalOf(honorIn('DECLARED'), { action: 'WITHDRAW', note: '长'.repeat(501) })).toMatchObject({ field: 'note' });
  });

  it('refuses a note that is not text or that carries control characters', () => {
    expect(refusalOf(honorIn('NAMED'), { action: 'COMMEND', note: 42 as unknown as string })).toMatchObject({ field: 'note' });
    expect(refusalOf(honorIn('NAMED'), { action: 'COMMEND', note: '表现\u0007突出' })).toMatchObject({ field: 'note' });
    expect(accepted(honorIn('NAMED'), { action: 'COMMEND', note: '第一行\n第二行' }).event.note).toBe('第一行\n第二行');
  });
});

describe('dynamic management of named honors', () => {
  it('commends a named honor, which stays named', () => {
    const result = accepted(honorIn('NAMED'), { action: 'COMMEND', note: '七一表彰' });
    expect(result.state).toEqual(honorIn('NAMED'));
    expect(result.event).toMatchObject({ fromStatus: 'NAMED', toStatus: 'NAMED', note: '七一表彰', changes: {} });
  });

  it('orders a rectification with a reason and a deadline after today', () => {
    const result = accepted(honorIn('NAMED'), { action: 'ORDER_RECTIFICATION', note: '群众意见较多', deadline: '2016-10-13' });
    expect(result.state).toMatchObject({ status: 'RECTIFYING', rectificationDeadline: '2016-10-13' });
    expect(result.event.changes).toEqual({ rectificationDeadline: '2016-10-13' });
  });

  it('refuses a rectification deadline that is missing, malformed, today, in the past or more than a year away', () => {
    const order = (deadline: string | undefined) => refusalOf(honorIn('NAMED'), { action: 'ORDER_RECTIFICATION', note: '群众意见较多', deadline });
    expect(order(undefined)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
    expect(order('2016/12/31')).toMatchObject({ field: 'deadline', message: expect.stringContaining('not a valid date') });
    expect(order(TODAY)).toMatchObject({ field: 'deadline', message: expect.stringContaining('after today') });
    expect(order('2016-10-01')).toMatchObject({ field: 'deadline', message: expect.stringContaining('after today') });
    expect(order('2017-10-14')).toMatchObject({ field: 'deadline', message: expect.stringContaining('within 366 days') });
    expect(transition(honorIn('NAMED'), { action: 'ORDER_RECTIFICATION', note: '群众意见较多', deadline: '2017-10-13' }, context()).ok).toBe(true);
  });

  it('ends a rectification by passing, failing or revoking, which clears the deadline', () => {
    const rectifying = honorIn('RECTIFYING');
    const passed = accepted(rectifying, { action: 'PASS_RECTIFICATION', note: '整改到位' });
    expect(passed.state).toMatchObject({ status: 'NAMED', rectificationDeadline: null, plaqueNumber: 'SFG-2016-001' });
    expect(passed.event.changes).toEqual({ rectificationDeadline: null });
    expect(accepted(rectifying, { action: 'FAIL_RECTIFICATION', note: '整改不合格' }).state).toMatchObject({ status: 'REVOKED', rectificationDeadline: null });
    expect(accepted(rectifying, { action: 'REVOKE', note: '严重违纪' }).state).toMatchObject({ status: 'REVOKED', rectificationDeadline: null });
  });

  it('shows a rectification as overdue from the day after its deadline while it has no result', () => {
    const rectifying = honorIn('RECTIFYING', { rectificationDeadline: '2016-12-31' });
    expect(overdue(rectifying, '2016-12-30')).toBe(false);
    expect(overdue(rectifying, '2016-12-31')).toBe(false);
    expect(overdue(rectifying, '2017-01-01')).toBe(true);
    const passed = accepted(rectifying, { action: 'PASS_RECTIFICATION' }, context('2017-01-05')).state;
    expect(overdue(passed, '2017-01-05')).toBe(false);
    expect(overdue(honorIn('NAMED'), '2030-01-01')).toBe(false);
  });
});

describe('who may do what', () => {
  const buttons = (status: HonorStatus, role: Role, today = TODAY, change: Partial<HonorState> = {}) => allowedActions(honorIn(status, change), role, today);

  it('gives the committee every action the status allows', () => {
    for (const status of HONOR_STATUSES) {
      expect(buttons(status, 'ADMIN'), status).toEqual(HONOR_ACTIONS.filter((a) => EXPECTED[status][a] !== undefined));
    }
  });

  it('shows the committee the confirm button only once the window is over and no objection is open', () => {
    expect(buttons('PUBLICIZING', 'ADMIN', '2016-10-11')).toEqual(['REJECT', 'WITHDRAW']);
    expect(buttons('PUBLICIZING', 'ADMIN', '2016-10-12')).toEqual(['CONFIRM', 'REJECT', 'WITHDRAW']);
    expect(buttons('PUBLICIZING', 'ADMIN', '2016-10-12', { openObjections: 1 })).toEqual(['REJECT', 'WITHDRAW']);
  });

  it('lets a unit admin only withdraw its candidacy, until the committee confirms it', () => {
    const expected: Record<HonorStatus, HonorAction[]> = {
      DECLARED: ['WITHDRAW'], MASS_REVIEW: ['WITHDRAW'], PUBLICIZING: ['WITHDRAW'], CONFIRMED: [], NAMED: [],
      RECTIFYING: [], REVOKED: [], REJECTED: [], WITHDRAWN: [],
    };
    for (const status of HONOR_STATUSES) expect(buttons(status, 'UNIT_ADMIN'), status).toEqual(expected[status]);
  });

  it('gives leaders and integrators no action at all', () => {
    for (const status of HONOR_STATUSES) for (const role of ['LEADER', 'INTEGRATOR'] as const) expect(buttons(status, role)).toEqual([]);
  });
});

describe('what counts for the quotas', () => {
  it('counts a candidacy as declared from declaration on, unless rejected, withdrawn or revoked', () => {
    expect(HONOR_STATUSES.filter(countsAsDeclared)).toEqual(['DECLARED', 'MASS_REVIEW', 'PUBLICIZING', 'CONFIRMED', 'NAMED', 'RECTIFYING']);
  });

  it('counts named and rectifying honors as named', () => {
    expect(HONOR_STATUSES.filter(countsAsNamed)).toEqual(['NAMED', 'RECTIFYING']);
  });
});

describe('a stored honor that breaks the rules', () => {
  it('is reported as a fault, not answered as the user’s mistake', () => {
    expect(() => transition(honorIn('PUBLICIZING', { publicityEndsOn: null }), { action: 'CONFIRM' }, context())).toThrow(TypeError);
    expect(() => transition(honorIn('DECLARED'), { action: 'WITHDRAW' }, context('12 Oct 2016'))).toThrow(RangeError);
  });
});
