import { startDashboardServer, type DashboardServer, type DemoToken } from '@sfxd/dashboard';
import { bearer } from '@sfxd/kit/testing';
import { demoTokens, reportMaker } from '@sfxd/platform';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { BROWSER_TEST_MS, dashboardPages, demoTokenList } from './dashboard-harness.js';
import { graphql } from './gql/index.js';
import { ADMIN, INTEGRATOR, JWT_SECRET, LEADER, gatewayClient, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

// 自查总结 downloads from the dashboard: its server's /api/reports makes the report with the
// caller's own token against the whole platform, and the buttons on the overview and unit pages
// fetch it. What the gateway says about the units is asked here independently.

const ReportUnits = graphql(`
  query DashboardReportUnits {
    units(includeExcluded: false) {
      id
      code
      name
    }
  }
`);

const YEAR = 2016;
let platform: TestPlatform;
let dashboard: DashboardServer;
let browser: Browser;
let tokens: DemoToken[];
let units: { id: string; code: string; name: string }[];
const pages = dashboardPages(() => ({ browser, dashboard }));
/** A page's requests take their time on a busy machine: wait up to 20 s for what a user would see. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

/** `/api/reports` as a client would call it: the caller's bearer token, or none. */
async function download(query: Record<string, string>, caller?: Parameters<typeof bearer>[0]) {
  const headers: Record<string, string> = caller ? await bearer(caller, JWT_SECRET) : {};
  return fetch(new URL(`/api/reports?${new URLSearchParams(query)}`, dashboard.url), { headers });
}
const documentXml = async (bytes: ArrayBuffer | Buffer) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
/** Word splits text into runs as it likes: compare the text with the markup taken out. */
const textOf = (xml: string) => xml.replace(/<[^>]+>/g, '');

beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform({ seed: { units: 4, membersPerUnit: 6 } }), launchBrowser()]);
  units = (await gatewayClient(platform.gatewayUrl)(ReportUnits, {}, ADMIN)).data!.units;
  tokens = await demoTokenList(units[0]!.id);
  dashboard = await startDashboardServer({ port: 0, gatewayUrl: platform.gatewayUrl, production: false, demoTokens: tokens, reports: reportMaker(platform.gatewayUrl) });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await platform?.dispose();
});


describe("the dashboard server's report downloads", () => {
  it("give ADMIN any unit's year-end summary as a DOCX that opens, named in Chinese, and LEADER the city's ledger workbook", async () => {
    const unit = units[1]!;
    const res = await download({ year: String(YEAR), unit: unit.id, format: 'docx' }, ADMIN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    const name = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!);
    expect(name).toBe(`${YEAR}年示范行动自查总结-${unit.code}.docx`);
    expect(textOf(await documentXml(await res.arrayBuffer()))).toContain(unit.name);

    const city = await download({ year: String(YEAR), format: 'xlsx' }, LEADER);
    expect(city.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await city.arrayBuffer());
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    for (const u of units) expect(cells, u.name).toContain(u.name);
  });

  it("give a UNIT_ADMIN its own unit's report and refuse it another unit's and the city's with FORBIDDEN; refuse INTEGRATOR, and anyone without a token with 401", async () => {
    const [own, other] = units;
    const mine = await download({ year: String(YEAR), unit: own!.id, format: 'html' }, unitAdmin(own!.id));
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await mine.text()).toContain(own!.name);

    for (const query of [{ unit: other!.id }, { unit: other!.code }, {}] as Record<string, string>[]) {
      const refused = await download({ year: String(YEAR), format: 'html', ...query }, unitAdmin(own!.id));
      expect(refused.status, JSON.stringify(query)).toBe(403);
      expect((await refused.json()).error.code).toBe('FORBIDDEN');
    }
    const integrator = await download({ year: String(YEAR), format: 'html' }, INTEGRATOR);
    expect(integrator.status).toBe(403);

    const anonymous = await download({ year: String(YEAR), format: 'html' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    const forged = await fetch(new URL(`/api/reports?year=${YEAR}&format=html`, dashboard.url), { headers: { authorization: 'Bearer not-a-token' } });
    expect(forged.status).toBe(401);
    expect((await forged.json()).error.code).toBe('UNAUTHENTICATED');

    const wrong = await download({ year: 'last', format: 'pdf' }, ADMIN);
    expect(wrong.status).toBe(400);
  });
});

describe('the report buttons', { timeout: 2 * BROWSER_TEST_MS }, () => {
  it("download a UNIT_ADMIN's own unit's summary from its unit page, and show the city's buttons to ADMIN only, not to the UNIT_ADMIN", async () => {
    const own = units[0]!;
    const { page } = await pages.open('UNIT_ADMIN');
    await page.waitForURL((u) => u.pathname === `/units/${own.id}`);
    const buttons = page.locator(`[data-report="${own.id}"]`);
    await eventually(() => buttons.count()).toBe(1);
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), buttons.locator('[data-format="docx"]').click()]);
    expect(file.suggestedFilename()).toBe(`${YEAR}年示范行动自查总结-${own.code}.docx`);
    expect(textOf(await documentXml(readFileSync((await file.path())!)))).toContain(own.name);
    await eventually(() => buttons.locator('[data-report-saved]').innerText()).toContain(file.suggestedFilename());

    // Not on another unit's page, nor the city's on the overview.
    await page.goto(new URL(`/units/${units[1]!.id}?year=${YEAR}`, dashboard.url).href);
    await page.locator('[data-unit-name]').waitFor();
    expect(await page.locator('[data-report]').count()).toBe(0);
    await page.goto(new URL(`/overview?year=${YEAR}`, dashboard.url).href);
    await page.locator('.kpis').waitFor();
    expect(await page.locator('[data-report]').count()).toBe(0);

    const admin = await pages.open('ADMIN');
    await admin.page.goto(new URL(`/overview?year=${YEAR}`, dashboard.url).href);
    const city = admin.page.locator('[data-report="city"]');
    await eventually(() => city.count()).toBe(1);
    const [html] = await Promise.all([admin.page.waitForEvent('download', { timeout: 120_000 }), city.locator('[data-format="html"]').click()]);
    expect(html.suggestedFilename()).toMatch(/^2016年示范行动自查总结-.+\.html$/);
    expect(readFileSync((await html.path())!, 'utf8')).toContain(units[2]!.name);
  });
});
