import { describe, expect, it } from 'vitest';
import { QUOTA_COLUMNS, quotaRows, quotaSheet, sortQuotaRows, sumQuotas, type QuotaRow, type UnitQuotaFacts } from './quota.js';

const party = { id: 'i1', code: 'IND-01', name: '党群系统' };
const economy = { id: 'i2', code: 'IND-02', name: '经济系统' };
const figure = (count: number, target: number) => ({ count, target, ratio: target === 0 ? 1 : count / target, attained: count >= target });

const units: UnitQuotaFacts[] = [
  { id: 'c', code: 'U010', name: '市财政局', industry: economy, quota: { partyMembers: 40, teams: 5, posts: figure(2, 4), teamQuota: figure(1, 1) } },
  { id: 'a', code: 'U002', name: '市委办公室', industry: party, quota: { partyMembers: 30, teams: 3, posts: figure(3, 3), teamQuota: figure(0, 1) } },
  { id: 'x', code: 'U003', name: '市公安局', industry: { id: 'i3', code: 'IND-03', name: '政法系统' }, quota: null },
  { id: 'b', code: 'U009', name: '市委组织部', industry: party, quota: { partyMembers: 51, teams: 0, posts: figure(7, 6), teamQuota: figure(0, 0) } },
];

describe('quota rows', () => {
  it('keeps the units that have a quota (participating ones), by code, with their bases', () => {
    const rows = quotaRows(units);
    expect(rows.map((r) => [r.code, r.industry, r.partyMembers, r.teamCount, r.posts.count, r.teams.target])).toEqual([
      ['U002', '党群系统', 30, 3, 3, 1],
      ['U009', '党群系统', 51, 0, 7, 0],
      ['U010', '经济系统', 40, 5, 2, 1],
    ]);
  });

  it('sums declared posts and teams against their targets, attained only when every unit attains its own', () => {
    const summary = sumQuotas(quotaRows(units));
    expect(summary).toEqual({
      participatingUnits: 3,
      posts: { count: 12, target: 13, ratio: 12 / 13, attained: false, unitsAttaining: 2 },
      teams: { count: 1, target: 2, ratio: 0.5, attained: false, unitsAttaining: 2 },
    });
    // A surplus in one unit does not make up for another's shortfall.
    const surplus = quotaRows([{ ...units[0]!, quota: { ...units[0]!.quota!, posts: figure(2, 3) } }, { ...units[1]!, quota: { ...units[1]!.quota!, posts: figure(9, 3) } }]);
    expect(sumQuotas(surplus).posts).toMatchObject({ count: 11, target: 6, attained: false, unitsAttaining: 1 });
    expect(sumQuotas([])).toEqual({ participatingUnits: 0, posts: { count: 0, target: 0, ratio: 1, attained: true, unitsAttaining: 0 }, teams: { count: 0, target: 0, ratio: 1, attained: true, unitsAttaining: 0 } });
  });
});

describe('sorting the quota table', () => {
  const rows = quotaRows(units);
  const ids = (list: QuotaRow[]) => list.map((r) => r.id);

  it('keeps the chart’s order until a column is chosen: the metric’s lowest ratio first', () => {
    expect(ids(sortQuotaRows(rows, undefined, 'ascending', 'posts', 'zh-CN'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortQuotaRows(rows, undefined, 'ascending', 'teams', 'zh-CN'))).toEqual(['a', 'c', 'b']);
  });

  it('sorts by a number, a text or the attained flag, both ways, ties in the chart’s order', () => {
    expect(ids(sortQuotaRows(rows, 'partyMembers', 'descending', 'posts', 'zh-CN'))).toEqual(['b', 'c', 'a']);
    expect(ids(sortQuotaRows(rows, 'postsTarget', 'ascending', 'posts', 'zh-CN'))).toEqual(['a', 'c', 'b']);
    expect(ids(sortQuotaRows(rows, 'industry', 'ascending', 'posts', 'zh-CN'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortQuotaRows(rows, 'teamsAttained', 'ascending', 'posts', 'zh-CN'))).toEqual(['a', 'c', 'b']);
    expect(ids(sortQuotaRows(rows, 'teamsRatio', 'descending', 'posts', 'zh-CN'))).toEqual(['c', 'b', 'a']);
  });
});

describe('the quota table as a worksheet', () => {
  it('lists the rows in the order given, numbers as numbers and the attained flags in words', () => {
    const rows = sortQuotaRows(quotaRows(units), undefined, 'ascending', 'posts', 'zh-CN');
    const sheet = quotaSheet(rows, { name: '2016年指标完成', header: (key) => `h:${key}`, yes: '已达标', no: '未达标' });
    expect(sheet.name).toBe('2016年指标完成');
    expect(sheet.columns.map((c) => [c.header, c.type])).toEqual(QUOTA_COLUMNS.map((c) => [`h:${c.key}`, c.type === 'attained' ? 'text' : c.type]));
    expect(sheet.rows[0]).toEqual(['U010', '市财政局', '经济系统', 40, 2, 4, 0.5, '未达标', 5, 1, 1, 1, '已达标']);
    expect(sheet.rows.map((r) => r[0])).toEqual(['U010', 'U002', 'U009']);
  });
});
