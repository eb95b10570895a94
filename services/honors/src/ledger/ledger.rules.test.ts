import { describe, expect, it } from 'vitest';
import { isOnTime, ledgerCounts, summarizeLedgers } from './ledger.rules.js';

const at = (iso: string) => new Date(iso);
const submission = (id: string, unitId: string, iso: string) => ({ id, unitId, submittedAt: at(iso) });

describe('a ledger submission', () => {
  it('is on time up to midnight of the due day in Beijing, and late from then on', () => {
    // 15:59 UTC on 20 June is 23:59 in Beijing; 16:00 UTC is already 21 June there.
    expect(isOnTime(at('2016-06-20T15:59:59Z'), '2016-06-20')).toBe(true);
    expect(isOnTime(at('2016-06-20T16:00:00Z'), '2016-06-20')).toBe(false);
    expect(isOnTime(at('2016-06-01T01:00:00Z'), '2016-06-20')).toBe(true);
    expect(isOnTime(at('2016-06-19T20:00:00Z'), '2016-06-19')).toBe(false);
  });
});

describe("units' ledgers", () => {
  it('are on time or late by the first submission, missing without one, with the history newest first', () => {
    const subs = [
      submission('c2', 'C', '2016-07-10T02:00:00Z'),
      submission('a1', 'A', '2016-06-20T15:59:00Z'),
      submission('b1', 'B', '2016-06-20T16:00:00Z'),
      submission('c1', 'C', '2016-06-02T02:00:00Z'),
      submission('x1', 'X', '2016-06-02T02:00:00Z'),
    ];
    const summary = summarizeLedgers(['A', 'B', 'C', 'D'], subs, '2016-06-20');
    expect(summary.map((s) => [s.unitId, s.status, s.history.map((h) => h.id), s.latest?.id ?? null])).toEqual([
      ['A', 'ON_TIME', ['a1'], 'a1'],
      ['B', 'LATE', ['b1'], 'b1'],
      ['C', 'ON_TIME', ['c2', 'c1'], 'c2'],
      ['D', 'MISSING', [], null],
    ]);
    expect(summary[2]!.first!.id).toBe('c1');
  });

  it('order two submissions of the same instant by id, whatever order they come in', () => {
    const same = '2016-06-02T02:00:00Z';
    const one = summarizeLedgers(['A'], [submission('b', 'A', same), submission('a', 'A', same)], '2016-06-20')[0]!;
    const other = summarizeLedgers(['A'], [submission('a', 'A', same), submission('b', 'A', same)], '2016-06-20')[0]!;
    expect(one.history.map((h) => h.id)).toEqual(['b', 'a']);
    expect(other.history.map((h) => h.id)).toEqual(['b', 'a']);
  });
});

describe("what a unit's ledger holds", () => {
  it('counts live posts, teams and unit candidacies and the named among them, leaving out ended ones and industries', () => {
    expect(ledgerCounts([
      { tier: 'POST', status: 'DECLARED' }, { tier: 'POST', status: 'NAMED' }, { tier: 'POST', status: 'WITHDRAWN' },
      { tier: 'POST', status: 'REVOKED' }, { tier: 'TEAM', status: 'RECTIFYING' }, { tier: 'TEAM', status: 'REJECTED' },
      { tier: 'UNIT', status: 'PUBLICIZING' }, { tier: 'INDUSTRY', status: 'NAMED' },
    ])).toEqual({ posts: 2, teams: 1, units: 1, named: 2 });
    expect(ledgerCounts([])).toEqual({ posts: 0, teams: 0, units: 0, named: 0 });
  });
});
