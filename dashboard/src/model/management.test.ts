import { describe, expect, it } from 'vitest';
import { managementTotals, openFirst, rectificationRows } from './management.js';

const facts = [
  { honorId: 'h1', unitId: 'u1', unit: { id: 'u1', name: '市委办公室' }, tier: 'POST', reason: '服务群众不到位', orderedOn: '2016-08-01', deadline: '2016-09-01', outcome: 'PASSED', closedBy: 'PASS_RECTIFICATION', closedOn: '2016-08-30', overdue: false, honor: { id: 'h1', subject: { __typename: 'Member', name: '王芳' } } },
  { honorId: 'h2', unitId: 'u2', unit: { id: 'u2', name: '市财政局' }, tier: 'TEAM', reason: '工作作风问题', orderedOn: '2016-09-01', deadline: '2016-10-15', outcome: 'OPEN', closedBy: null, closedOn: null, overdue: true, honor: { id: 'h2', subject: { __typename: 'Team', name: '预算科' } } },
  { honorId: 'h3', unitId: null, unit: null, tier: 'INDUSTRY', reason: '行风评议偏低', orderedOn: '2016-11-01', deadline: '2017-01-31', outcome: 'OPEN', closedBy: null, closedOn: null, overdue: false, honor: null },
];

describe('the rectifications table', () => {
  it('keeps each order’s unit, whose honor it is, its dates and outcome; an industry has no unit, a hidden honor no name', () => {
    expect(rectificationRows(facts)).toEqual([
      { honorId: 'h1', unitId: 'u1', unit: '市委办公室', tier: 'POST', subject: '王芳', reason: '服务群众不到位', orderedOn: '2016-08-01', deadline: '2016-09-01', outcome: 'PASSED', closedOn: '2016-08-30', overdue: false },
      { honorId: 'h2', unitId: 'u2', unit: '市财政局', tier: 'TEAM', subject: '预算科', reason: '工作作风问题', orderedOn: '2016-09-01', deadline: '2016-10-15', outcome: 'OPEN', closedOn: null, overdue: true },
      { honorId: 'h3', unitId: null, unit: null, tier: 'INDUSTRY', subject: '', reason: '行风评议偏低', orderedOn: '2016-11-01', deadline: '2017-01-31', outcome: 'OPEN', closedOn: null, overdue: false },
    ]);
  });

  it('lists the overdue first, then the other open ones, then the closed, each by deadline', () => {
    expect(openFirst(rectificationRows(facts)).map((r) => r.honorId)).toEqual(['h2', 'h3', 'h1']);
  });

  it('counts each action, and the open and overdue rectifications', () => {
    const cells = [
      { action: 'COMMEND', month: '2016-07', count: 3, unitId: 'u1', unit: '市委办公室' },
      { action: 'COMMEND', month: '2016-08', count: 2, unitId: null, unit: '' },
      { action: 'REVOKE', month: '2016-11', count: 1, unitId: 'u2', unit: '市财政局' },
      { action: 'NAME', month: '2016-06', count: 9, unitId: 'u2', unit: '市财政局' },
    ];
    expect(managementTotals(cells, rectificationRows(facts))).toEqual({
      actions: { COMMEND: 5, ORDER_RECTIFICATION: 0, PASS_RECTIFICATION: 0, FAIL_RECTIFICATION: 0, REVOKE: 1 },
      open: 2,
      overdue: 1,
    });
  });
});
