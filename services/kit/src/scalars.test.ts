import { describe, expect, it } from 'vitest';
import { businessToday, isIsoDate } from './scalars.js';

describe('dates', () => {
  it('takes today as the date in Beijing, not in UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in Beijing.
    expect(businessToday(new Date('2016-06-30T23:30:00Z'))).toBe('2016-07-01');
    expect(businessToday(new Date('2016-06-30T15:59:00Z'))).toBe('2016-06-30');
  });

  it('takes BUSINESS_DATE as today for a rehearsal, read on every call, but never in production or for a given instant', () => {
    const saved = { date: process.env.BUSINESS_DATE, env: process.env.NODE_ENV };
    try {
      process.env.BUSINESS_DATE = '2016-09-30';
      expect(businessToday()).toBe('2016-09-30');
      process.env.BUSINESS_DATE = '2016-10-12';
      expect(businessToday()).toBe('2016-10-12');
      expect(businessToday(new Date('2016-06-30T23:30:00Z'))).toBe('2016-07-01');
      process.env.BUSINESS_DATE = '2016-02-30';
      expect(() => businessToday()).toThrow(/BUSINESS_DATE/);
      process.env.BUSINESS_DATE = '2016-09-30';
      process.env.NODE_ENV = 'production';
      expect(businessToday()).not.toBe('2016-09-30');
    } finally {
      for (const [key, value] of [['BUSINESS_DATE', saved.date], ['NODE_ENV', saved.env]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    for (const bad of ['2015-02-29', '1990-02-30', '2016-13-01', '2016-1-01', 'abc']) expect(isIsoDate(bad), bad).toBe(false);
  });
});
