import { describe, expect, it } from 'vitest';
import { reasonProblem, rollBatches, tierCounts, verifyPath } from './roll.js';

const e = (tier: string, batch: string | null, namedOn: string, name: string) => ({ tier, batch, namedOn, name, status: 'VALID', verificationCode: name });

describe('the honor roll’s batches', () => {
  const entries = [
    e('POST', '七一前首批', '2016-06-30', 'a'),
    e('TEAM', '七一前首批', '2016-06-29', 'b'),
    e('POST', '七一前首批', '2016-06-30', 'c'),
    e('INDUSTRY', '七一前首批', '2016-06-30', 'd'),
    e('UNIT', '国庆前第二批', '2016-09-30', 'e'),
    e('POST', null, '2016-11-01', 'f'),
  ];

  it('keeps the gateway’s order of batches, each with its tiers in the plan’s order and its first naming day', () => {
    const batches = rollBatches(entries);
    expect(batches.map((b) => [b.batch, b.namedOn, b.count])).toEqual([
      ['七一前首批', '2016-06-29', 4],
      ['国庆前第二批', '2016-09-30', 1],
      [null, '2016-11-01', 1],
    ]);
    expect(batches[0]!.tiers.map((t) => [t.tier, t.entries.map((x) => x.name)])).toEqual([
      ['POST', ['a', 'c']],
      ['TEAM', ['b']],
      ['INDUSTRY', ['d']],
    ]);
  });

  it('counts each tier, and links a plaque’s page by its code', () => {
    expect(tierCounts(entries)).toEqual({ POST: 3, TEAM: 1, UNIT: 1, INDUSTRY: 1 });
    expect(verifyPath('7H5K XZ1')).toBe('/verify/7H5K%20XZ1');
  });
});

describe('an objection’s reason', () => {
  it('takes 5 to 500 characters once trimmed, Chinese characters counted one each', () => {
    expect(reasonProblem('  不属实 ')).toBe('short');
    expect(reasonProblem('材料不属实')).toBeNull();
    expect(reasonProblem('实'.repeat(500))).toBeNull();
    expect(reasonProblem('实'.repeat(501))).toBe('long');
  });
});
