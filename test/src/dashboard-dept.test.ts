import { startDashboardServer, type DashboardServer } from '@sfxd/dashboard';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { BROWSER_TEST_MS, dashboardPages, demoTokenList, eventually } from './dashboard-harness.js';
import { DeptTruthCampaign, DeptTruthHonorSummary, DeptTruthHonors, DeptTruthSignals, DeptTruthUnitFigures, DeptTruthUnits } from './documents-dept.js';
import type { DeptTruthHonorsQuery } from './gql/graphql.js';
import { ADMIN, LEADER, gatewayClient, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

// The department page (/units/:id), the honor page (/honor/:id) and 动态管理's signal lists in a
// real Chromium over the demo data, every figure compared with the gateway asked here directly.

const YEAR = 2016;
type Honor = DeptTruthHonorsQuery['honors']['edges'][number]['node'];

let platform: TestPlatform;
let dashboard: DashboardServer;
let browser: Browser;
let ask: ReturnType<typeof gatewayClient>;
let campaignId: string;
let units: { id: string; code: string; name: string; excluded: boolean; industry: { id: string } }[] = [];
/** The 2016 candidacies, with their histories, as ADMIN reads them. */
let honors: Honor[] = [];

const { open } = dashboardPages(() => ({ browser, dashboard }));
const participating = () => units.filter((u) => !u.excluded).sort((a, b) => a.code.localeCompare(b.code));
const honorsOf = (unitId: string) => honors.filter((h) => h.unit?.id === unitId);

beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform({ seed: { units: 12, membersPerUnit: 25 } }), launchBrowser()]);
  ask = gatewayClient(platform.gatewayUrl);
  units = (await ask(DeptTruthUnits, {}, ADMIN)).data!.units;
  campaignId = (await ask(DeptTruthCampaign, { year: YEAR }, ADMIN)).data!.campaignByYear!.id;
  let after: string | null = null;
  do {
    const page: DeptTruthHonorsQuery['honors'] = (await ask(DeptTruthHonors, { campaignId, after }, ADMIN)).data!.honors;
    honors.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  const own = participating()[0]!;
  const tokens = await demoTokenList(own.id);
  dashboard = await startDashboardServer({ port: 0, gatewayUrl: platform.gatewayUrl, production: false, demoTokens: tokens });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await platform?.dispose();
});

/**
 * The honors table's rows, each with the history its timeline shows (read in the page: the
 * function that reads a timeline step travels inside the callback).
 */
async function honorRows(page: Page) {
  return page.locator('[data-table="honors"] tbody tr').evaluateAll((trs) => {
    const step = (li: Element) => {
      const statuses = [...li.querySelectorAll('[data-status]')].map((s) => s.getAttribute('data-status'));
      return {
        id: li.getAttribute('data-event'),
        action: li.getAttribute('data-action'),
        fromStatus: statuses[0],
        toStatus: statuses[1],
        actor: li.querySelector('[data-col="actor"]')!.textContent!.trim(),
        at: li.querySelector('time')!.getAttribute('datetime'),
        note: li.querySelector('[data-col="note"]')?.textContent?.trim() ?? null,
      };
    };
    return trs.map((tr) => ({
      id: tr.getAttribute('data-honor')!,
      status: tr.getAttribute('data-status')!,
      cells: Object.fromEntries([...tr.querySelectorAll(':scope > td')].map((td) => [td.getAttribute('data-col')!, td.textContent!.trim()])),
      grade: tr.querySelector('[data-col="grade"]')!.getAttribute('data-grade')!,
      events: [...tr.querySelectorAll('[data-event]')].map(step),
    }));
  });
}

/** The timeline of the honor page, in the same shape. */
async function timeline(page: Page) {
  return page.locator('[data-part="history"] [data-event]').evaluateAll((lis) =>
    lis.map((li) => {
      const statuses = [...li.querySelectorAll('[data-status]')].map((s) => s.getAttribute('data-status'));
      return {
        id: li.getAttribute('data-event'),
        action: li.getAttribute('data-action'),
        fromStatus: statuses[0],
        toStatus: statuses[1],
        actor: li.querySelector('[data-col="actor"]')!.textContent!.trim(),
        at: li.querySelector('time')!.getAttribute('datetime'),
        note: li.querySelector('[data-col="note"]')?.textContent?.trim() ?? null,
      };
    }),
  );
}

const history = (h: Honor) => h.events.map((e) => ({ id: e.id, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actor: e.actor, at: e.at, note: e.note ?? null }));
const figure = (page: Page, part: string, name: string) => page.locator(`[data-part="${part}"] [data-figure="${name}"]`).getAttribute('data-value');
const asNumberOrNull = (v: string | null) => (v === null || v === '' ? null : Number(v));

describe('a department, its honors and the signals of dynamic management in a real browser', { timeout: BROWSER_TEST_MS }, () => {
  it('opens the department whose row is clicked in 指标完成, with its honors of the year', async () => {
    const { page } = await open('LEADER');
    await page.goto(new URL(`/quota?year=${YEAR}`, dashboard.url).href);
    const row = page.locator('[data-table="quota"] tbody tr').nth(1);
    const id = (await row.getAttribute('data-unit'))!;
    await row.click();
    await page.waitForURL((u) => u.pathname === `/units/${id}`);
    await eventually(() => page.locator('[data-unit-name]').innerText()).toBe(units.find((u) => u.id === id)!.name);
    await eventually(() => page.locator('[data-part="honors"]').getAttribute('data-state')).toBe('ready');
    expect(new Set((await honorRows(page)).map((r) => r.id))).toEqual(new Set(honorsOf(id).map((h) => h.id)));
  });

  it('shows a department’s honors each with the gateway’s history as its timeline, and its quota, evaluation summary, ledger status and ledger download equal to the gateway’s', async () => {
    // A unit named 示范单位 is evaluated in the campaign's periodic rounds: its summary is there to compare.
    const named = participating().filter((u) => honorsOf(u.id).some((h) => h.tier === 'UNIT' && (h.status === 'NAMED' || h.status === 'RECTIFYING')));
    expect(named.length, 'the demo campaign has named units').toBeGreaterThan(0);
    const unit = named.sort((a, b) => honorsOf(b.id).length - honorsOf(a.id).length)[0]!;
    const expected = honorsOf(unit.id);
    expect(expected.length).toBeGreaterThan(2);
    const { page } = await open('LEADER');
    await page.goto(new URL(`/units/${unit.id}?year=${YEAR}`, dashboard.url).href);
    await eventually(() => page.locator('[data-part="honors"]').getAttribute('data-state')).toBe('ready');
    await eventually(() => page.locator('[data-part="unit-summary"]').getAttribute('data-state')).toBe('ready');

    const rows = await honorRows(page);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((h) => h.id).sort());
    for (const honor of expected) {
      const row = rows.find((r) => r.id === honor.id)!;
      expect(row.status, honor.id).toBe(honor.status);
      expect(row.cells.plaque).toBe(honor.plaqueNumber ?? '—');
      expect(row.cells.batch).toBe(honor.batch ?? '—');
      expect(row.cells.subject).toBe(honor.subject.name);
      expect(row.events, `history of ${honor.id}`).toEqual(history(honor));
    }
    // A timeline opens on a click, with who took each step and in which role.
    const first = page.locator(`[data-honor="${expected[0]!.id}"] details.history`);
    await first.locator('summary').click();
    await eventually(() => first.locator('[data-event]').first().isVisible()).toBe(true);
    expect(await first.locator('[data-col="role"]').first().innerText()).toContain({ ADMIN: '工委组织科', UNIT_ADMIN: '单位党务干部', LEADER: '领导', INTEGRATOR: '系统对接' }[expected[0]!.events[0]!.actorRole]);

    // The figures are those of the round the page names.
    const roundId = (await page.locator('[data-part="unit-summary"]').getAttribute('data-round'))!;
    expect(roundId).not.toBe('');
    const truth = (await ask(DeptTruthUnitFigures, { id: unit.id, campaignId, roundId }, LEADER)).data!;
    const summary = truth.unit!.evaluationSummary!;
    expect(summary, 'the demo unit has evaluations in the round the page shows').not.toBeNull();
    expect(asNumberOrNull(await figure(page, 'unit-summary', 'weightedScore'))).toBe(summary.weightedScore);
    expect(await figure(page, 'unit-summary', 'grade')).toBe(summary.grade ?? '');
    expect(asNumberOrNull(await figure(page, 'unit-summary', 'count'))).toBe(summary.count);
    expect(asNumberOrNull(await figure(page, 'unit-summary', 'satisfaction'))).toBe(summary.satisfaction.rate ?? null);
    const byKind = await page.locator('[data-summary="unit"] [data-table="by-kind"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ kind: tr.getAttribute('data-kind'), count: Number(tr.querySelector('[data-col="count"]')!.textContent!.replace(/,/g, '')) })),
    );
    expect(byKind).toEqual(summary.byKind.map((k) => ({ kind: k.kind, count: k.count })));
    for (const honor of expected) {
      const own = (await ask(DeptTruthHonorSummary, { id: honor.id, roundId }, LEADER)).data!.honor!.evaluationSummary;
      expect(rows.find((r) => r.id === honor.id)!.grade, `grade of ${honor.id}`).toBe(own?.grade ?? '');
    }

    const quota = truth.unit!.quota!;
    for (const [key, f] of [['posts', quota.posts], ['teams', quota.teamQuota]] as const) {
      expect(Number(await page.locator(`[data-quota="${key}"] [data-figure="count"]`).innerText())).toBe(f.count);
      expect(Number(await page.locator(`[data-quota="${key}"] [data-figure="target"]`).innerText())).toBe(f.target);
      expect(await page.locator(`[data-quota="${key}"] [data-attained]`).getAttribute('data-attained')).toBe(String(f.attained));
    }
    const ledger = truth.ledgerSubmissions!.units.find((u) => u.unit.id === unit.id)!;
    await eventually(() => page.locator('[data-part="ledger"] [data-ledger-status]').getAttribute('data-ledger-status')).toBe(ledger.status);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-ledger"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as never);
    let candidacies = 0;
    workbook.worksheets[0]!.eachRow((_, n) => {
      if (n > 1) candidacies++;
    });
    expect(candidacies).toBe(truth.exportLedger.rows);
  });

  it('opens an honor from its department: a unit candidacy with its timeline, summaries, objections and its posts and teams declared and named equal to the gateway’s', async () => {
    // A unit whose posts are not all named tells declared from named apart, if the demo has one.
    const declaredPosts = (unitId: string) => honorsOf(unitId).filter((h) => h.tier === 'POST' && !['REJECTED', 'WITHDRAWN', 'REVOKED'].includes(h.status)).length;
    const namedPosts = (unitId: string) => honorsOf(unitId).filter((h) => h.tier === 'POST' && ['NAMED', 'RECTIFYING'].includes(h.status)).length;
    const candidacies = honors.filter((h) => h.tier === 'UNIT' && h.events.length > 2);
    const honor = candidacies.find((h) => declaredPosts(h.unit!.id) !== namedPosts(h.unit!.id)) ?? candidacies[0] ?? honors.find((h) => h.tier === 'UNIT')!;
    expect(honor, 'the demo campaign has a unit candidacy').toBeDefined();
    const unitId = honor.unit!.id;
    const { page } = await open('ADMIN');
    await page.goto(new URL(`/units/${unitId}?year=${YEAR}`, dashboard.url).href);
    await page.locator(`[data-honor="${honor.id}"] [data-honor-link]`).click();
    await page.waitForURL((u) => u.pathname === `/honor/${honor.id}`);
    await eventually(() => page.locator('[data-honor-status]').getAttribute('data-status')).toBe(honor.status);
    expect(await page.locator('[data-fact="plaque"]').innerText()).toBe(honor.plaqueNumber ?? '—');
    expect(await timeline(page)).toEqual(history(honor));
    expect(await page.locator('[data-part="objections"]').count()).toBe(1);
    // The staff's steps stand on the honor page, as the work queue offers them.
    await eventually(() => page.locator('[data-honor-actions-place] [data-honor-actions]').count()).toBe(1);

    await eventually(() => page.locator('[data-part="evidence"] [data-table="evidence"] tbody tr').count()).toBe(2);
    const truth = (await ask(DeptTruthUnitFigures, { id: unitId, campaignId, roundId: '' }, ADMIN)).data!;
    const named = (tier: string) => truth.honorCounts.filter((c) => c.tier === tier && (c.status === 'NAMED' || c.status === 'RECTIFYING')).reduce((s, c) => s + c.count, 0);
    const cell = (tier: string, col: string) => page.locator(`[data-table="evidence"] tr[data-tier="${tier}"] [data-col="${col}"]`).innerText().then(Number);
    // Declared as the gateway counts it for the quota; named as it counts NAMED and RECTIFYING.
    expect(await cell('POST', 'declared')).toBe(truth.unit!.quota!.posts.count);
    expect(await cell('TEAM', 'declared')).toBe(truth.unit!.quota!.teamQuota.count);
    expect(await cell('POST', 'named')).toBe(named('POST'));
    expect(await cell('TEAM', 'named')).toBe(named('TEAM'));
    expect(await cell('POST', 'target')).toBe(truth.unit!.quota!.posts.target);

    await eventually(() => page.locator('[data-part="honor-summary"]').getAttribute('data-state')).toBe('ready');
    const roundId = (await page.locator('[data-part="honor-summary"]').getAttribute('data-round'))!;
    const own = (await ask(DeptTruthHonorSummary, { id: honor.id, roundId }, ADMIN)).data!.honor!.evaluationSummary;
    if (own) expect(asNumberOrNull(await figure(page, 'honor-summary', 'weightedScore'))).toBe(own.weightedScore);
    else expect(await page.locator('[data-summary="honor"]').getAttribute('data-empty')).toBe('true');
  });

  it('lists 动态管理’s rectification candidates and 倾斜 recommendations as evaluationSignals gives them, each row opening its department; a leader is told they are not theirs', async () => {
    const signals = (await ask(DeptTruthSignals, { campaignId }, ADMIN)).data!.evaluationSignals;
    // At least one list long enough for its order to show.
    expect(Math.max(signals.rectificationCandidates.length, signals.preferenceRecommendations.length), 'the demo campaign has signals').toBeGreaterThan(1);
    const { page } = await open('ADMIN');
    await page.goto(new URL(`/management?year=${YEAR}`, dashboard.url).href);
    for (const [key, list] of [['candidates', signals.rectificationCandidates], ['preference', signals.preferenceRecommendations]] as const) {
      const table = page.locator(`[data-table="signals-${key}"]`);
      await eventually(() => table.getAttribute('data-state')).toBe('ready');
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ honor: tr.getAttribute('data-honor'), unit: tr.getAttribute('data-unit'), score: tr.querySelector('[data-col="score"]')!.getAttribute('data-value'), grade: tr.querySelector('[data-col="grade"]')!.getAttribute('data-grade') })),
      );
      expect(rows, key).toEqual(list.map((s) => ({ honor: s.honor.id, unit: s.unit?.id ?? '', score: s.weightedScore === null ? '' : String(s.weightedScore), grade: s.grade })));
    }
    const withUnit = [...signals.rectificationCandidates, ...signals.preferenceRecommendations].find((s) => s.unit)!;
    await page.locator(`[data-table^="signals-"] tr[data-honor="${withUnit.honor.id}"] [data-col="unit"]`).click();
    await page.waitForURL((u) => u.pathname === `/units/${withUnit.unit!.id}`);
    await eventually(() => page.locator('[data-unit-name]').innerText()).toBe(units.find((u) => u.id === withUnit.unit!.id)!.name);

    const leader = await open('LEADER');
    await leader.page.goto(new URL(`/management?year=${YEAR}`, dashboard.url).href);
    await eventually(() => leader.page.locator('[data-signals-hidden]').isVisible()).toBe(true);
    expect(await leader.page.locator('[data-table^="signals-"]').count()).toBe(0);
  });

  it('shows a UNIT_ADMIN its own unit’s honors, ledger and signals, and nothing of another unit’s but the public aggregates', async () => {
    const own = participating()[0]!;
    const other = [...participating()].slice(1).sort((a, b) => honorsOf(b.id).length - honorsOf(a.id).length)[0]!;
    const { page } = await open('UNIT_ADMIN');
    const sent: { operation: string; variables: Record<string, unknown> }[] = [];
    page.on('request', (r) => {
      if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
      const body = JSON.parse(r.postData() ?? '{}') as { query?: string; variables?: Record<string, unknown> };
      sent.push({ operation: /(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '', variables: body.variables ?? {} });
    });
    expect(new URL(page.url()).pathname).toBe(`/units/${own.id}`);
    await eventually(() => page.locator('[data-part="honors"]').getAttribute('data-state')).toBe('ready');
    expect((await honorRows(page)).map((r) => r.id).sort()).toEqual(honorsOf(own.id).map((h) => h.id).sort());
    expect(await page.locator('[data-action="download-ledger"]').count()).toBe(1);

    await page.goto(new URL(`/units/${other.id}?year=${YEAR}`, dashboard.url).href);
    await eventually(() => page.locator('[data-unit-name]').innerText()).toBe(other.name);
    await eventually(() => page.locator('[data-part="unit-summary"]').getAttribute('data-state')).toBe('ready');
    expect(await page.locator('[data-honors-hidden]').isVisible()).toBe(true);
    expect(await page.locator('[data-table="honors"], [data-part="ledger"], [data-action="download-ledger"]').count()).toBe(0);
    for (const h of honorsOf(other.id)) expect(await page.content()).not.toContain(h.id);
    // Only the unit's aggregates were asked for, never its records.
    const askedAboutOther = sent.filter((s) => Object.values(s.variables).includes(other.id)).map((s) => s.operation);
    expect(new Set(askedAboutOther)).toEqual(new Set(['UnitDetail', 'DeptFigures']));

    await page.goto(new URL(`/management?year=${YEAR}`, dashboard.url).href);
    const mine = (await ask(DeptTruthSignals, { campaignId }, unitAdmin(own.id))).data!.evaluationSignals;
    for (const [key, list] of [['candidates', mine.rectificationCandidates], ['preference', mine.preferenceRecommendations]] as const) {
      const table = page.locator(`[data-table="signals-${key}"]`);
      await eventually(() => table.getAttribute('data-state')).toBe('ready');
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-honor'), tr.getAttribute('data-unit')]));
      expect(rows, key).toEqual(list.map((s) => [s.honor.id, s.unit?.id ?? '']));
      expect(rows.every(([, unit]) => unit === own.id)).toBe(true);
    }
  });
});
