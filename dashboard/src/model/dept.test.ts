import { describe, expect, it } from 'vitest';
import { beijingTime, defaultRound, industryEvidence, percent, unitEvidence } from './dept.js';

describe('the round a page shows first', () => {
  const rounds = [
    { id: 'mass1', kind: 'MASS_REVIEW', opensOn: '2016-05-20', status: 'CLOSED' },
    { id: 'mid', kind: 'MID_YEAR_REVIEW', opensOn: '2016-07-15', status: 'CLOSED' },
    { id: 'mass2', kind: 'MASS_REVIEW', opensOn: '2016-10-10', status: 'OPEN' },
    { id: 'end', kind: 'YEAR_END_ASSESSMENT', opensOn: '2016-11-16', status: 'SCHEDULED' },
  ];

  it('is the last periodic round that has opened, never one still scheduled, before a later mass review', () => {
    expect(defaultRound(rounds)?.id).toBe('mid');
    expect(defaultRound(rounds.map((r) => (r.id === 'end' ? { ...r, status: 'CLOSED' } : r)))?.id).toBe('end');
  });

  it('is the last mass review opened when no periodic round has opened yet', () => {
    expect(defaultRound(rounds.filter((r) => r.kind === 'MASS_REVIEW' || r.status === 'SCHEDULED'))?.id).toBe('mass2');
  });

  it('is the reader’s choice when it is one of the campaign’s rounds, and the default otherwise', () => {
    expect(defaultRound(rounds, 'end')?.id).toBe('end');
    expect(defaultRound(rounds, 'another-campaigns')?.id).toBe('mid');
  });

  it('is the first of a campaign whose rounds are all scheduled, and none for a campaign without rounds', () => {
    expect(defaultRound([{ id: 'a', kind: 'MID_YEAR_REVIEW', opensOn: '2030-07-01', status: 'SCHEDULED' }])?.id).toBe('a');
    expect(defaultRound([])).toBeUndefined();
  });
});

describe('the chain of evidence', () => {
  it('counts a unit’s posts and teams declared (not rejected, withdrawn or revoked) and named (named or rectifying)', () => {
    const counts = [
      { tier: 'POST', status: 'DECLARED', count: 3 },
      { tier: 'POST', status: 'NAMED', count: 2 },
      { tier: 'POST', status: 'RECTIFYING', count: 1 },
      { tier: 'POST', status: 'REVOKED', count: 4 },
      { tier: 'POST', status: 'REJECTED', count: 5 },
      { tier: 'TEAM', status: 'PUBLICIZING', count: 1 },
      { tier: 'TEAM', status: 'WITHDRAWN', count: 1 },
      { tier: 'UNIT', status: 'NAMED', count: 1 },
    ];
    expect(unitEvidence(counts)).toEqual({ posts: { declared: 6, named: 3 }, teams: { declared: 1, named: 0 } });
    expect(unitEvidence([])).toEqual({ posts: { declared: 0, named: 0 }, teams: { declared: 0, named: 0 } });
  });

  it('lists an industry’s units named first, then by weighted score, each with its candidacy and grade', () => {
    const unit = (code: string, honors: { id: string; status: string }[], weightedScore: number | null, grade: string | null) => ({
      id: code, code, name: `单位${code}`, excluded: false, honors, evaluationSummary: weightedScore === null ? null : { weightedScore, grade },
    });
    const { rows, named } = industryEvidence([
      unit('U3', [], 95, 'EXCELLENT'),
      unit('U2', [{ id: 'h2', status: 'NAMED' }], 81.5, 'GOOD'),
      unit('U1', [{ id: 'h1', status: 'RECTIFYING' }], 92, 'EXCELLENT'),
      unit('U4', [{ id: 'old', status: 'WITHDRAWN' }, { id: 'h4', status: 'DECLARED' }], null, null),
    ]);
    expect(named).toBe(2);
    expect(rows.map((r) => [r.code, r.honorId, r.named, r.grade])).toEqual([
      ['U1', 'h1', true, 'EXCELLENT'],
      ['U2', 'h2', true, 'GOOD'],
      ['U3', null, false, 'EXCELLENT'],
      ['U4', 'h4', false, null],
    ]);
  });
});

describe('how the pages write', () => {
  it('gives a moment of history in Beijing time, the day changing at 16:00 UTC', () => {
    expect(beijingTime('2016-06-20T06:05:00.000Z')).toBe('2016-06-20 14:05');
    expect(beijingTime('2016-06-20T16:00:00Z')).toBe('2016-06-21 00:00');
    expect(beijingTime('not a time')).toBe('not a time');
  });

  it('writes a rate as a percentage with one decimal, and a dash when there is none', () => {
    expect(percent(0.6667, 'en-US')).toBe('66.7%');
    expect(percent(1, 'zh-CN')).toBe('100.0%');
    expect(percent(null, 'zh-CN')).toBe('—');
  });
});
