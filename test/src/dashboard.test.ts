import { startDashboardServer, type DashboardServer, type DemoToken } from '@sfxd/dashboard';
import { SCALES } from '@sfxd/seed';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { launchBrowser } from './browser.js';
import { BROWSER_TEST_MS, chartsSettled, chartTable, dashboardPages, demoTokenList, eventually, firstPixelOf } from './dashboard-harness.js';
import {
  DashboardCampaign,
  DashboardCityFigures,
  DashboardManagement,
  DashboardObjections,
  DashboardPlaqueCode,
  DashboardPublicRecords,
  DashboardPublicity,
  DashboardUnitActivity,
  DashboardUnitFacts,
  DashboardUnitQuota,
} from './documents.js';
import { LodgeObjection } from './documents-procedure.js';
import type { DashboardPublicityQuery } from './gql/graphql.js';
import { ADMIN, gatewayClient, startTestPlatform, type TestPlatform } from './testkit.js';

// The leadership dashboard in a real Chromium, served by its own server in front of the whole
// platform. Every figure a chart shows is checked against the gateway, asked independently here.

const YEAR = 2016;
/** `UPDATE_SCREENSHOTS=1` writes the README's screenshots (city-scale demo data) to docs/screenshots. */
const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const SHOTS = UPDATE_SCREENSHOTS ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)) : (process.env.SCREENSHOT_DIR ?? os.tmpdir());

const TYPES: Record<string, string> = {
  POST_COMPETITION: '岗位竞赛',
  SKILL_CONTEST: '技能比武',
  VOLUNTEER_SERVICE: '双报到志愿服务',
  GRASSROOTS_VISIT: '走基层',
  POVERTY_PAIRING: '精准扶贫结对帮扶',
  PUBLIC_COMMITMENT: '亮承诺',
};

type UnitFact = { id: string; code: string; name: string; excluded: boolean; teamCount: number; partyMemberCount: number; industry: { id: string; code: string; name: string } };
type ActivityRow = { type: string; month: number; count: number; hours: number };
type Figure = { count: number; target: number; ratio: number; attained: boolean };
type Quota = { partyMembers: number; teams: number; posts: Figure; teamQuota: Figure };
type Campaign = { id: string; name: string; phases: { name: string; startsOn: string; endsOn: string }[]; ledgerDueOn: string; firstBatchBy: string };
type HonorDates = { id: string; status: string; namedOn?: string | null };

let platform: TestPlatform;
let dashboard: DashboardServer;
let production: DashboardServer;
let browser: Browser;
let origin: string;
let tokens: DemoToken[];
/** What the gateway says, asked with the test's own documents. */
const truth = {
  units: [] as UnitFact[],
  activity: new Map<string, ActivityRow[]>(),
  teams: new Map<string, { name: string; memberCount: number }[]>(),
  /** Each demo year's campaign, its units' quotas (asked unit by unit) and its publicity windows. */
  campaigns: new Map<number, Campaign>(),
  quotas: new Map<number, Map<string, Quota>>(),
  publicity: new Map<number, string[]>(),
  /** Each demo year's candidacies: status and naming day. */
  honors: new Map<number, HonorDates[]>(),
};

beforeAll(async () => {
  [platform, browser] = await Promise.all([
    startTestPlatform({ seed: UPDATE_SCREENSHOTS ? SCALES.city : { units: 12, membersPerUnit: 25 } }),
    launchBrowser(),
  ]);
  const ask = gatewayClient(platform.gatewayUrl);
  const facts = await ask(DashboardUnitFacts, {}, ADMIN);
  truth.units = facts.data!.units;
  for (const unit of truth.units) {
    const res = await ask(DashboardUnitActivity, { id: unit.id, year: YEAR }, ADMIN);
    truth.activity.set(unit.id, res.data!.unit!.activityTotals);
    truth.teams.set(unit.id, res.data!.unit!.teams);
  }
  for (const year of [2015, 2016]) {
    const campaign = (await ask(DashboardCampaign, { year }, ADMIN)).data!.campaignByYear!;
    truth.campaigns.set(year, campaign);
    const quotas = new Map<string, Quota>();
    for (const unit of truth.units) {
      const quota = (await ask(DashboardUnitQuota, { id: unit.id, campaignId: campaign.id }, ADMIN)).data!.unit!.quota;
      if (quota) quotas.set(unit.id, quota);
    }
    truth.quotas.set(year, quotas);
    const windows = new Set<string>();
    const all: HonorDates[] = [];
    let after: string | null = null;
    do {
      const honors: DashboardPublicityQuery['honors'] = (await ask(DashboardPublicity, { campaignId: campaign.id, after }, ADMIN)).data!.honors;
      all.push(...honors.edges.map((e) => e.node));
      for (const { node } of honors.edges) if (node.publicityStartsOn) windows.add(`${node.publicityStartsOn}/${node.publicityEndsOn}`);
      after = honors.pageInfo.hasNextPage ? honors.pageInfo.endCursor : null;
    } while (after);
    truth.publicity.set(year, [...windows].sort());
    truth.honors.set(year, all);
  }
  const own = participating()[0]!;
  tokens = await demoTokenList(own.id);
  dashboard = await startDashboardServer({ port: 0, gatewayUrl: platform.gatewayUrl, production: false, demoTokens: tokens });
  production = await startDashboardServer({ port: 0, gatewayUrl: platform.gatewayUrl, production: true, demoTokens: tokens });
  origin = new URL(dashboard.url).origin;
  mkdirSync(SHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await production?.close();
  await platform?.dispose();
});

// ---------------------------------------------------------------------------------------------
// What every page must never do: log an error, or reach anything but its own origin (the harness
// fails the test after it).

const { open } = dashboardPages(() => ({ browser, dashboard }));

async function chartState(page: Page, name: string) {
  return page.locator(`[data-chart="${name}"]`).getAttribute('data-state');
}

/** Coloured pixels on a chart's canvas: a drawn chart has thousands, a blank one none. */
async function paintedPixels(page: Page, name: string): Promise<number> {
  return page.locator(`[data-chart="${name}"] canvas`).first().evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) painted++;
    return painted;
  });
}

/** A screenshot as a reader first sees the page: at the top, tables beside the charts closed. */
async function screenshot(page: Page, name: string, scrollTo?: string) {
  await page.evaluate(() => document.querySelectorAll('details[open]').forEach((d) => d.removeAttribute('open')));
  if (scrollTo) await page.locator(scrollTo).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

const num = (text: string) => Number(text.replace(/,/g, ''));
/** "33.3%" → 0.333 */
const share = (text: string) => Number(text.replace('%', '')) / 100;

/** A downloaded .xlsx read back with ExcelJS, as a reader's spreadsheet program would open it. */
async function readXlsx(download: Download) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as never);
  const sheet = workbook.worksheets[0]!;
  const rows: (string | number | null)[][] = [];
  sheet.eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)));
  return { sheet, head: rows[0]!, rows: rows.slice(1) };
}

/** The quota table on the page: one record per unit, by the column names of its cells. */
async function quotaTable(page: Page): Promise<{ id: string; cells: Record<string, string> }[]> {
  return page.locator('[data-table="quota"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-unit')!,
      cells: Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.getAttribute('data-col')!, td.textContent!.trim()])),
    })),
  );
}
const participating = () => truth.units.filter((u) => !u.excluded).sort((a, b) => a.code.localeCompare(b.code));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const kpi = (page: Page, name: string) => page.locator(`[data-kpi="${name}"] .kpi-number`).innerText().then(num);

function cityActivity(units: UnitFact[]) {
  const rows = units.flatMap((u) => truth.activity.get(u.id) ?? []);
  return { rows, count: sum(rows.map((r) => r.count)), hours: sum(rows.map((r) => r.hours)) };
}

// ---------------------------------------------------------------------------------------------

describe('the dashboard in a real browser', { timeout: BROWSER_TEST_MS }, () => {
  it('shows an anonymous visitor the public directory and the honor roll only, and sends them to sign in for the rest', async () => {
    const { page } = await open();
    await page.goto(dashboard.url);
    await page.waitForURL((u) => u.pathname === '/directory');
    await chartsSettled(page);
    expect(await page.locator('[data-nav]').evaluateAll((links) => links.map((l) => l.getAttribute('data-nav')))).toEqual(['directory', 'honors']);
    const { rows } = await chartTable(page, 'directory-industries');
    expect(sum(rows.map((r) => num(r[1]!) + num(r[2]!)))).toBe(truth.units.length);
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(truth.units.length);
    expect(await page.locator('[data-action="sign-in"]').isVisible()).toBe(true);
    if (UPDATE_SCREENSHOTS) await screenshot(page, 'directory');

    await page.goto(new URL('/overview', dashboard.url).href);
    await page.waitForURL((u) => u.pathname === '/sign-in' && u.searchParams.get('next') === '/overview');
    await eventually(() => page.locator('[data-demo-tokens] [data-demo-role]').count()).toBe(tokens.length);
    expect(await page.locator('[data-demo-tokens]').innerText()).toContain(participating()[0]!.name);
    if (UPDATE_SCREENSHOTS) await screenshot(page, 'sign-in');
  });

  it('renders every overview chart from the demo data, each figure equal to the gateway’s', async () => {
    const { page } = await open('LEADER');
    expect(new URL(page.url()).pathname).toBe('/overview');
    await chartsSettled(page);
    const names = ['industries', 'activity-types', 'activity-months', 'unit-members', 'unit-activities'];
    for (const name of names) {
      expect(await chartState(page, name), name).toBe('ready');
      expect(await paintedPixels(page, name), name).toBeGreaterThan(2000);
    }
    // What a screen reader announces: the title and each row's label and figures.
    const aria = (await page.locator('[data-chart="industries"] .echart').getAttribute('aria-label'))!;
    const firstIndustry = truth.units.map((u) => u.industry).sort((a, b) => a.code.localeCompare(b.code))[0]!;
    expect(aria).toContain('各系统单位数。');
    expect(aria).toContain(`${firstIndustry.name}：参与示范行动 `);
    expect(aria).not.toMatch(/NaN|[0-9a-f]{8}-[0-9a-f]{4}/);

    const units = participating();
    const city = cityActivity(units);
    expect(city.count).toBeGreaterThan(0);
    expect(await kpi(page, 'participatingUnits')).toBe(units.length);
    expect(await kpi(page, 'excludedUnits')).toBe(truth.units.length - units.length);
    expect(await kpi(page, 'partyMembers')).toBe(sum(units.map((u) => u.partyMemberCount)));
    expect(await kpi(page, 'teams')).toBe(sum(units.map((u) => u.teamCount)));
    expect(await kpi(page, 'activities')).toBe(city.count);
    expect(await kpi(page, 'hours')).toBeCloseTo(city.hours, 5);

    // Units per system: every unit, participating and excluded apart.
    const industries = await chartTable(page, 'industries');
    expect(industries.head).toEqual(['系统', '参与示范行动', '另行组织实施']);
    const byIndustry = new Map<string, [number, number]>();
    for (const u of truth.units) {
      const row = byIndustry.get(u.industry.name) ?? [0, 0];
      row[u.excluded ? 1 : 0] += 1;
      byIndustry.set(u.industry.name, row);
    }
    expect(new Map(industries.rows.map((r) => [r[0]!, [num(r[1]!), num(r[2]!)]]))).toEqual(byIndustry);

    // Activities by type and by month, city-wide (participating units).
    const types = await chartTable(page, 'activity-types');
    expect(types.rows.map((r) => r[0])).toEqual(Object.values(TYPES));
    for (const [key, label] of Object.entries(TYPES)) {
      const row = types.rows.find((r) => r[0] === label)!;
      const rows = city.rows.filter((r) => r.type === key);
      expect(num(row[1]!), label).toBe(sum(rows.map((r) => r.count)));
      expect(num(row[2]!), label).toBeCloseTo(sum(rows.map((r) => r.hours)), 5);
    }
    const months = await chartTable(page, 'activity-months');
    expect(months.head).toEqual(['月份', ...Object.values(TYPES), '合计']);
    expect(months.rows).toHaveLength(12);
    months.rows.forEach((row, i) => {
      expect(row[0]).toBe(`${i + 1}月`);
      Object.keys(TYPES).forEach((key, k) => {
        expect(num(row[k + 1]!), `${row[0]} ${key}`).toBe(sum(city.rows.filter((r) => r.month === i + 1 && r.type === key).map((r) => r.count)));
      });
      expect(num(row[7]!)).toBe(sum(city.rows.filter((r) => r.month === i + 1).map((r) => r.count)));
    });

    // Per unit: party members and activities, ranked.
    const members = await chartTable(page, 'unit-members');
    expect(members.rows.map((r) => [r[0], num(r[1]!)])).toEqual(
      [...units].sort((a, b) => b.partyMemberCount - a.partyMemberCount || a.name.localeCompare(b.name, 'zh-CN')).map((u) => [u.name, u.partyMemberCount]),
    );
    const activities = await chartTable(page, 'unit-activities');
    expect(new Map(activities.rows.map((r) => [r[0]!, num(r[1]!)]))).toEqual(new Map(units.map((u) => [u.name, cityActivity([u]).count])));

    // The table under the charts: the same figures per unit.
    const table = await page.locator('[data-table="units"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(table.map((r) => [r[0], r[1], num(r[4]!), num(r[5]!), num(r[6]!)])).toEqual(
      units.map((u) => [u.code, u.name, u.partyMemberCount, u.teamCount, cityActivity([u]).count]),
    );
    if (UPDATE_SCREENSHOTS) {
      await screenshot(page, 'overview');
      await screenshot(page, 'overview-units', '[data-chart="activity-months"]');
    }
  });

  it('counts the units that run their own action when asked, and names each figure’s scope', async () => {
    const { page } = await open('ADMIN');
    await page.locator('input[name="scope"]').check();
    await page.waitForURL((u) => u.searchParams.get('scope') === 'all');
    await chartsSettled(page);
    const all = cityActivity(truth.units);
    expect(await kpi(page, 'partyMembers')).toBe(sum(truth.units.map((u) => u.partyMemberCount)));
    expect(await kpi(page, 'teams')).toBe(sum(truth.units.map((u) => u.teamCount)));
    expect(await kpi(page, 'activities')).toBe(all.count);
    expect((await chartTable(page, 'unit-members')).rows).toHaveLength(truth.units.length);
  });

  it('opens the department whose bar is clicked, and the one whose table row is clicked', async () => {
    const { page } = await open('LEADER');
    await chartsSettled(page);
    const first = (await chartTable(page, 'unit-members')).rows[0]![0]!;
    const expected = truth.units.find((u) => u.name === first)!;
    const bar = await firstPixelOf(page, 'unit-members', '#0072B2');
    await page.mouse.click(bar.x, bar.y);
    await page.waitForURL((u) => u.pathname === `/units/${expected.id}`);
    await eventually(() => page.locator('[data-unit-name]').innerText()).toBe(expected.name);

    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/overview');
    const other = participating()[1]!;
    await page.locator(`[data-table="units"] tr[data-unit="${other.id}"]`).click();
    await page.waitForURL((u) => u.pathname === `/units/${other.id}`);
    await eventually(() => page.locator('[data-unit-name]').innerText()).toBe(other.name);
  });

  it('filters the units by the system whose bar is clicked', async () => {
    const { page } = await open('LEADER');
    await chartsSettled(page);
    const industries = await chartTable(page, 'industries');
    const firstName = industries.rows[0]![0]!;
    const industry = truth.units.find((u) => u.industry.name === firstName)!.industry;
    const bar = await firstPixelOf(page, 'industries', industries.rows[0]![1] === '0' ? '#8C8C8C' : '#0072B2');
    await page.mouse.click(bar.x, bar.y);
    await page.waitForURL((u) => u.searchParams.get('industry') === industry.id);
    await chartsSettled(page);
    const listed = participating().filter((u) => u.industry.id === industry.id);
    expect(await page.locator('[data-table="units"] tbody tr').count()).toBe(listed.length);
    expect(await page.locator('[data-filter]').innerText()).toContain(industry.name);
  });

  it('shows the year’s campaign timeline and its post and team quotas summed over the units, each equal to the gateway’s', async () => {
    const { page } = await open('LEADER');
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(YEAR));
    await chartsSettled(page);
    expect(await chartState(page, 'campaign-timeline')).toBe('ready');
    expect(await paintedPixels(page, 'campaign-timeline')).toBeGreaterThan(2000);
    const campaign = truth.campaigns.get(YEAR)!;
    const timeline = await chartTable(page, 'campaign-timeline');
    expect(timeline.head).toEqual(['事项', '类别', '开始', '结束']);
    expect(timeline.rows.filter((r) => r[1] === '阶段')).toEqual(campaign.phases.map((p) => [p.name, '阶段', p.startsOn, p.endsOn]));
    expect(timeline.rows.filter((r) => r[1] === '节点')).toEqual([
      ['台账报送截止', '节点', campaign.ledgerDueOn, campaign.ledgerDueOn],
      ['首批命名（七一前）', '节点', campaign.firstBatchBy, campaign.firstBatchBy],
    ]);
    const publicity = timeline.rows.filter((r) => r[1] === '公示');
    expect(publicity.map((r) => `${r[2]}/${r[3]}`).sort()).toEqual(truth.publicity.get(YEAR));
    expect(publicity.length).toBeGreaterThan(0);
    // The campaign's year is over: the line stands at its end.
    expect(await page.locator('[data-chart="campaign-timeline"] .echart').getAttribute('aria-label')).toContain('已结束，标线为年末（12月31日）');

    const quotas = [...truth.quotas.get(YEAR)!.values()];
    expect(quotas).toHaveLength(participating().length);
    // The quota figures are no chart: chartsSettled does not wait for them.
    await eventually(() => page.locator('[data-part="quota"]').getAttribute('data-state')).toBe('ready');
    for (const [name, pick] of [
      ['posts', (q: Quota) => q.posts],
      ['teamQuota', (q: Quota) => q.teamQuota],
    ] as const) {
      expect(await kpi(page, name), name).toBe(sum(quotas.map((q) => pick(q).count)));
      expect(Number(await page.locator(`[data-kpi="${name}"] .kpi-target`).getAttribute('data-target')), name).toBe(sum(quotas.map((q) => pick(q).target)));
      expect(await page.locator(`[data-kpi="${name}"] .kpi-note`).innerText(), name).toContain(`${quotas.filter((q) => pick(q).attained).length}/${quotas.length} 个单位达标`);
    }
    await page.locator('[data-link="quota"]').click();
    await page.waitForURL((u) => u.pathname === '/quota' && u.searchParams.get('year') === String(YEAR));
  });

  it('shows 指标完成 per unit — bars and a table equal to the gateway’s, in English and for 2015 — opens a unit, and exports the table to XLSX', async () => {
    const { page } = await open('LEADER');
    await page.locator('[data-nav="quota"]').click();
    await page.waitForURL((u) => u.pathname === '/quota' && u.searchParams.get('year') === '2016');
    await chartsSettled(page);
    const byName = new Map(participating().map((u) => [u.name, u]));

    /** The chart's rows, the table's and the gateway's, for a year, in the UI's words. */
    async function expectFigures(year: number, words: { head: string[]; yes: string; no: string; attained: string; unattained: string }) {
      const quotas = truth.quotas.get(year)!;
      expect(await chartState(page, 'quota-attainment')).toBe('ready');
      expect(await paintedPixels(page, 'quota-attainment')).toBeGreaterThan(2000);
      const chart = await chartTable(page, 'quota-attainment');
      expect(chart.head).toEqual(words.head);
      expect(chart.rows).toHaveLength(quotas.size);
      for (const [name, count, target, ratio, status] of chart.rows) {
        const posts = quotas.get(byName.get(name!)!.id)!.posts;
        expect([num(count!), num(target!), status], name).toEqual([posts.count, posts.target, posts.attained ? words.attained : words.unattained]);
        expect(share(ratio!), name).toBeCloseTo(posts.ratio, 3);
      }
      // Lowest ratio first.
      const ratios = chart.rows.map((r) => quotas.get(byName.get(r[0]!)!.id)!.posts.ratio);
      expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
      // Short units in vermillion, the others in blue (a bar is drawn for a count above zero, among the 20 rows in view).
      const inView = chart.rows.slice(0, 20).filter((r) => num(r[1]!) > 0);
      if (inView.some((r) => r[4] === words.unattained)) await firstPixelOf(page, 'quota-attainment', '#D55E00');
      if (inView.some((r) => r[4] === words.attained)) await firstPixelOf(page, 'quota-attainment', '#0072B2');

      const table = await quotaTable(page);
      expect(table.map((r) => r.cells.name)).toEqual(chart.rows.map((r) => r[0]));
      for (const { id, cells } of table) {
        const q = quotas.get(id)!;
        expect(cells.name).toBe(participating().find((u) => u.id === id)!.name);
        expect([num(cells.partyMembers!), num(cells.postsCount!), num(cells.postsTarget!), cells.postsAttained], cells.name).toEqual([q.partyMembers, q.posts.count, q.posts.target, q.posts.attained ? words.yes : words.no]);
        expect([num(cells.teamCount!), num(cells.teamsCount!), num(cells.teamsTarget!), cells.teamsAttained], cells.name).toEqual([q.teams, q.teamQuota.count, q.teamQuota.target, q.teamQuota.attained ? words.yes : words.no]);
        expect(share(cells.postsRatio!)).toBeCloseTo(q.posts.ratio, 3);
        expect(share(cells.teamsRatio!)).toBeCloseTo(q.teamQuota.ratio, 3);
      }
    }

    async function exported(name: string) {
      const download = page.waitForEvent('download');
      await page.locator('[data-table="quota"] [data-action="export-xlsx"]').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(name);
      return readXlsx(file);
    }
    const xlsxRow = (year: number, unit: UnitFact, yes: string, no: string) => {
      const q = truth.quotas.get(year)!.get(unit.id)!;
      return [
        unit.code, unit.name, unit.industry.name, q.partyMembers,
        q.posts.count, q.posts.target, q.posts.ratio, q.posts.attained ? yes : no,
        q.teams, q.teamQuota.count, q.teamQuota.target, q.teamQuota.ratio, q.teamQuota.attained ? yes : no,
      ];
    };

    await expectFigures(2016, { head: ['单位', '已申报', '目标', '完成率', '是否达标'], yes: '达标', no: '未达标', attained: '已达标', unattained: '未达标' });
    const zh = await exported('指标完成-2016.xlsx');
    expect(zh.head).toEqual(['编号', '单位名称', '所属系统', '党员数', '示范岗申报', '示范岗目标', '示范岗完成率', '示范岗达标', '团队数', '示范团队申报', '示范团队目标', '示范团队完成率', '示范团队达标']);
    expect(zh.rows).toHaveLength(participating().length);
    const sample = participating()[1]!;
    expect(zh.rows.find((r) => r[0] === sample.code)).toEqual(xlsxRow(2016, sample, '达标', '未达标'));
    expect(zh.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(zh.sheet.autoFilter).toBe(`A1:M${participating().length + 1}`);
    expect(zh.sheet.getColumn(2).width).toBeGreaterThan(12);
    if (UPDATE_SCREENSHOTS) await screenshot(page, 'quota');

    // The top-most bar drawn (the first unit, by ratio, that declared any) opens its unit.
    const rows = (await chartTable(page, 'quota-attainment')).rows;
    const drawn = rows.findIndex((r) => num(r[1]!) > 0);
    expect(drawn).toBeGreaterThanOrEqual(0);
    expect(drawn).toBeLessThan(20);
    const unit = byName.get(rows[drawn]![0]!)!;
    const bar = await firstPixelOf(page, 'quota-attainment', rows[drawn]![4] === '已达标' ? '#0072B2' : '#D55E00');
    await page.mouse.click(bar.x, bar.y);
    await page.waitForURL((u) => u.pathname === `/units/${unit.id}` && u.searchParams.get('year') === '2016');
    await eventually(() => page.locator('[data-unit-name]').innerText()).toBe(unit.name);
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/quota');
    await chartsSettled(page);

    await page.locator('[data-action="language"]').click();
    await eventually(() => page.locator('[data-nav="quota"]').innerText()).toBe('Quota attainment');
    await page.locator('select[name="year"]').selectOption('2015');
    await page.waitForURL((u) => u.pathname === '/quota' && u.searchParams.get('year') === '2015');
    await chartsSettled(page);
    await eventually(() => chartTable(page, 'quota-attainment').then((t) => t.head)).toEqual(['Unit', 'Declared', 'Target', 'Ratio', 'Attained']);
    await expectFigures(2015, { head: ['Unit', 'Declared', 'Target', 'Ratio', 'Attained'], yes: 'Yes', no: 'No', attained: 'Attained', unattained: 'Not attained' });
    const en = await exported('quota-attainment-2015.xlsx');
    expect(en.head.slice(0, 5)).toEqual(['Code', 'Unit', 'System', 'Members', 'Posts declared']);
    expect(en.rows.find((r) => r[0] === sample.code)).toEqual(xlsxRow(2015, sample, 'Yes', 'No'));

    // A row of the table opens its unit, for the year shown.
    const other = participating()[2]!;
    await page.locator(`[data-table="quota"] tr[data-unit="${other.id}"]`).click();
    await page.waitForURL((u) => u.pathname === `/units/${other.id}` && u.searchParams.get('year') === '2015');
    await eventually(() => page.locator('[data-unit-name]').innerText()).toBe(other.name);
  });

  it('filters 指标完成 by system and sorts its table by a column', async () => {
    const { page } = await open('ADMIN');
    await page.goto(new URL(`/quota?year=${YEAR}`, dashboard.url).href);
    await chartsSettled(page);
    const industry = participating()[0]!.industry;
    await page.locator('select[name="industry"]').selectOption(industry.id);
    await page.waitForURL((u) => u.searchParams.get('industry') === industry.id);
    await chartsSettled(page);
    const listed = participating().filter((u) => u.industry.id === industry.id);
    expect((await quotaTable(page)).map((r) => r.id).sort()).toEqual(listed.map((u) => u.id).sort());
    expect((await chartTable(page, 'quota-attainment')).rows).toHaveLength(listed.length);
    const quotas = truth.quotas.get(YEAR)!;
    expect(await kpi(page, 'posts')).toBe(sum(listed.map((u) => quotas.get(u.id)!.posts.count)));

    await page.locator('select[name="industry"]').selectOption('');
    await page.waitForURL((u) => !u.searchParams.has('industry'));
    await chartsSettled(page);
    await page.locator('[data-sort="partyMembers"]').click();
    expect(await page.locator('th:has([data-sort="partyMembers"])').getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await quotaTable(page)).map((r) => num(r.cells.partyMembers!));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.locator('[data-sort="partyMembers"]').click();
    const descending = (await quotaTable(page)).map((r) => num(r.cells.partyMembers!));
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(await page.locator('th:has([data-sort="partyMembers"])').getAttribute('aria-sort')).toBe('descending');
  });

  it('remembers the chosen year from view to view and on the next visit, offering the campaigns’ years', async () => {
    const { page } = await open('LEADER');
    await chartsSettled(page);
    const year = page.locator('select[name="year"]');
    await eventually(() => year.locator('option').allInnerTexts()).toEqual(['2016年', '2015年']);
    await year.selectOption('2015');
    await page.waitForURL((u) => u.pathname === '/overview' && u.searchParams.get('year') === '2015');
    await page.locator('[data-nav="quota"]').click();
    await page.waitForURL((u) => u.pathname === '/quota' && u.searchParams.get('year') === '2015');
    await page.goto(new URL('/overview', dashboard.url).href);
    await page.waitForURL((u) => u.pathname === '/overview' && u.searchParams.get('year') === '2015');
    expect(await year.inputValue()).toBe('2015');
    await chartsSettled(page);
    expect(await page.locator('[data-chart="campaign-timeline"] .echart').getAttribute('aria-label')).toContain(truth.campaigns.get(2015)!.name);
  });

  it('exports the public directory to XLSX, anonymously, with the page’s headings', async () => {
    const { page } = await open();
    await page.goto(new URL('/directory', dashboard.url).href);
    await chartsSettled(page);
    const download = page.waitForEvent('download');
    await page.locator('[data-action="export-xlsx"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('单位名录.xlsx');
    const { head, rows, sheet } = await readXlsx(file);
    expect(head).toEqual(['编号', '单位名称', '所属系统', '参与情况', '团队数']);
    expect(rows).toHaveLength(truth.units.length);
    const unit = truth.units.find((u) => u.excluded) ?? truth.units[0]!;
    expect(rows.find((r) => r[0] === unit.code)).toEqual([unit.code, unit.name, unit.industry.name, unit.excluded ? '另行组织实施' : '参与示范行动', unit.teamCount]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('shows a department: members paged and searchable, teams and activities by month equal to the gateway’s', async () => {
    const unit = participating()[2]!;
    const { page } = await open('LEADER');
    await page.goto(new URL(`/units/${unit.id}?year=${YEAR}`, dashboard.url).href);
    await chartsSettled(page);
    expect(await page.locator('[data-unit-name]').innerText()).toBe(unit.name);
    const own = cityActivity([unit]);
    expect(await kpi(page, 'partyMembers')).toBe(unit.partyMemberCount);
    expect(await kpi(page, 'teams')).toBe(unit.teamCount);
    expect(await kpi(page, 'activities')).toBe(own.count);
    expect(await kpi(page, 'hours')).toBeCloseTo(own.hours, 5);

    const months = await chartTable(page, 'unit-activity-months');
    months.rows.forEach((row, i) => expect(num(row[7]!), row[0]).toBe(sum(own.rows.filter((r) => r.month === i + 1).map((r) => r.count))));
    const teams = await chartTable(page, 'unit-teams');
    expect(new Map(teams.rows.map((r) => [r[0]!, num(r[1]!)]))).toEqual(new Map(truth.teams.get(unit.id)!.map((t) => [t.name, t.memberCount])));

    // Pages of 20 (the test's units have 25 members, the city's up to 80).
    const members = page.locator('[data-table="members"] tbody tr');
    expect(await page.locator('[data-total="members"]').innerText()).toBe(`共 ${unit.partyMemberCount} 条`);
    expect(await members.count()).toBe(Math.min(20, unit.partyMemberCount));
    expect(await page.locator('[data-personal]').count()).toBe(0);
    const firstPage = await members.allInnerTexts();
    await page.locator('[data-page="next"]').click();
    await eventually(() => page.locator('[data-page-number]').innerText()).toBe('第 2 页');
    await eventually(() => members.count()).toBe(Math.min(20, unit.partyMemberCount - 20));
    // With 40 members or more both pages hold 20: wait for the second page's rows themselves.
    await eventually(() => members.first().innerText()).not.toBe(firstPage[0]);
    expect(await members.allInnerTexts()).not.toEqual(expect.arrayContaining([firstPage[0]]));
    await page.locator('[data-page="previous"]').click();
    await eventually(() => members.allInnerTexts()).toEqual(firstPage);

    const someone = (await members.first().locator('td').first().innerText()).trim();
    await page.locator('input[name="search"]').fill(someone);
    await page.locator('form[role="search"] button').click();
    await eventually(async () => (await members.locator('td:first-child').allInnerTexts()).every((n) => n.includes(someone))).toBe(true);
    expect(await members.count()).toBeGreaterThanOrEqual(1);
    expect(await members.count()).toBeLessThan(20);
    if (UPDATE_SCREENSHOTS) {
      await page.locator('input[name="search"]').fill('');
      await page.locator('form[role="search"] button').click();
      await eventually(() => members.count()).toBe(Math.min(20, unit.partyMemberCount));
      await screenshot(page, 'unit');
    }
  });

  it('shows personal fields to the committee staff, and a unit’s party staff its own unit only', async () => {
    const admin = await open('ADMIN');
    const unit = participating()[0]!;
    await admin.page.goto(new URL(`/units/${unit.id}`, dashboard.url).href);
    await eventually(() => admin.page.locator('[data-table="members"] tbody tr').count()).toBeGreaterThan(0);
    expect(await admin.page.locator('[data-personal]').count()).toBe(2);
    const phone = await admin.page.locator('[data-table="members"] tbody tr').first().locator('td').nth(7).innerText();
    expect(phone).toMatch(/^1\d{10}$|^—$/);

    // The UNIT_ADMIN demo token belongs to the first participating unit: it lands there.
    const { page } = await open('UNIT_ADMIN');
    expect(new URL(page.url()).pathname).toBe(`/units/${unit.id}`);
    await eventually(() => page.locator('[data-table="members"] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-personal]').count()).toBe(2);

    // Another unit: its aggregates, but neither its roster nor its teams.
    const other = participating()[1]!;
    await page.goto(new URL(`/units/${other.id}`, dashboard.url).href);
    await eventually(() => page.locator('[data-unit-name]').innerText()).toBe(other.name);
    expect(await kpi(page, 'partyMembers')).toBe(other.partyMemberCount);
    expect(await page.locator('[data-roster-hidden]').isVisible()).toBe(true);
    expect(await page.locator('[data-table="members"]').count()).toBe(0);
    expect(await page.locator('[data-chart="unit-teams"]').count()).toBe(0);
  });

  it('switches the labels to English and back, and remembers the choice', async () => {
    const { page } = await open('LEADER');
    await chartsSettled(page);
    expect(await page.locator('[data-nav="overview"]').innerText()).toBe('基本情况');
    await page.locator('[data-action="language"]').click();
    await eventually(() => page.locator('[data-nav="overview"]').innerText()).toBe('Overview');
    await chartsSettled(page);
    expect((await chartTable(page, 'industries')).head).toEqual(['System', 'Participating', 'Own action']);
    expect((await chartTable(page, 'activity-months')).rows[4]![0]).toBe('May');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await eventually(() => page.locator('[data-nav="overview"]').innerText()).toBe('Overview');
    await page.locator('[data-action="language"]').click();
    await eventually(() => page.locator('[data-nav="overview"]').innerText()).toBe('基本情况');
    await chartsSettled(page);
    expect((await chartTable(page, 'activity-months')).rows[4]![0]).toBe('5月');
  });

  it('shows an empty year as a sentence, not a blank chart', async () => {
    const { page } = await open('LEADER');
    await page.goto(new URL('/overview?year=2015', dashboard.url).href);
    await chartsSettled(page);
    for (const name of ['activity-types', 'activity-months', 'unit-activities']) {
      expect(await chartState(page, name), name).toBe('empty');
      expect(await page.locator(`[data-chart="${name}"]`).innerText()).toContain('2015年度暂无示范活动记录');
    }
    expect(await chartState(page, 'industries')).toBe('ready');
    expect(await kpi(page, 'activities')).toBe(0);

    // A year without a campaign: no timeline, no quotas, said so.
    await page.goto(new URL('/quota?year=2014', dashboard.url).href);
    await chartsSettled(page);
    expect(await chartState(page, 'quota-attainment')).toBe('empty');
    expect(await page.locator('[data-chart="quota-attainment"]').innerText()).toContain('2014年度没有开展示范行动');
    await page.goto(new URL('/overview?year=2014', dashboard.url).href);
    await chartsSettled(page);
    expect(await chartState(page, 'campaign-timeline')).toBe('empty');
    expect(await page.locator('[data-part="quota"]').innerText()).toContain('2014年度没有开展示范行动');
  });

  it('shows a failed load with the reason and a retry that recovers', async () => {
    const watched = await open('LEADER');
    const { page } = watched;
    watched.expected.push(/status of 502/);
    let failing = true;
    await page.route('**/graphql', async (route) => {
      if (failing && route.request().postData()?.includes('UnitActivityTotalsBatch')) {
        await route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'The gateway did not answer', extensions: { code: 'BAD_GATEWAY' } }] }) });
      } else await route.continue();
    });
    await page.goto(new URL('/overview', dashboard.url).href);
    await chartsSettled(page);
    expect(await chartState(page, 'activity-months')).toBe('error');
    expect(await chartState(page, 'industries')).toBe('ready');
    const card = page.locator('[data-chart="activity-months"]');
    expect(await card.innerText()).toContain('数据加载失败');
    failing = false;
    await card.getByRole('button', { name: '重试' }).click();
    await chartsSettled(page);
    expect(await chartState(page, 'activity-months')).toBe('ready');
  });

  it('saves a chart as a PNG from its toolbox', async () => {
    const { page } = await open('LEADER');
    await chartsSettled(page);
    const canvas = page.locator('[data-chart="industries"] canvas').first();
    // ECharts draws its toolbox at the top right: the save button is its only one.
    const icon = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const scale = c.width / c.getBoundingClientRect().width;
      let sx = 0;
      let sy = 0;
      let n = 0;
      for (let y = 0; y < 60 * scale; y++) {
        for (let x = Math.round(c.width - 80 * scale); x < c.width; x++) {
          const i = (y * c.width + x) * 4;
          if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) [sx, sy, n] = [sx + x, sy + y, n + 1];
        }
      }
      return n ? { x: sx / n / scale, y: sy / n / scale } : null;
    });
    expect(icon).not.toBeNull();
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const download = page.waitForEvent('download');
    await page.mouse.click(box.x + icon!.x, box.y + icon!.y);
    const file = await download;
    expect(file.suggestedFilename()).toBe('各系统单位数.png');
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5_000);
  });

  it('offers no demo token when served in production', async () => {
    const { page } = await open(undefined, { server: production });
    await page.goto(new URL('/sign-in', production.url).href);
    await eventually(() => page.locator('textarea[name="token"]').isVisible()).toBe(true);
    const res = await page.request.get(new URL('/api/demo-tokens', production.url).href);
    expect(await res.json()).toEqual({ tokens: [] });
    expect(await page.locator('[data-demo-tokens], [data-demo-role]').count()).toBe(0);

    // A pasted token still signs in.
    await page.locator('textarea[name="token"]').fill(tokens.find((t) => t.role === 'LEADER')!.token);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname === '/overview');
  });

  it('refuses a pasted token the gateway does not accept, and says why', async () => {
    const watched = await open();
    watched.expected.push(/status of 401/);
    const { page } = watched;
    await page.goto(new URL('/sign-in', dashboard.url).href);
    const leader = tokens.find((t) => t.role === 'LEADER')!.token;
    // Same claims, another signature.
    await page.locator('textarea[name="token"]').fill(`${leader.slice(0, leader.lastIndexOf('.'))}.AAAA`);
    await page.locator('form button[type="submit"]').click();
    await eventually(() => page.locator('[data-problem]').innerText()).toContain('网关拒绝了该令牌');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.locator('textarea[name="token"]').fill('not a token');
    await page.locator('form button[type="submit"]').click();
    await eventually(() => page.locator('[data-problem]').innerText()).toContain('这不是有效的访问令牌');
  });

  // ---------------------------------------------------------------------------------------------
  // The overview's naming figures, 动态管理, and the public pages.

  it('shows units named against the 10% line, industries named against 2–3, ledgers on time, late and missing, and the first batch before 七一, each equal to the gateway’s, for 2016 and 2015', async () => {
    const ask = gatewayClient(platform.gatewayUrl);
    const { page } = await open('LEADER');
    for (const year of [2016, 2015]) {
      const campaign = truth.campaigns.get(year)!;
      const figures = (await ask(DashboardCityFigures, { campaignId: campaign.id }, ADMIN)).data!;
      if (year !== YEAR) await page.locator('select[name="year"]').selectOption(String(year));
      await page.waitForURL((u) => u.searchParams.get('year') === String(year));
      for (const part of ['quota', 'ledgers', 'first-batch']) await eventually(() => page.locator(`[data-part="${part}"]`).getAttribute('data-state')).toBe('ready');
      await eventually(() => page.locator('[data-kpi="ledgersMissing"] .kpi-number').getAttribute('data-value')).not.toBeNull();

      const q = figures.quotaAttainment!;
      expect(await kpi(page, 'namedUnits'), `${year} units`).toBe(q.units.count);
      expect(Number(await page.locator('[data-kpi="namedUnits"] .kpi-target').getAttribute('data-target'))).toBe(q.units.target);
      expect(await page.locator('[data-kpi="namedUnits"] .kpi-note').innerText()).toContain(`参与单位（${q.participatingUnits}个）的 10%，向上取整即 ${q.units.target} 个`);
      expect(await kpi(page, 'namedIndustries'), `${year} industries`).toBe(q.industries.count);
      expect(await page.locator('[data-kpi="namedIndustries"] .kpi-target').innerText()).toBe(`/ ${q.industries.min}–${q.industries.max}`);
      expect(await page.locator('[data-kpi="namedIndustries"]').getAttribute('class')).toContain(q.industries.attained ? 'kpi-blue' : 'kpi-orange');

      const ledgers = figures.ledgerSubmissions!;
      expect([await kpi(page, 'ledgersOnTime'), await kpi(page, 'ledgersLate'), await kpi(page, 'ledgersMissing')], `${year} ledgers`).toEqual([
        ledgers.onTimeCount,
        ledgers.lateCount,
        ledgers.missingCount,
      ]);

      // Named on or before 1 July, whatever became of them since.
      const early = truth.honors.get(year)!.filter((h) => h.namedOn && h.namedOn <= campaign.firstBatchBy);
      expect(early.length, `${year} first batch`).toBeGreaterThan(0);
      expect(await kpi(page, 'firstBatch')).toBe(early.length);
      expect(await page.locator('[data-first-batch-status]').innerText()).toBe('已按时完成');
    }
    await page.locator('select[name="year"]').selectOption(String(YEAR));
  });

  it('shows 动态管理 — actions per unit, per month and unit × month equal to the gateway’s managementActions, the rectifications open at the year’s end with the overdue highlighted — and opens a unit from a chart’s row and from a rectification', async () => {
    const ask = gatewayClient(platform.gatewayUrl);
    const campaign = truth.campaigns.get(YEAR)!;
    const gateway = (await ask(DashboardManagement, { campaignId: campaign.id, asOf: `${YEAR}-12-31` }, ADMIN)).data!;
    const ACTIONS = ['COMMEND', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE'];
    const actions = gateway.managementActions.filter((a) => ACTIONS.includes(a.action));
    expect(actions.length).toBeGreaterThan(0);
    const INDUSTRIES = '示范行业（不属单位）';
    const unitOf = (a: { unitId?: string | null; unit?: { name: string } | null }) => (a.unitId ? a.unit!.name : INDUSTRIES);

    const { page } = await open('LEADER');
    await page.locator('[data-nav="management"]').click();
    await page.waitForURL((u) => u.pathname === '/management' && u.searchParams.get('year') === String(YEAR));
    await chartsSettled(page);
    for (const name of ['management-units', 'management-months', 'management-heatmap']) {
      expect(await chartState(page, name), name).toBe('ready');
      expect(await paintedPixels(page, name), name).toBeGreaterThan(2000);
    }
    for (const action of ACTIONS) expect(await kpi(page, action), action).toBe(sum(actions.filter((a) => a.action === action).map((a) => a.count)));

    // Per unit: each action's count and the total, most actions first.
    const units = await chartTable(page, 'management-units');
    expect(units.head).toEqual(['单位', '表彰奖励', '限期整改', '整改通过', '整改未通过', '取消命名', '合计']);
    const perUnit = new Map<string, number[]>();
    for (const a of actions) {
      const row = perUnit.get(unitOf(a)) ?? [0, 0, 0, 0, 0, 0];
      row[ACTIONS.indexOf(a.action)]! += a.count;
      row[5]! += a.count;
      perUnit.set(unitOf(a), row);
    }
    expect(new Map(units.rows.map((r) => [r[0]!, r.slice(1).map(num)]))).toEqual(perUnit);
    const totals = units.rows.filter((r) => r[0] !== INDUSTRIES).map((r) => num(r[6]!));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));

    // Per month: every month of the year, the units summed.
    const months = await chartTable(page, 'management-months');
    expect(months.rows.slice(0, 12).map((r) => r[0])).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    for (const row of months.rows.slice(0, 12)) {
      const key = `${YEAR}-${String(num(row[0]!.replace('月', ''))).padStart(2, '0')}`;
      ACTIONS.forEach((action, k) => expect(num(row[k + 1]!), `${key} ${action}`).toBe(sum(actions.filter((a) => a.month === key && a.action === action).map((a) => a.count))));
    }
    expect(sum(months.rows.map((r) => num(r[6]!)))).toBe(sum(actions.map((a) => a.count)));

    // Unit × month: the cells that have actions.
    const heat = await chartTable(page, 'management-heatmap');
    expect(heat.head).toEqual(['单位', '月份', '次数']);
    const cells = new Map<string, number>();
    for (const a of actions) {
      const key = `${unitOf(a)}|${Number(a.month.slice(5))}月`;
      cells.set(key, (cells.get(key) ?? 0) + a.count);
    }
    expect(new Map(heat.rows.map((r) => [`${r[0]}|${r[1]}`, num(r[2]!)]))).toEqual(cells);

    // The rectifications open on 31 December, the overdue ones marked and highlighted.
    expect(await page.locator('[data-as-of]').innerText()).toContain('按年末（12月31日）的情况列出');
    const openOnes = gateway.rectifications.filter((r) => r.outcome === 'OPEN');
    expect(openOnes.some((r) => r.overdue)).toBe(true);
    const rows = page.locator('[data-table="rectifications"] tbody tr');
    await eventually(() => rows.count()).toBe(openOnes.length);
    const listed = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-honor')!, tr.getAttribute('data-overdue'), tr.classList.contains('overdue'), tr.querySelector('[data-col="deadline"]')!.getAttribute('data-date')]));
    expect(listed.sort()).toEqual(openOnes.map((r) => [r.honorId, String(r.overdue), r.overdue, r.deadline]).sort());
    expect(await rows.locator('.badge-warn').allInnerTexts()).toEqual(openOnes.filter((r) => r.overdue).map(() => '逾期'));
    expect(await kpi(page, 'openRectifications')).toBe(openOnes.length);
    if (UPDATE_SCREENSHOTS) {
      await screenshot(page, 'management');
      await screenshot(page, 'management-heatmap', '[data-chart="management-heatmap"]');
    }
    await page.locator('input[name="closed"]').check();
    await eventually(() => rows.count()).toBe(gateway.rectifications.length);

    // A unit's row beside the chart opens its page, and so does a rectification's.
    const first = units.rows.find((r) => r[0] !== INDUSTRIES)![0]!;
    const unit = truth.units.find((u) => u.name === first)!;
    await chartTable(page, 'management-units'); // open again: a screenshot closes the tables
    await page.locator('[data-chart="management-units"] tbody tr', { hasText: first }).first().click();
    await page.waitForURL((u) => u.pathname === `/units/${unit.id}`);
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/management');
    const rectified = openOnes.find((r) => r.unitId)!;
    await page.locator(`[data-table="rectifications"] tr[data-honor="${rectified.honorId}"]`).first().click();
    await page.waitForURL((u) => u.pathname === `/units/${rectified.unitId}`);
  });

  /** A named and a revoked plaque of the demo year, their codes as the committee prints them. */
  async function demoPlaques() {
    const ask = gatewayClient(platform.gatewayUrl);
    const honors = truth.honors.get(YEAR)!;
    const code = async (status: string) => (await ask(DashboardPlaqueCode, { honorId: honors.find((h) => h.status === status && h.namedOn)!.id }, ADMIN)).data!.plaqueQr!.code;
    const [named, revoked] = [await code('NAMED'), await code('REVOKED')];
    const record = async (c: string) => (await ask(DashboardPublicRecords, { code: c, year: YEAR }, null)).data!;
    return { named, revoked, namedRecord: (await record(named)).plaque!, revokedRecord: (await record(revoked)).plaque!, roll: (await record(named)).honorRoll! };
  }

  it('answers /verify/<code> on a phone with 200 and the record for a named plaque, 410 and the date for a revoked one, 404 for an unknown code', async () => {
    const plaques = await demoPlaques();
    expect(plaques.revokedRecord).toMatchObject({ status: 'REVOKED', revokedOn: expect.stringMatching(/^2016-/) });
    const watched = await open(undefined, { width: 390, height: 844 });
    // Chromium reports a page answered 410 or 404 in the console: that is the point here.
    watched.expected.push(/status of 410/, /status of 404/);
    const { page } = watched;

    const valid = await page.goto(new URL(`/verify/${plaques.named}`, dashboard.url).href);
    expect(valid!.status()).toBe(200);
    await eventually(() => page.locator('[data-plaque]').getAttribute('data-plaque')).toBe('VALID');
    expect(await page.locator('[data-field="name"]').innerText()).toBe(plaques.namedRecord.name);
    expect(await page.locator('.verify-status').innerText()).toContain('有效');
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (UPDATE_SCREENSHOTS) await screenshot(page, 'verify');

    const revoked = await page.goto(new URL(`/verify/${plaques.revoked}`, dashboard.url).href);
    expect(revoked!.status()).toBe(410);
    await eventually(() => page.locator('[data-plaque]').getAttribute('data-plaque')).toBe('REVOKED');
    expect(await page.locator('[data-field="revokedOn"]').getAttribute('data-date')).toBe(plaques.revokedRecord.revokedOn);
    const [y, m, d] = plaques.revokedRecord.revokedOn!.split('-').map(Number);
    expect(await page.locator('.verify-status').innerText()).toContain(`于${y}年${m}月${d}日取消命名`);
    if (UPDATE_SCREENSHOTS) await screenshot(page, 'verify-revoked');

    const unknown = await page.goto(new URL('/verify/ZZZZ-ZZZZ-ZZZZ', dashboard.url).href);
    expect(unknown!.status()).toBe(404);
    await eventually(() => page.locator('[data-plaque]').getAttribute('data-plaque')).toBe('unknown');
    expect(await page.locator('[data-view="verify"]').innerText()).toContain('未找到该牌匾');
  });

  it('lists 2016’s named honors on the public 光荣榜 by batch, each with a working verification link, and no personal data', async () => {
    const { roll } = await demoPlaques();
    const named = truth.honors.get(YEAR)!.filter((h) => h.status === 'NAMED' || h.status === 'RECTIFYING');
    expect(roll.named).toHaveLength(named.length);
    const { page } = await open();
    await page.goto(new URL(`/honors/${YEAR}`, dashboard.url).href);
    await eventually(() => page.locator('[data-view="honors"]').getAttribute('data-state')).toBe('ready');
    expect(await page.locator('[data-roll-title]').innerText()).toBe(`${truth.campaigns.get(YEAR)!.name}光荣榜`);

    const entries = await page.locator('[data-honor-entry]').evaluateAll((els) =>
      els.map((e) => ({
        code: e.getAttribute('data-honor-entry')!,
        tier: e.getAttribute('data-tier')!,
        name: e.querySelector('[data-field="name"]')!.textContent!.trim(),
        href: e.querySelector('a[data-link="verify"]')?.getAttribute('href'),
        // What an entry shows: its name, its unit, a status mark, the link. Nothing else.
        text: [...e.children].map((c) => c.getAttribute('data-field') ?? c.className).join(','),
      })),
    );
    expect(entries).toHaveLength(named.length);
    expect(entries.map((e) => e.code).sort()).toEqual(roll.named.map((n) => n.verificationCode!).sort());
    for (const e of entries) {
      const expected = roll.named.find((n) => n.verificationCode === e.code)!;
      expect([e.tier, e.name, e.href]).toEqual([expected.tier, expected.name, `/verify/${e.code}`]);
      expect(e.text).toMatch(/^name(,unit)?(,badge badge-warn)?,roll-verify$/);
    }
    expect(await page.locator('[data-tier-filter="POST"]').getAttribute('data-count')).toBe(String(roll.named.filter((n) => n.tier === 'POST').length));
    // No phone number, birth date or other personal detail anywhere on the page.
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\b1[3-9]\d{9}\b|\b(19|20)\d{2}-\d{2}-\d{2}\b|出生|电话|身份证/);
    if (UPDATE_SCREENSHOTS) await screenshot(page, 'honors');

    // Its verification link opens the plaque's page, which the server answers with 200.
    const first = page.locator('[data-honor-entry] a[data-link="verify"]').first();
    const href = (await first.getAttribute('href'))!;
    expect((await page.request.get(new URL(href, dashboard.url).href)).status()).toBe(200);
    await first.click();
    await page.waitForURL((u) => u.pathname === href);
    await eventually(() => page.locator('[data-plaque]').getAttribute('data-plaque')).toMatch(/^(VALID|RECTIFYING)$/);

    // A tier at a time.
    await page.goBack();
    await eventually(() => page.locator('[data-view="honors"]').getAttribute('data-state')).toBe('ready');
    await page.locator('[data-tier-filter="TEAM"]').click();
    expect(await page.locator('[data-honor-entry]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-tier')))])).toEqual(['TEAM']);
  });

  it('takes an objection to a candidacy in publicity from the honor roll, which the committee then reads through the gateway, and says when the hour’s allowance is used up', async () => {
    const ask = gatewayClient(platform.gatewayUrl);
    const { roll } = await demoPlaques();
    expect(roll.publicizing.length).toBeGreaterThan(0);
    const target = roll.publicizing[0]!;
    const watched = await open();
    watched.expected.push(/status of 429/);
    const { page } = watched;
    await page.goto(new URL(`/honors/${YEAR}`, dashboard.url).href);
    await eventually(() => page.locator('[data-view="honors"]').getAttribute('data-state')).toBe('ready');
    const section = page.locator('[data-part="publicity"]');
    if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await section.locator('summary').click();
    const item = page.locator(`[data-publicity="${target.honorId}"]`);
    expect(await item.innerText()).toContain(target.name!);
    await item.locator('[data-action="object"]').click();
    const form = item.locator('form');

    // Too short: said on the page, nothing sent.
    await form.locator('textarea[name="reason"]').fill('不实');
    await form.locator('button[type="submit"]').click();
    expect(await form.locator('[data-problem="reason"]').innerText()).toBe('异议理由至少5个字');

    const reason = `公示材料中的志愿服务时长与实际不符，请组织核查。编号${target.honorId.slice(0, 8)}`;
    await form.locator('textarea[name="reason"]').fill(reason);
    await form.locator('input[name="contact"]').fill('13900001111');
    await form.locator('button[type="submit"]').click();
    await eventually(() => item.locator('[data-receipt]').innerText()).toContain('异议已受理');
    const seen = (await ask(DashboardObjections, { id: target.honorId }, ADMIN)).data!.honor!.objections!;
    const mine = seen.find((o) => o.reason === reason)!;
    expect(mine).toMatchObject({ reason, contact: '13900001111' });
    expect(await item.locator('[data-receipt]').innerText()).toContain(mine.id);

    // Four more from the same address (the dashboard's server tells the gateway the browser's):
    // the hour's five are used up, and the page says so with the gateway's own words.
    for (let i = 0; i < 4; i++) {
      const more = await ask(LodgeObjection, { input: { honorId: target.honorId, reason: `第${i + 2}条异议：情况不实，请核查` } }, null, { 'x-forwarded-for': '127.0.0.1' });
      expect(more.errors, `objection ${i + 2}`).toBeUndefined();
    }
    await page.reload();
    await eventually(() => page.locator('[data-view="honors"]').getAttribute('data-state')).toBe('ready');
    if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await section.locator('summary').click();
    await item.locator('[data-action="object"]').click();
    await form.locator('textarea[name="reason"]').fill('第六条异议：情况不实，请核查');
    await form.locator('button[type="submit"]').click();
    await eventually(() => item.locator('[data-refusal]').getAttribute('data-code')).toBe('RATE_LIMITED');
    expect(await item.locator('[data-refusal]').innerText()).toContain('同一网络每小时最多提出5条异议');
    expect(await item.locator('[data-server-message]').innerText()).toContain('at most 5 objections an hour');
    expect((await ask(DashboardObjections, { id: target.honorId }, ADMIN)).data!.honor!.objections!.filter((o) => o.reason.startsWith('第六条'))).toEqual([]);
  });

  it('switches the public pages to English', async () => {
    const plaques = await demoPlaques();
    const { page } = await open();
    await page.goto(new URL(`/honors/${YEAR}`, dashboard.url).href);
    await eventually(() => page.locator('[data-view="honors"]').getAttribute('data-state')).toBe('ready');
    expect(await page.locator('[data-tier-filter="POST"]').innerText()).toContain('示范岗');
    await page.locator('[data-action="language"]').click();
    await eventually(() => page.locator('[data-roll-title]').innerText()).toBe(`Honor roll ${YEAR}`);
    expect(await page.locator('[data-tier-filter="POST"]').innerText()).toContain('Post');
    expect(await page.locator('[data-nav="honors"]').innerText()).toBe('Honor roll');
    expect(await page.locator('a[data-link="verify"]').first().innerText()).toBe('Verify');
    await page.goto(new URL(`/verify/${plaques.named}`, dashboard.url).href);
    await eventually(() => page.locator('.verify-status').innerText()).toContain('Valid');
    expect(await page.locator('[data-view="verify"]').innerText()).toContain('Named on');
  });
});
