import { describe, expect, it } from 'vitest';
import { HONOR_ACTIONS, NAMED_STATUSES, TRANSITIONS, declaredHonor, overdue } from '../honor/honor.machine.js';
import {
  MANAGEMENT_ACTIONS, compareActionCounts, compareHonorCounts, rectificationOutcome, rectificationOverdue,
} from './analytics.rules.js';

describe('the dynamic-management actions', () => {
  it('are exactly the actions taken on a named honor, as the state machine has them', () => {
    const fromNamed = HONOR_ACTIONS.filter((a) => Object.keys(TRANSITIONS[a]).every((from) => NAMED_STATUSES.includes(from as never)));
    expect([...MANAGEMENT_ACTIONS].sort()).toEqual([...fromNamed].sort());
  });
});

describe('a rectification’s outcome', () => {
  it('is passed, failed (also when the name is revoked while rectifying) or open', () => {
    expect(rectificationOutcome('PASS_RECTIFICATION')).toBe('PASSED');
    expect(rectificationOutcome('FAIL_RECTIFICATION')).toBe('FAILED');
    expect(rectificationOutcome('REVOKE')).toBe('FAILED');
    expect(rectificationOutcome(null)).toBe('OPEN');
  });

  it('cannot come from an action that does not leave RECTIFYING', () => {
    expect(() => rectificationOutcome('COMMEND')).toThrow(RangeError);
  });
});

describe('an overdue rectification', () => {
  it('is open and past its deadline; the deadline day itself is still in time', () => {
    expect(rectificationOverdue('OPEN', '2016-11-30', '2016-11-30')).toBe(false);
    expect(rectificationOverdue('OPEN', '2016-11-30', '2016-12-01')).toBe(true);
  });

  it('is never one that has a result, however late', () => {
    expect(rectificationOverdue('PASSED', '2016-11-30', '2016-12-31')).toBe(false);
    expect(rectificationOverdue('FAILED', '2016-11-30', '2016-12-31')).toBe(false);
  });

  it('agrees with Honor.overdue for a rectifying honor on every day around its deadline', () => {
    for (const day of ['2016-11-28', '2016-11-29', '2016-11-30', '2016-12-01', '2017-01-01']) {
      const honor = { ...declaredHonor(), status: 'RECTIFYING' as const, rectificationDeadline: '2016-11-30' };
      expect(rectificationOverdue('OPEN', '2016-11-30', day), day).toBe(overdue(honor, day));
    }
  });
});

describe('the order of the rows', () => {
  it('lists counts by unit (industries first), tier as the plan lists them, then status along the procedure', () => {
    const rows = [
      { unitId: 'b', tier: 'POST' as const, status: 'NAMED' as const },
      { unitId: 'a', tier: 'TEAM' as const, status: 'DECLARED' as const },
      { unitId: 'a', tier: 'POST' as const, status: 'WITHDRAWN' as const },
      { unitId: null, tier: 'INDUSTRY' as const, status: 'NAMED' as const },
      { unitId: 'a', tier: 'POST' as const, status: 'MASS_REVIEW' as const },
    ];
    expect(rows.sort(compareHonorCounts).map((r) => `${r.unitId}/${r.tier}/${r.status}`)).toEqual([
      'null/INDUSTRY/NAMED', 'a/POST/MASS_REVIEW', 'a/POST/WITHDRAWN', 'a/TEAM/DECLARED', 'b/POST/NAMED',
    ]);
  });

  it('lists action counts by month, then action in the order of the procedure, then unit', () => {
    const rows = [
      { month: '2016-12', action: 'COMMEND' as const, unitId: 'a' },
      { month: '2016-10', action: 'REVOKE' as const, unitId: 'a' },
      { month: '2016-10', action: 'COMMEND' as const, unitId: 'b' },
      { month: '2016-10', action: 'COMMEND' as const, unitId: null },
    ];
    expect(rows.sort(compareActionCounts).map((r) => `${r.month}/${r.action}/${r.unitId}`)).toEqual([
      '2016-10/COMMEND/null', '2016-10/COMMEND/b', '2016-10/REVOKE/a', '2016-12/COMMEND/a',
    ]);
  });
});
