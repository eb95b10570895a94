import { describe, expect, it } from 'vitest';
import { ACTION_FORMS, countsByStatus, matchesSearch, numbersFrom, runInOrder, transitionInput } from './queue.js';

describe('the work queue’s shaping', () => {
  it('sends an action only the inputs it takes, trimmed, with the version read', () => {
    const values = { note: ' 群众意见较多 ', deadline: '2016-12-01', publicityStartsOn: '2016-09-28', plaqueNumber: 'BZ2016-POST-0001', batch: '' };
    expect(transitionInput('h1', 'ORDER_RECTIFICATION', 4, values)).toEqual({ honorId: 'h1', action: 'ORDER_RECTIFICATION', expectedVersion: 4, note: '群众意见较多', deadline: '2016-12-01' });
    expect(transitionInput('h1', 'NAME', 4, values)).toEqual({ honorId: 'h1', action: 'NAME', expectedVersion: 4, plaqueNumber: 'BZ2016-POST-0001', note: '群众意见较多' });
    expect(transitionInput('h1', 'CONFIRM', 2, { ...values, note: '  ' })).toEqual({ honorId: 'h1', action: 'CONFIRM', expectedVersion: 2 });
  });

  it('asks for a reason exactly where the server requires one', () => {
    const required = Object.entries(ACTION_FORMS).filter(([, f]) => f.noteRequired).map(([a]) => a).sort();
    expect(required).toEqual(['COMMEND', 'FAIL_RECTIFICATION', 'ORDER_RECTIFICATION', 'REJECT', 'REVOKE']);
  });

  it('counts candidacies per status over every unit, for one tier or all', () => {
    const rows = [
      { tier: 'POST', status: 'DECLARED', count: 3 },
      { tier: 'POST', status: 'DECLARED', count: 2 },
      { tier: 'TEAM', status: 'DECLARED', count: 1 },
      { tier: 'POST', status: 'NAMED', count: 4 },
    ];
    expect(countsByStatus(rows, null)).toMatchObject({ DECLARED: 6, NAMED: 4, CONFIRMED: 0 });
    expect(countsByStatus(rows, 'TEAM')).toMatchObject({ DECLARED: 1, NAMED: 0 });
  });

  it('runs a batch in order and stops at the first refusal, saying what went through and what was not tried', async () => {
    const tried: number[] = [];
    const report = await runInOrder([1, 2, 3, 4], async (n) => {
      tried.push(n);
      if (n === 3) throw Object.assign(new Error('牌匾编号已被使用'), { code: 'CONFLICT' });
    }, (e) => ({ code: (e as { code: string }).code, message: (e as Error).message }));
    expect(tried).toEqual([1, 2, 3]);
    expect(report).toEqual({ done: [1, 2], refused: { item: 3, refusal: { code: 'CONFLICT', message: '牌匾编号已被使用' } }, notTried: [4] });
    expect(await runInOrder([1, 2], async () => {}, () => ({ code: '', message: '' }))).toEqual({ done: [1, 2], refused: null, notTried: [] });
  });

  it('finds a row by the subject’s or the unit’s name, ignoring spaces and case', () => {
    const row = { subject: { name: '李 明' }, unit: { name: '市财政局' } };
    expect(matchesSearch(row, '李明')).toBe(true);
    expect(matchesSearch(row, '财政')).toBe(true);
    expect(matchesSearch(row, '王')).toBe(false);
    expect(matchesSearch(row, ' ')).toBe(true);
  });

  it('numbers a batch’s plaques in order from the first, keeping the width of its digits', () => {
    expect(numbersFrom('BZ2016-POST-0009', 3)).toEqual(['BZ2016-POST-0009', 'BZ2016-POST-0010', 'BZ2016-POST-0011']);
    expect(numbersFrom(' 甲-7 ', 2)).toEqual(['甲-7', '甲-8']);
    expect(numbersFrom('特别牌匾', 1)).toEqual(['特别牌匾']);
    expect(numbersFrom('特别牌匾', 2)).toBeNull();
  });
});
