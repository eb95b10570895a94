import { startDashboardServer, type DashboardServer } from '@sfxd/dashboard';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { BROWSER_TEST_MS, dashboardPages, demoTokenList, eventually } from './dashboard-harness.js';
import { CampaignByYear, CreateMember, CreateTeam, CreateUnit, DashboardPlaqueCode, DeclareHonor } from './documents.js';
import { Step } from './documents-procedure.js';
import { QueueFigures, QueueHonorState, QueueProposals } from './documents-queue.js';
import { ADMIN, gatewayClient, startTestPlatform, type TestPlatform } from './testkit.js';

/*
 * The committee's work queue (工作台) in a real Chromium, driven with the mouse and keyboard:
 * a fresh unit's post taken from declaration to naming and rectification, an objection lodged on
 * the public honor roll holding the confirmation back, a naming batch stopped at its first
 * refusal, and two staff acting on one honor at once. Every figure and state a page shows is
 * asked of the gateway independently. The committee's "today" is BUSINESS_DATE, read on every
 * request by the subgraphs this process runs, so windows open and end on 2016's dates.
 */

const YEAR = 2016;
const on = (date: string) => {
  process.env.BUSINESS_DATE = date;
};

let platform: TestPlatform;
let dashboard: DashboardServer;
let browser: Browser;
let ask: ReturnType<typeof gatewayClient>;
let campaignId: string;
const unit = { id: '', name: '', teamId: '' };
/** A: the post taken through the procedure in the browser; B, C, D: confirmed posts for the batch; E: a confirmed team. */
const honors = { A: '', B: '', C: '', D: '', E: '' };
const names: Record<string, string> = {};

async function state(id: string) {
  const res = await ask(QueueHonorState, { id }, ADMIN);
  expect(res.errors).toBeUndefined();
  return res.data!.honor!;
}

/** A step through the gateway, as another client of the platform would take it. */
async function step(id: string, action: string, more: Record<string, unknown> = {}) {
  const { version } = await state(id);
  const res = await ask(Step, { input: { honorId: id, action: action as never, expectedVersion: version, ...more } }, ADMIN);
  expect(res.errors, `${action} of ${id}`).toBeUndefined();
}

async function figures() {
  const data = (await ask(QueueFigures, { campaignId }, ADMIN)).data!;
  const byStatus = (s: string, tier = '') => data.honorCounts.filter((c) => c.status === s && (!tier || c.tier === tier)).reduce((n, c) => n + c.count, 0);
  const actions = (a: string) => data.managementActions.filter((m) => m.action === a).reduce((n, m) => n + m.count, 0);
  return { byStatus, actions };
}

beforeAll(async () => {
  on('2016-09-20');
  [platform, browser] = await Promise.all([startTestPlatform({ seed: { units: 6, membersPerUnit: 8 } }), launchBrowser()]);
  ask = gatewayClient(platform.gatewayUrl);
  campaignId = (await ask(CampaignByYear, { year: YEAR }, ADMIN)).data!.campaignByYear!.id;

  const industryId = platform.seeded!.units.find((u) => !u.excluded)!.industryId;
  const created = (await ask(CreateUnit, { input: { code: 'WQ-01', name: '市工作台测试局', industryId } }, ADMIN)).data!.createUnit;
  Object.assign(unit, { id: created.id, name: created.name });
  unit.teamId = (await ask(CreateTeam, { input: { unitId: unit.id, name: '便民服务窗口' } }, ADMIN)).data!.createTeam.id;
  const people = { A: '赵示范', B: '钱示范', C: '孙示范', D: '李示范' } as const;
  for (const [key, name] of Object.entries(people)) {
    const member = await ask(CreateMember, {
      input: { unitId: unit.id, name, gender: 'FEMALE', birthDate: '1980-05-04', joinedPartyOn: '2004-07-01', status: 'FULL', position: '科员' },
    }, ADMIN);
    expect(member.errors).toBeUndefined();
    const declared = await ask(DeclareHonor, { input: { campaignId, tier: 'POST', subjectId: member.data!.createMember.id } }, ADMIN);
    expect(declared.errors).toBeUndefined();
    honors[key as keyof typeof people] = declared.data!.declareHonor.id;
    names[key] = name;
  }
  const team = await ask(DeclareHonor, { input: { campaignId, tier: 'TEAM', subjectId: unit.teamId } }, ADMIN);
  honors.E = team.data!.declareHonor.id;
  // B–E are publicized by another client on the day A is, so that all are confirmed together.
  for (const id of [honors.B, honors.C, honors.D, honors.E]) {
    await step(id, 'START_MASS_REVIEW');
    await step(id, 'PUBLICIZE', { publicityStartsOn: '2016-09-20' });
  }

  const own = platform.seeded!.units.find((u) => !u.excluded)!;
  const tokens = await demoTokenList(own.id);
  dashboard = await startDashboardServer({ port: 0, gatewayUrl: platform.gatewayUrl, production: false, demoTokens: tokens });
}, 300_000);

afterAll(async () => {
  delete process.env.BUSINESS_DATE;
  await browser?.close();
  await dashboard?.close();
  await platform?.dispose();
});

// Every page: no console error, nothing fetched from another origin (the shared harness).
const { open } = dashboardPages(() => ({ browser, dashboard }));

/** The work queue reached from the navigation, on a status tab, for the test's unit. */
async function queue(page: Page, status: string, tier = '') {
  if (!page.url().includes('/work')) {
    await page.locator('[data-nav="work"]').click();
    await page.waitForURL((u) => u.pathname === '/work');
  }
  await page.locator(`[data-status-tab="${status}"]`).click();
  await page.locator('[data-control="unit"]').selectOption(unit.id);
  if (tier) await page.locator('[data-control="tier"]').selectOption(tier);
  await eventually(() => page.locator('[data-view="work"]').getAttribute('data-loaded')).toBe(`${status}|${tier}|${unit.id}|1`);
}

const row = (page: Page, id: string) => page.locator(`tr[data-honor="${id}"]`);
const buttons = (r: Locator) => r.locator('[data-honor-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-honor-action')));

/** Opens an action's dialog on a row: the button is clicked, the dialog is the one open. */
async function dialogFor(page: Page, id: string, action: string): Promise<Locator> {
  await row(page, id).locator(`[data-honor-action="${action}"]`).click();
  const dialog = row(page, id).locator('dialog[open]');
  await eventually(() => dialog.count()).toBe(1);
  return dialog;
}

/** The tab counts the page shows (of the tier chosen), against the gateway's honorCounts. */
async function expectCountsFollow(page: Page, statuses: string[], tier = '') {
  const truth = await figures();
  for (const s of statuses) await eventually(() => page.locator(`[data-status-count="${s}"]`).innerText()).toBe(String(truth.byStatus(s, tier)));
}

describe('the committee’s work queue', { timeout: BROWSER_TEST_MS }, () => {
  it('takes a fresh post from declaration through mass review, publicity, an objection from the public roll, confirmation and naming, then orders a rectification; the plaque’s page and the figures follow', async () => {
    const { page } = await open('ADMIN');
    await queue(page, 'DECLARED');
    const a = row(page, honors.A);
    await eventually(() => a.count()).toBe(1);
    expect(await a.locator('[data-honor-link]').getAttribute('href')).toBe(`/honor/${honors.A}`);
    // The buttons are the server's: what the state machine allows ADMIN now.
    expect(await buttons(a)).toEqual((await state(honors.A)).allowedActions);
    await expectCountsFollow(page, ['DECLARED', 'MASS_REVIEW']);

    // 开始群众评议, with a note typed in the dialog.
    let dialog = await dialogFor(page, honors.A, 'START_MASS_REVIEW');
    await dialog.locator('textarea[name="note"]').click();
    await page.keyboard.type('材料齐全，进入群众评议');
    await dialog.locator('[data-submit]').click();
    await eventually(() => a.count()).toBe(0);
    expect(await state(honors.A)).toMatchObject({ status: 'MASS_REVIEW', version: 2 });
    expect((await state(honors.A)).events.at(-1)).toMatchObject({ action: 'START_MASS_REVIEW', note: '材料齐全，进入群众评议' });
    await expectCountsFollow(page, ['DECLARED', 'MASS_REVIEW']);

    // 公示: the start proposed is the committee's today, the end is the honors subgraph's count of working days.
    await queue(page, 'MASS_REVIEW');
    dialog = await dialogFor(page, honors.A, 'PUBLICIZE');
    const start = dialog.locator('input[name="publicityStartsOn"]');
    await eventually(() => start.inputValue()).toBe('2016-09-20');
    const preview = (await ask(QueueProposals, { campaignId, startsOn: '2016-09-20' }, ADMIN)).data!.campaign!.publicityPreview;
    await eventually(() => dialog.locator('[data-window-ends]').innerText()).toContain(`公示期至${preview.endsOn}`);
    // A start in the past: the server's reason next to the field, before anything is sent.
    await start.fill('2016-09-19');
    await eventually(() => dialog.locator('[data-field-error="publicityStartsOn"]').innerText()).toContain('公示开始日期不能早于今天（2016-09-20）');
    await start.fill('2016-09-20');
    await eventually(() => dialog.locator('[data-field-error="publicityStartsOn"]').count()).toBe(0);
    await dialog.locator('[data-submit]').click();
    await eventually(() => a.count()).toBe(0);
    const publicized = await state(honors.A);
    expect(publicized).toMatchObject({ status: 'PUBLICIZING', publicityStartsOn: '2016-09-20', publicityEndsOn: preview.endsOn });

    // Anyone objects on the public honor roll, without signing in.
    const reason = '该同志的志愿服务时长与实际不符，请组织核查。';
    {
      const { page: pub } = await open();
      await pub.goto(new URL(`/honors/${YEAR}`, dashboard.url).href);
      await eventually(() => pub.locator('[data-view="honors"]').getAttribute('data-state')).toBe('ready');
      const section = pub.locator('[data-part="publicity"]');
      if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await section.locator('summary').click();
      const item = pub.locator(`[data-publicity="${honors.A}"]`);
      expect(await item.innerText()).toContain(names.A);
      await item.locator('[data-action="object"]').click();
      await item.locator('textarea[name="reason"]').click();
      await pub.keyboard.type(reason);
      await item.locator('button[type="submit"]').click();
      await eventually(() => item.locator('[data-receipt]').innerText()).toContain('异议已受理');
    }

    // The window is over; the open objection holds the confirmation back until resolved in the queue.
    on('2016-09-27');
    expect(publicized.publicityEndsOn! < '2016-09-27').toBe(true);
    await page.reload();
    await queue(page, 'PUBLICIZING');
    await eventually(() => a.locator('[data-open-objections]').innerText()).toBe('1条待处理');
    expect(await a.innerText()).toContain(reason);
    expect(await buttons(a)).toEqual((await state(honors.A)).allowedActions);
    expect(await buttons(a)).not.toContain('CONFIRM');
    await a.locator('[data-resolve-objection]').click();
    dialog = a.locator('dialog[open]');
    await dialog.locator('textarea[name="finding"]').click();
    await page.keyboard.type('经核查，志愿服务记录属实，异议不成立');
    await dialog.locator('[data-upheld="false"]').check();
    await dialog.locator('[data-submit]').click();
    await eventually(() => buttons(a)).toContain('CONFIRM');
    expect((await state(honors.A)).objections).toEqual([expect.objectContaining({ resolved: true, upheld: false, finding: '经核查，志愿服务记录属实，异议不成立' })]);

    dialog = await dialogFor(page, honors.A, 'CONFIRM');
    await dialog.locator('[data-submit]').click();
    await eventually(() => a.count()).toBe(0);
    expect((await state(honors.A)).status).toBe('CONFIRMED');
    // B–E are confirmed by another client meanwhile (their windows ended too).
    for (const id of [honors.B, honors.C, honors.D, honors.E]) await step(id, 'CONFIRM');

    // 命名授牌: the next free plaque number is proposed; the batch is typed.
    const proposed = (await ask(QueueProposals, { campaignId }, ADMIN)).data!.campaign!.nextPlaqueNumbers[0]!;
    await queue(page, 'CONFIRMED');
    dialog = await dialogFor(page, honors.A, 'NAME');
    await eventually(() => dialog.locator('input[name="plaqueNumber"]').inputValue()).toBe(proposed);
    await dialog.locator('input[name="batch"]').click();
    await page.keyboard.type('第二批');
    await dialog.locator('[data-submit]').click();
    await eventually(() => a.count()).toBe(0);
    expect(await state(honors.A)).toMatchObject({ status: 'NAMED', plaqueNumber: proposed, batch: '第二批' });
    await expectCountsFollow(page, ['CONFIRMED', 'NAMED']);

    // The plaque's public page shows it.
    const code = (await ask(DashboardPlaqueCode, { honorId: honors.A }, ADMIN)).data!.plaqueQr!.code;
    {
      const { page: pub } = await open();
      const res = await pub.goto(new URL(`/verify/${code}`, dashboard.url).href);
      expect(res?.status()).toBe(200);
      await eventually(() => pub.locator('[data-view="verify"]').innerText()).toContain(names.A);
      expect(await pub.locator('.verify-status').innerText()).toContain('有效');
      expect(await pub.locator('[data-view="verify"]').innerText()).toContain('第二批');
    }

    // 限期整改: without a deadline the server's refusal stands next to the field; then with one.
    const before = await figures();
    await queue(page, 'NAMED');
    dialog = await dialogFor(page, honors.A, 'ORDER_RECTIFICATION');
    await dialog.locator('textarea[name="note"]').click();
    await page.keyboard.type('群众反映服务窗口态度生硬');
    await dialog.locator('[data-submit]').click();
    await eventually(() => dialog.locator('[data-field-error="deadline"]').innerText()).toContain('请填写整改期限');
    await dialog.locator('input[name="deadline"]').fill('2016-11-30');
    await dialog.locator('[data-submit]').click();
    await eventually(() => a.count()).toBe(0);
    expect(await state(honors.A)).toMatchObject({ status: 'RECTIFYING', rectificationDeadline: '2016-11-30' });
    expect((await state(honors.A)).events.map((e) => e.action)).toEqual(['START_MASS_REVIEW', 'PUBLICIZE', 'CONFIRM', 'NAME', 'ORDER_RECTIFICATION']);
    await expectCountsFollow(page, ['NAMED', 'RECTIFYING']);
    const after = await figures();
    expect(after.actions('ORDER_RECTIFICATION')).toBe(before.actions('ORDER_RECTIFICATION') + 1);

    // 动态管理 counts it as the gateway does; the plaque's page says it is being rectified.
    await page.locator('[data-nav="management"]').click();
    await eventually(() => page.locator('[data-kpi="ORDER_RECTIFICATION"] .kpi-number').innerText()).toBe(String(after.actions('ORDER_RECTIFICATION')));
    await page.goto(new URL(`/verify/${code}`, dashboard.url).href);
    await eventually(() => page.locator('.verify-status').innerText()).toContain('限期整改');
  });

  it('names a batch in order from the proposed number and stops at the first refusal, saying which went through and which was refused and why', async () => {
    const { page } = await open('ADMIN');
    await queue(page, 'CONFIRMED', 'POST');
    const numbers = (await ask(QueueProposals, { campaignId }, ADMIN)).data!.campaign!.nextPlaqueNumbers;
    await page.locator('[data-bulk-open]').click();
    const dialog = page.locator('dialog.bulk-dialog[open]');
    await eventually(() => dialog.locator('[data-bulk-row]').count()).toBe(3);
    const planned = await dialog.locator('[data-bulk-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-bulk-row')));
    expect(new Set(planned)).toEqual(new Set([honors.B, honors.C, honors.D]));
    await eventually(() => dialog.locator('input[name="firstNumber"]').inputValue()).toBe(numbers[0]);
    expect(await dialog.locator('[data-bulk-plan]').innerText()).toContain(numbers[2]!);
    await dialog.locator('input[name="batch"]').click();
    await page.keyboard.type('第二批');

    // Meanwhile the team is named with the number the second one would get.
    await step(honors.E, 'NAME', { plaqueNumber: numbers[1], batch: '第二批' });
    await dialog.locator('[data-bulk-run]').click();
    const refused = dialog.locator('[data-bulk-refused]');
    await eventually(() => refused.count()).toBe(1);
    expect(await refused.getAttribute('data-code')).toBe('CONFLICT');
    expect(await refused.getAttribute('data-honor')).toBe(planned[1]);
    expect(await refused.innerText()).toContain(`牌匾编号${numbers[1]}在本年度已被使用`);
    expect(await dialog.locator('[data-bulk-done-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-bulk-done-row')))).toEqual([planned[0]]);
    expect(await dialog.locator('[data-bulk-not-tried]').innerText()).toContain('未办理1条');

    expect(await state(planned[0]!)).toMatchObject({ status: 'NAMED', plaqueNumber: numbers[0], batch: '第二批' });
    expect((await state(planned[1]!)).status).toBe('CONFIRMED');
    expect((await state(planned[2]!)).status).toBe('CONFIRMED');
    await dialog.locator('[data-bulk-close]').click();
    await eventually(() => row(page, planned[0]!).count()).toBe(0);
    await expectCountsFollow(page, ['CONFIRMED', 'NAMED'], 'POST');
  });

  it('shows the second of two staff acting on one honor what changed and offers to reload, losing nothing', async () => {
    const first = (await open('ADMIN')).page;
    const second = (await open('ADMIN')).page;
    const named = (await ask(QueueHonorState, { id: honors.E }, ADMIN)).data!.honor!;
    expect(named.status).toBe('NAMED');
    for (const page of [first, second]) {
      await queue(page, 'NAMED', 'TEAM');
      await eventually(() => row(page, honors.E).count()).toBe(1);
    }
    const events = (await state(honors.E)).events.length;

    let dialog = await dialogFor(first, honors.E, 'COMMEND');
    await dialog.locator('textarea[name="note"]').click();
    await first.keyboard.type('窗口服务获市民书面表扬');
    await dialog.locator('[data-submit]').click();
    await eventually(() => row(first, honors.E).locator('[data-done]').innerText()).toContain('表彰奖励');

    // The second page still holds the version it read.
    dialog = await dialogFor(second, honors.E, 'ORDER_RECTIFICATION');
    await dialog.locator('textarea[name="note"]').click();
    await second.keyboard.type('窗口排队时间过长');
    await dialog.locator('input[name="deadline"]').fill('2016-12-15');
    await dialog.locator('[data-submit]').click();
    const conflict = dialog.locator('[data-conflict]');
    await eventually(() => conflict.locator('[data-conflict-last]').count()).toBe(1);
    const now = await state(honors.E);
    expect(await conflict.innerText()).toContain('该记录已被他人更改');
    expect(await conflict.locator('[data-conflict-now]').innerText()).toBe(`现在的状态：已命名（第${now.version}版）`);
    expect(await conflict.locator('[data-conflict-last]').innerText()).toContain('最近一步：表彰奖励');
    expect(await conflict.locator('[data-conflict-last]').innerText()).toContain('窗口服务获市民书面表扬');
    // Nothing overwritten, nothing lost: the commendation is the one new event.
    expect(now.events.length).toBe(events + 1);
    expect(now.events.at(-1)).toMatchObject({ action: 'COMMEND', note: '窗口服务获市民书面表扬' });
    expect(now.status).toBe('NAMED');

    // Reloaded, the second takes its step on the version it now reads.
    await conflict.locator('[data-reload]').click();
    await eventually(() => row(second, honors.E).getAttribute('data-status')).toBe('NAMED');
    await eventually(() => second.locator(`[data-honor-actions="${honors.E}"]`).getAttribute('data-version')).toBe(String(now.version));
    dialog = await dialogFor(second, honors.E, 'ORDER_RECTIFICATION');
    await dialog.locator('textarea[name="note"]').click();
    await second.keyboard.type('窗口排队时间过长');
    await dialog.locator('input[name="deadline"]').fill('2016-12-15');
    await dialog.locator('[data-submit]').click();
    await eventually(() => row(second, honors.E).count()).toBe(0);
    const last = await state(honors.E);
    expect(last.status).toBe('RECTIFYING');
    expect(last.events.map((e) => e.action).slice(-2)).toEqual(['COMMEND', 'ORDER_RECTIFICATION']);
  });

  it('offers a LEADER no work queue and no action, and the committee’s steps only where the status allows them', async () => {
    const { page } = await open('LEADER');
    expect(await page.locator('[data-nav="work"]').count()).toBe(0);
    await page.goto(new URL(`/work?year=${YEAR}&status=CONFIRMED&unit=${unit.id}`, dashboard.url).href);
    await eventually(() => page.locator('tr[data-honor]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-honor-action]').count()).toBe(0);
    expect(await page.locator('[data-resolve-objection]').count()).toBe(0);
  });
});
