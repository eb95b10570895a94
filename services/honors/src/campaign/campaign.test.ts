import { describe, expect, it } from 'vitest';
import { checkCampaign } from './campaign.check.js';
import { campaignDefaults, type CampaignSettings } from './campaign.defaults.js';

const fields = (settings: unknown) => checkCampaign(settings as CampaignSettings).map((p) => p.field);
const with2016 = (change: Partial<Record<keyof CampaignSettings, unknown>>) => ({ ...campaignDefaults(2016), ...change });

describe('a campaign’s defaults', () => {
  it('are the plan’s values for 2016', () => {
    expect(campaignDefaults(2016)).toEqual({
      year: 2016,
      name: '2016年共产党员示范行动',
      phases: [
        { name: '启动', startsOn: '2016-05-05', endsOn: '2016-05-10' },
        { name: '深化实施', startsOn: '2016-05-11', endsOn: '2016-11-30' },
        { name: '巩固提升', startsOn: '2016-12-01', endsOn: '2016-12-31' },
      ],
      ledgerDueOn: '2016-06-20',
      firstBatchBy: '2016-07-01',
      postRatio: 0.1,
      teamRatio: 0.1,
      unitRatio: 0.1,
      industryMin: 2,
      industryMax: 3,
      weights: { masses: 0.4, peers: 0.3, leaders: 0.3 },
      publicityWorkingDays: 5,
    });
  });

  it('move the same days and months to any other year', () => {
    const d = campaignDefaults(2026);
    expect(d.phases.map((p) => [p.startsOn, p.endsOn])).toEqual([
      ['2026-05-05', '2026-05-10'], ['2026-05-11', '2026-11-30'], ['2026-12-01', '2026-12-31'],
    ]);
    expect([d.ledgerDueOn, d.firstBatchBy]).toEqual(['2026-06-20', '2026-07-01']);
  });

  it('pass the campaign checks', () => {
    for (const year of [2015, 2016, 2024, 2026]) expect(checkCampaign(campaignDefaults(year))).toEqual([]);
  });

  it('are a fresh copy each time, so editing one campaign’s settings changes no other', () => {
    const a = campaignDefaults(2016);
    a.phases[0].name = '改';
    a.weights.masses = 1;
    expect(campaignDefaults(2016).phases[0].name).toBe('启动');
    expect(campaignDefaults(2016).weights.masses).toBe(0.4);
  });

  it('are refused for a year that is not a whole number from 2000 to 2100', () => {
    for (const year of [1999, 2101, 2016.5]) expect(() => campaignDefaults(year)).toThrow(RangeError);
  });
});

describe('checking a campaign', () => {
  it('refuses a year outside 2000–2100 and a blank or over-long name', () => {
    expect(fields(with2016({ year: 216 }))).toContain('year');
    expect(fields(with2016({ name: '   ' }))).toEqual(['name']);
    expect(fields(with2016({ name: '名'.repeat(65) }))).toEqual(['name']);
  });

  it('refuses phases that are out of order, naming the phase that comes too early', () => {
    const d = campaignDefaults(2016);
    const problems = checkCampaign({ ...d, phases: [d.phases[1], d.phases[0], d.phases[2]] });
    expect(problems.map((p) => p.field)).toEqual(['phases[1].startsOn']);
    expect(problems[0].message).toContain('phases must be in order');
  });

  it('refuses overlapping phases, even by one day', () => {
    const d = campaignDefaults(2016);
    const phases = [d.phases[0], { ...d.phases[1], startsOn: '2016-05-10' }, d.phases[2]];
    const problems = checkCampaign({ ...d, phases });
    expect(problems.map((p) => p.field)).toEqual(['phases[1].startsOn']);
    expect(problems[0].message).toContain('overlaps phase 1: start after 2016-05-10');
  });

  it('accepts a gap between phases', () => {
    const d = campaignDefaults(2016);
    expect(checkCampaign({ ...d, phases: [d.phases[0], { ...d.phases[1], startsOn: '2016-06-01' }, d.phases[2]] })).toEqual([]);
  });

  it('refuses a phase that ends before it starts, or lies outside the campaign’s year', () => {
    const d = campaignDefaults(2016);
    expect(fields({ ...d, phases: [{ name: '启动', startsOn: '2016-05-10', endsOn: '2016-05-05' }] })).toEqual(['phases[0].endsOn']);
    expect(fields({ ...d, phases: [d.phases[0], d.phases[1], { ...d.phases[2], endsOn: '2017-01-15' }] })).toEqual(['phases[2].endsOn']);
    expect(fields({ ...d, phases: [{ name: '启动', startsOn: '2016-02-30', endsOn: '2016-05-05' }] })).toEqual(['phases[0].startsOn']);
  });

  it('refuses a campaign without phases and a phase without a name', () => {
    expect(fields(with2016({ phases: [] }))).toEqual(['phases']);
    expect(fields(with2016({ phases: [{ name: '', startsOn: '2016-05-05', endsOn: '2016-05-10' }] }))).toEqual(['phases[0].name']);
  });

  it('refuses a ledger due date or first-batch date that is not a date of the campaign’s year', () => {
    expect(fields(with2016({ ledgerDueOn: '2017-06-20' }))).toEqual(['ledgerDueOn']);
    expect(fields(with2016({ firstBatchBy: '七一' }))).toEqual(['firstBatchBy']);
  });

  it('takes ratios above 0 and up to 1, refusing 0, negatives, percentages typed as 10 and non-numbers', () => {
    expect(checkCampaign(with2016({ postRatio: 1, teamRatio: 0.05, unitRatio: 0.001 }) as CampaignSettings)).toEqual([]);
    for (const bad of [0, -0.1, 10, 1.0001, Number.NaN, Number.POSITIVE_INFINITY, '0.1', null]) {
      expect(fields(with2016({ postRatio: bad, teamRatio: bad, unitRatio: bad })), String(bad)).toEqual(['postRatio', 'teamRatio', 'unitRatio']);
    }
  });

  it('refuses more required industries than allowed ones, and counts that are not whole numbers', () => {
    expect(fields(with2016({ industryMin: 4, industryMax: 3 }))).toEqual(['industryMax']);
    expect(checkCampaign(with2016({ industryMin: 3, industryMax: 3 }) as CampaignSettings)).toEqual([]);
    expect(checkCampaign(with2016({ industryMin: 0, industryMax: 1 }) as CampaignSettings)).toEqual([]);
    expect(fields(with2016({ industryMin: -1, industryMax: 0 }))).toEqual(['industryMin', 'industryMax']);
    expect(fields(with2016({ industryMin: 2.5 }))).toEqual(['industryMin']);
  });

  it('takes weights that are not negative and sum to 1 within 1e-9', () => {
    expect(checkCampaign(with2016({ weights: { masses: 1, peers: 0, leaders: 0 } }) as CampaignSettings)).toEqual([]);
    // 0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point: typed decimals must still pass.
    expect(0.7 + 0.2 + 0.1).not.toBe(1);
    expect(checkCampaign(with2016({ weights: { masses: 0.7, peers: 0.2, leaders: 0.1 } }) as CampaignSettings)).toEqual([]);
    expect(checkCampaign(with2016({ weights: { masses: 0.5, peers: 0.25, leaders: 0.25 + 5e-10 } }) as CampaignSettings)).toEqual([]);
    const problems = checkCampaign(with2016({ weights: { masses: 0.4, peers: 0.3, leaders: 0.4 } }) as CampaignSettings);
    expect(problems).toEqual([{ field: 'weights', message: '三方权重之和应为1，现为1.1 (weights must sum to 1; they sum to 1.1)' }]);
    expect(fields(with2016({ weights: { masses: 0.5, peers: 0.5, leaders: 1e-8 } }))).toEqual(['weights']);
  });

  it('names the weight that is negative or missing rather than the sum', () => {
    expect(fields(with2016({ weights: { masses: 1.2, peers: -0.2, leaders: 0 } }))).toEqual(['weights.peers']);
    expect(fields(with2016({ weights: { masses: 0.7, peers: 0.3 } }))).toEqual(['weights.leaders']);
    expect(fields(with2016({ weights: undefined }))).toEqual(['weights']);
  });

  it('takes publicity windows of 1 to 30 working days', () => {
    for (const ok of [1, 5, 30]) expect(fields(with2016({ publicityWorkingDays: ok }))).toEqual([]);
    for (const bad of [0, 31, 4.5, '5']) expect(fields(with2016({ publicityWorkingDays: bad })), String(bad)).toEqual(['publicityWorkingDays']);
  });

  it('reports every problem at once, Chinese first with English in brackets', () => {
    const problems = checkCampaign({} as CampaignSettings);
    expect(problems.map((p) => p.field)).toEqual([
      'year', 'name', 'phases', 'ledgerDueOn', 'firstBatchBy', 'postRatio', 'teamRatio', 'unitRatio',
      'industryMin', 'industryMax', 'weights', 'publicityWorkingDays',
    ]);
    for (const p of problems) expect(p.message, p.field).toMatch(/^[\u4e00-\u9fff].*\([^()]*\)$/u);
  });
});
