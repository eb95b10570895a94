import { startDashboardServer, type DashboardServer, type DemoToken } from '@sfxd/dashboard';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { chartsSettled, chartTable, dashboardPages, demoTokenList, eventually } from './dashboard-harness.js';
import { graphql } from './gql/index.js';
import type { TrendsCityQuery } from './gql/graphql.js';
import { ADMIN, gatewayClient, startTestPlatform, type TestPlatform } from './testkit.js';

// 评议趋势 in a real Chromium, served by the dashboard's server in front of the whole platform with
// its demo data (the 2015 and 2016 campaigns and their evaluation rounds). Every figure a chart's
// table lists is compared with the same figure asked here of the gateway. The harness (open, sign
// in, wait for the charts, read a chart's table) is the one of dashboard.test.ts.

const YEAR = 2016;

const TrendsUnits = graphql(`
  query TrendsUnits {
    units(includeExcluded: true) {
      id
      code
      name
      excluded
    }
    current: campaignByYear(year: 2016) {
      id
    }
    previous: campaignByYear(year: 2015) {
      id
    }
  }
`);

const TrendsCity = graphql(`
  query TrendsCity($campaignId: ID!, $unitId: ID) {
    evaluationTrend(campaignId: $campaignId, unitId: $unitId) {
      byRound {
        round {
          id
          name
        }
        count
        weightedScore
        satisfactionRate
      }
      byMonth {
        month
        count
        weightedScore
        satisfactionRate
      }
      byYear {
        year
        count
        weightedScore
        satisfactionRate
      }
    }
  }
`);

const TrendsKinds = graphql(`
  query TrendsKinds($roundId: ID!, $unitId: ID) {
    evaluationHistogram(roundId: $roundId, unitId: $unitId) {
      kind
      total
      buckets {
        label
        count
      }
    }
  }
`);

const TrendsCriteria = graphql(`
  query TrendsCriteria($campaignId: ID!, $tier: HonorTier!, $unitId: ID) {
    evaluationCriteria(campaignId: $campaignId, tier: $tier, unitId: $unitId) {
      criterion
      label
      mean
      byKind {
        kind
        mean
      }
    }
  }
`);

const TrendsRanking = graphql(`
  query TrendsRanking($campaignId: ID!) {
    evaluationUnitRanking(campaignId: $campaignId) {
      unit {
        id
        name
        excluded
      }
      count
      weightedScore
      satisfactionRate
    }
  }
`);

const TrendsRoundRanking = graphql(`
  query TrendsRoundRanking($roundId: ID!) {
    evaluationUnitRanking(roundId: $roundId) {
      unit {
        id
        name
        excluded
      }
      count
      weightedScore
    }
  }
`);

type Trend = TrendsCityQuery['evaluationTrend'];

let platform: TestPlatform;
let dashboard: DashboardServer;
let browser: Browser;
let tokens: DemoToken[];
let ask: ReturnType<typeof gatewayClient>;
const truth = {
  units: [] as { id: string; code: string; name: string; excluded: boolean }[],
  campaignId: '',
  previousId: '',
  city: undefined as unknown as Trend,
  previousCity: undefined as unknown as Trend,
};

beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform({ seed: { units: 12, membersPerUnit: 25 } }), launchBrowser()]);
  ask = gatewayClient(platform.gatewayUrl);
  const facts = (await ask(TrendsUnits, {}, ADMIN)).data!;
  truth.units = facts.units;
  truth.campaignId = facts.current!.id;
  truth.previousId = facts.previous!.id;
  truth.city = (await ask(TrendsCity, { campaignId: truth.campaignId }, ADMIN)).data!.evaluationTrend;
  truth.previousCity = (await ask(TrendsCity, { campaignId: truth.previousId }, ADMIN)).data!.evaluationTrend;
  const own = truth.units.find((u) => !u.excluded)!;
  tokens = await demoTokenList(own.id);
  dashboard = await startDashboardServer({ port: 0, gatewayUrl: platform.gatewayUrl, production: false, demoTokens: tokens });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await platform?.dispose();
});

// Pages that must log no error and reach nothing but their origin (the shared harness).
const pages = dashboardPages(() => ({ browser, dashboard }));
const open = async (role: string): Promise<Page> => (await pages.open(role)).page;

const CHARTS = ['trend-months', 'trend-rounds', 'trend-years', 'trend-kinds', 'trend-radar', 'trend-ranking'];

/** Coloured pixels on a chart's canvas: a drawn chart has thousands, a blank one none. */
async function paintedPixels(page: Page, name: string): Promise<number> {
  return page.locator(`[data-chart="${name}"] canvas`).first().evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) painted++;
    return painted;
  });
}

/** A cell as a number: "1,234.56" → 1234.56, "85.6%" → 0.856, "-" → null. */
const cell = (text: string): number | null => (text === '-' ? null : text.endsWith('%') ? Number(text.replace(/[,%]/g, '')) / 100 : Number(text.replace(/,/g, '')));
/** A share as a chart's table shows it (a percentage with one decimal), or a gap where there is none. */
function expectShare(text: string, rate: number | null | undefined, what: string) {
  if (rate == null) expect(cell(text), what).toBeNull();
  else expect(cell(text), what).toBeCloseTo(Math.round(rate * 1000) / 1000, 3);
}

/** Trend points as the chart's table lists them: label, score, satisfaction, count. */
function expectPoints(rows: string[][], points: { label: string; score?: number | null; rate?: number | null; count: number }[]) {
  expect(rows.map((r) => r[0])).toEqual(points.map((p) => p.label));
  rows.forEach((r, i) => {
    const p = points[i]!;
    expect(cell(r[1]!), `${p.label} score`).toBe(p.score ?? null);
    expectShare(r[2]!, p.rate, `${p.label} satisfaction`);
    expect(cell(r[3]!), `${p.label} count`).toBe(p.count);
  });
}
const monthsOf = (trend: Trend, year: number) => trend.byMonth.filter((m) => m.month!.startsWith(`${year}-`));
const monthName = (month: string) => `${Number(month.slice(5, 7))}月`;

// ---------------------------------------------------------------------------------------------

// Each test drives the browser through several loads: on a busy machine one takes most of the default minute.
const SLOW = 150_000;

describe('评议趋势 in a real browser', () => {
  it("shows the city's evaluations by month and round, 2016 against 2015, per evaluator kind, per criterion and per unit, each figure the gateway's", async () => {
    const page = await open('LEADER');
    await page.locator('[data-nav="evaluations"]').click();
    await page.waitForURL((u) => u.pathname === '/evaluations' && u.searchParams.get('year') === String(YEAR));
    await chartsSettled(page);
    for (const name of CHARTS) {
      expect(await page.locator(`[data-chart="${name}"]`).getAttribute('data-state'), name).toBe('ready');
      expect(await paintedPixels(page, name), name).toBeGreaterThan(2000);
    }
    expect(truth.city.byRound.length).toBeGreaterThan(1);

    // The year's figures, and the previous year's beside them.
    const year = truth.city.byYear.find((p) => p.year === YEAR)!;
    const before = truth.city.byYear.find((p) => p.year === YEAR - 1)!;
    expect(Number(await page.locator('[data-kpi="score"] .kpi-number').getAttribute('data-value'))).toBe(year.weightedScore);
    expect(Number(await page.locator('[data-kpi="count"] .kpi-number').getAttribute('data-value'))).toBe(year.count);
    expect(await page.locator('[data-kpi="score"] .kpi-note').innerText()).toBe(`${YEAR - 1}年：${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(before.weightedScore!)}`);

    // Per round and per month.
    const rounds = await chartTable(page, 'trend-rounds');
    expect(rounds.head).toEqual(['评议轮次', '加权得分', '满意率', '评议份数']);
    expectPoints(rounds.rows, truth.city.byRound.map((p) => ({ label: p.round!.name, score: p.weightedScore, rate: p.satisfactionRate, count: p.count })));
    const months = await chartTable(page, 'trend-months');
    expectPoints(months.rows, monthsOf(truth.city, YEAR).map((p) => ({ label: monthName(p.month!), score: p.weightedScore, rate: p.satisfactionRate, count: p.count })));

    // 2016 against 2015, month by month.
    const years = await chartTable(page, 'trend-years');
    expect(years.head).toEqual(['月份', '2016年加权得分', '2015年加权得分', '2016年满意率', '2015年满意率']);
    const previousMonths = monthsOf(truth.previousCity, YEAR - 1);
    expect(previousMonths.length).toBeGreaterThan(0);
    for (const [month, rows] of [[YEAR, monthsOf(truth.city, YEAR)], [YEAR - 1, previousMonths]] as const) {
      for (const p of rows) {
        const row = years.rows.find((r) => r[0] === monthName(p.month!))!;
        expect(cell(row[month === YEAR ? 1 : 2]!), `${p.month}`).toBe(p.weightedScore ?? null);
        expectShare(row[month === YEAR ? 3 : 4]!, p.satisfactionRate, `${p.month}`);
      }
    }
    expect(years.rows).toHaveLength(new Set([...monthsOf(truth.city, YEAR), ...previousMonths].map((p) => p.month!.slice(5))).size);

    // Per evaluator kind: the year's last round.
    const last = truth.city.byRound.at(-1)!.round!;
    const histogram = (await ask(TrendsKinds, { roundId: last.id }, ADMIN)).data!.evaluationHistogram;
    const kinds = await chartTable(page, 'trend-kinds');
    expect(kinds.head.slice(0, 4)).toEqual(['分数段', '群众评议（份）', '党员互评（份）', '领导点评（份）']);
    expect(kinds.rows.map((r) => r[0])).toEqual(histogram[0]!.buckets.map((b) => b.label));
    expect(kinds.rows.map((r) => r.slice(1, 4).map(cell))).toEqual(histogram[0]!.buckets.map((_, b) => histogram.map((k) => k.buckets[b]!.count)));
    expect(await page.locator('[data-chart="trend-kinds"] .echart').getAttribute('aria-label')).toContain(last.name);

    // Per criterion: the year's posts (示范岗), criteria named in Chinese.
    const criteria = (await ask(TrendsCriteria, { campaignId: truth.campaignId, tier: 'POST' }, ADMIN)).data!.evaluationCriteria;
    const radar = await chartTable(page, 'trend-radar');
    expect(radar.rows.map((r) => r[0])).toEqual(['政治合格', '守规矩重品行', '联系服务群众', '担当作为']);
    expect(radar.rows.map((r) => r.slice(1).map(cell))).toEqual(criteria.map((c) => [c.mean, ...c.byKind.map((k) => k.mean)]));

    // Units by weighted score: the units running their own action left out.
    const ranking = (await ask(TrendsRanking, { campaignId: truth.campaignId }, ADMIN)).data!.evaluationUnitRanking.filter((r) => !r.unit.excluded);
    expect(ranking.length).toBeGreaterThan(3);
    const ranked = await chartTable(page, 'trend-ranking');
    expect(ranked.rows.map((r) => [r[0], cell(r[1]!), cell(r[3]!)])).toEqual(ranking.map((r) => [r.unit.name, r.weightedScore, r.count]));
  }, SLOW);

  it("shows one unit's evaluations when it is chosen as the scope, and the unit marked in the ranking", async () => {
    const page = await open('ADMIN');
    await page.goto(new URL(`/evaluations?year=${YEAR}`, dashboard.url).href);
    await chartsSettled(page);
    const ranking = (await ask(TrendsRanking, { campaignId: truth.campaignId }, ADMIN)).data!.evaluationUnitRanking.filter((r) => !r.unit.excluded);
    const unit = ranking[Math.floor(ranking.length / 2)]!.unit;
    await page.locator('select[name="scope"]').selectOption(`unit:${unit.id}`);
    await page.waitForURL((u) => u.searchParams.get('scope') === `unit:${unit.id}`);
    await eventually(() => page.locator('[data-chart="trend-rounds"] .echart').getAttribute('aria-label')).toContain(unit.name);
    await chartsSettled(page);

    const mine = (await ask(TrendsCity, { campaignId: truth.campaignId, unitId: unit.id }, ADMIN)).data!.evaluationTrend;
    expect(mine.byRound.length).toBeGreaterThan(0);
    expect(mine.byRound.map((p) => p.count)).not.toEqual(truth.city.byRound.map((p) => p.count));
    for (const name of ['trend-months', 'trend-rounds', 'trend-years', 'trend-ranking']) {
      expect(await page.locator(`[data-chart="${name}"]`).getAttribute('data-state'), name).toBe('ready');
      expect(await paintedPixels(page, name), name).toBeGreaterThan(2000);
    }
    expectPoints((await chartTable(page, 'trend-rounds')).rows, mine.byRound.map((p) => ({ label: p.round!.name, score: p.weightedScore, rate: p.satisfactionRate, count: p.count })));
    expect(Number(await page.locator('[data-kpi="score"] .kpi-number').getAttribute('data-value'))).toBe(mine.byYear.find((p) => p.year === YEAR)!.weightedScore);

    const criteria = (await ask(TrendsCriteria, { campaignId: truth.campaignId, tier: 'POST', unitId: unit.id }, ADMIN)).data!.evaluationCriteria;
    if (criteria.some((c) => c.mean !== null)) {
      expect((await chartTable(page, 'trend-radar')).rows.map((r) => cell(r[1]!))).toEqual(criteria.map((c) => c.mean));
    } else {
      expect(await page.locator('[data-chart="trend-radar"]').getAttribute('data-state')).toBe('empty');
    }

    // One round: the unit's distribution per kind in it, and the units ranked by it.
    const round = mine.byRound[0]!.round!;
    await page.locator('select[name="round"]').selectOption(round.id);
    await page.waitForURL((u) => u.searchParams.get('round') === round.id);
    await eventually(() => page.locator('[data-chart="trend-ranking"] .echart').getAttribute('aria-label')).toContain(round.name);
    await chartsSettled(page);
    const histogram = (await ask(TrendsKinds, { roundId: round.id, unitId: unit.id }, ADMIN)).data!.evaluationHistogram;
    expect((await chartTable(page, 'trend-kinds')).rows.map((r) => r.slice(1, 4).map(cell))).toEqual(histogram[0]!.buckets.map((_, b) => histogram.map((k) => k.buckets[b]!.count)));
    const inRound = (await ask(TrendsRoundRanking, { roundId: round.id }, ADMIN)).data!.evaluationUnitRanking.filter((r) => !r.unit.excluded);
    expect((await chartTable(page, 'trend-ranking')).rows.map((r) => [r[0], cell(r[1]!), cell(r[3]!)])).toEqual(inRound.map((r) => [r.unit.name, r.weightedScore, r.count]));
  }, SLOW);

  it('switches its labels to English', async () => {
    const page = await open('LEADER');
    await page.goto(new URL(`/evaluations?year=${YEAR}`, dashboard.url).href);
    await chartsSettled(page);
    expect(await page.locator('h1').innerText()).toBe('评议趋势');
    await page.locator('[data-action="language"]').click();
    await eventually(() => page.locator('h1').innerText()).toBe('Evaluation trends');
    await chartsSettled(page);
    expect((await chartTable(page, 'trend-rounds')).head).toEqual(['Round', 'Weighted score', 'Satisfaction', 'Evaluations']);
    expect((await chartTable(page, 'trend-years')).head).toEqual(['Month', 'Weighted score 2016', 'Weighted score 2015', 'Satisfaction 2016', 'Satisfaction 2015']);
    expect((await chartTable(page, 'trend-radar')).rows.map((r) => r[0])).toEqual(['Political loyalty', 'Rules and conduct', 'Serving the masses', 'Responsibility']);
    expect((await chartTable(page, 'trend-kinds')).head.slice(1, 4)).toEqual(['Masses (count)', 'Peers (count)', 'Leaders (count)']);
    expect(await page.locator('[data-kpi="score"] .kpi-label').innerText()).toBe('Weighted score 2016');
  }, SLOW);

  it("opens a unit's page when its bar in the ranking is clicked", async () => {
    const page = await open('LEADER');
    await page.goto(new URL(`/evaluations?year=${YEAR}`, dashboard.url).href);
    await chartsSettled(page);
    const top = (await chartTable(page, 'trend-ranking')).rows[0]!;
    await page.locator('[data-chart="trend-ranking"] details.data-table summary').click();
    const ranking = (await ask(TrendsRanking, { campaignId: truth.campaignId }, ADMIN)).data!.evaluationUnitRanking.filter((r) => !r.unit.excluded);
    expect(top[0]).toBe(ranking[0]!.unit.name);

    // The top bar: the first run of the ranking's blue on the canvas, right of the unit names.
    const canvas = page.locator('[data-chart="trend-ranking"] canvas').first();
    await canvas.scrollIntoViewIfNeeded();
    const spot = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const scale = c.width / c.getBoundingClientRect().width;
      const blue = (i: number) => Math.abs(data[i]! - 0x00) < 4 && Math.abs(data[i + 1]! - 0x72) < 4 && Math.abs(data[i + 2]! - 0xb2) < 4;
      for (let y = 0; y < c.height; y++) {
        let run = 0;
        for (let x = 0; x < c.width * 0.9; x++) {
          run = blue((y * c.width + x) * 4) ? run + 1 : 0;
          if (run === Math.round(30 * scale)) return { x: (x - 15 * scale) / scale, y: y / scale };
        }
      }
      return null;
    });
    expect(spot).not.toBeNull();
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + spot!.x, box.y + spot!.y + 4);
    await page.waitForURL((u) => u.pathname === `/units/${ranking[0]!.unit.id}`);
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(YEAR));
    await eventually(() => page.locator('h1').innerText()).toContain(ranking[0]!.unit.name);
  }, SLOW);
});
