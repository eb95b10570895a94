import { startDashboardServer, type DashboardServer } from '@sfxd/dashboard';
import { generateBallotCode } from '@sfxd/evaluations';
import { businessToday } from '@sfxd/kit';
import { sqlRows } from '@sfxd/kit/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { BROWSER_TEST_MS, dashboardPages } from './dashboard-harness.js';
import { CampaignByYear, CreateEvaluationRound, IssueBallots, UnitFirstMember } from './documents.js';
import { graphql } from './gql/index.js';
import { ADMIN, gatewayClient, startTestPlatform, unitAdmin, weekAfter, type TestPlatform } from './testkit.js';

// 评议票 /ballot/<code> in a real Chromium on a phone-sized screen, against the whole platform:
// a ballot issued through the gateway, scored on the page, read back through the gateway.

const BallotMemberSummary = graphql(`
  query BallotMemberSummary($id: ID!, $roundId: ID!) {
    member(id: $id) {
      id
      name
      evaluationSummary(roundId: $roundId) {
        count
        byKind {
          kind
          count
        }
        criteria {
          criterion
          mean
        }
      }
    }
  }
`);

const BallotUnitName = graphql(`
  query BallotUnitName($id: ID!) {
    unit(id: $id) {
      name
    }
  }
`);

let platform: TestPlatform;
let dashboard: DashboardServer;
let browser: Browser;
const pages = dashboardPages(() => ({ browser, dashboard }));
/** A page's requests take their time on a busy machine: wait up to 20 s for what a user would see. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const ask = () => gatewayClient(platform.gatewayUrl);
const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(platform.db.url, text, params);
const PHONE = { width: 390, height: 844 };

/** A round open today for the unit's posts, and `count` MASSES codes issued by the unit's own staff. */
async function ballots(unitId: string, count: number) {
  const campaignId = (await ask()(CampaignByYear, { year: 2016 }, ADMIN)).data!.campaignByYear!.id;
  const today = businessToday();
  const round = await ask()(CreateEvaluationRound, { input: { campaignId, name: '手机评议测试', kind: 'MID_YEAR_REVIEW', opensOn: today, closesOn: weekAfter(today), tiers: ['POST'] } }, ADMIN);
  expect(round.errors).toBeUndefined();
  const issued = await ask()(IssueBallots, { input: { roundId: round.data!.createEvaluationRound.id, unitId, count } }, unitAdmin(unitId));
  expect(issued.errors).toBeUndefined();
  return { roundId: round.data!.createEvaluationRound.id, ballots: issued.data!.issueBallots.ballots };
}

beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform({ seed: { units: 4, membersPerUnit: 6 } }), launchBrowser()]);
  dashboard = await startDashboardServer({ port: 0, gatewayUrl: platform.gatewayUrl, production: false });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await platform?.dispose();
});


describe('the ballot page', { timeout: BROWSER_TEST_MS }, () => {
  it('takes a mass-review ballot from its QR code on a phone, scored with the keyboard and confirmed, which then shows in the member’s summary through the gateway; the same code again is refused clearly', async () => {
    const unitId = platform.seeded!.units.find((u) => !u.excluded)!.id;
    const { roundId, ballots: [ballot] } = await ballots(unitId, 1);
    const member = (await ask()(UnitFirstMember, { id: unitId }, ADMIN)).data!.unit!.members.edges[0]!.node.id;
    const names = (await ask()(BallotMemberSummary, { id: member, roundId }, ADMIN)).data!.member!;
    const unitName = (await ask()(BallotUnitName, { id: unitId }, ADMIN)).data!.unit!.name;
    // The QR code holds PUBLIC_BASE_URL/ballot/<code>: the same path on this server.
    const path = new URL(ballot!.url).pathname;
    expect(path).toBe(`/ballot/${ballot!.code.replaceAll('-', '')}`);

    const { page } = await pages.open(undefined, PHONE);
    const answer = await page.goto(new URL(path, dashboard.url).href);
    expect(answer!.status()).toBe(200);
    const view = page.locator('[data-view="ballot"]');
    await eventually(() => view.getAttribute('data-state')).toBe('choose');
    expect(await page.locator('[data-field="round"]').innerText()).toContain('手机评议测试');
    expect(await page.locator('[data-field="round"]').innerText()).toContain(unitName);
    expect(await page.locator('[data-field="kind"]').innerText()).toBe('群众评议');
    // No sign-in on the way, and nothing wider than the phone.
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    const choice = page.locator(`[data-subject="${member}"]`);
    expect(await choice.innerText()).toContain(names.name);
    await choice.click();
    await eventually(() => view.getAttribute('data-state')).toBe('score');
    const labels = await page.locator('.ballot-criterion label').allInnerTexts();
    expect(labels).toEqual(['政治合格', '守规矩重品行', '联系服务群众', '担当作为']);

    // Scored with the keyboard, one criterion after another; an out-of-range score is caught first.
    const typed = [96, 88, 101, 90];
    await page.locator('#score-POST_POLITICAL').focus();
    for (const [i, score] of typed.entries()) {
      await page.keyboard.type(String(score));
      if (i < typed.length - 1) await page.keyboard.press('Tab');
    }
    await page.locator('[data-action="review"]').click();
    expect(await page.locator('[data-problem="POST_SERVICE"]').innerText()).toContain('0至100');
    await page.locator('#score-POST_SERVICE').fill('');
    await page.locator('#score-POST_SERVICE').type('75');
    await page.locator('#ballot-comment').fill('服务热情，办事高效。');
    await page.keyboard.press('Tab');
    await page.locator('[data-action="review"]').click();
    await eventually(() => view.getAttribute('data-state')).toBe('confirm');
    const scores = { POST_POLITICAL: 96, POST_DISCIPLINE: 88, POST_SERVICE: 75, POST_DUTY: 90 };
    for (const [criterion, score] of Object.entries(scores)) expect(await page.locator(`[data-confirm="${criterion}"]`).innerText()).toBe(String(score));
    // Nothing is sent before the confirmation.
    expect((await ask()(BallotMemberSummary, { id: member, roundId }, ADMIN)).data!.member!.evaluationSummary?.count ?? 0).toBe(0);
    await page.locator('[data-action="submit"]').click();
    await eventually(() => view.getAttribute('data-state')).toBe('done');

    const summary = (await ask()(BallotMemberSummary, { id: member, roundId }, ADMIN)).data!.member!.evaluationSummary!;
    expect(summary.count).toBe(1);
    expect(summary.byKind.find((k) => k.kind === 'MASSES')!.count).toBe(1);
    expect(Object.fromEntries(summary.criteria.map((c) => [c.criterion, c.mean]))).toEqual(scores);
    const comments = await sql(`select comment from evaluations.evaluation where round_id = $1`, [roundId]);
    expect(comments).toEqual([{ comment: '服务热情，办事高效。' }]);

    // The same code again (the QR code scanned twice): refused in words, with nothing more written.
    const again = await pages.open(undefined, PHONE);
    again.expected.push(/status of 403/);
    await again.page.goto(new URL(path, dashboard.url).href);
    const refused = again.page.locator('[data-view="ballot"]');
    await eventually(() => refused.getAttribute('data-state')).toBe('refused');
    expect(await again.page.locator('[data-ballot="refused"]').innerText()).toContain('该投票码无效或已使用');
    expect((await ask()(BallotMemberSummary, { id: member, roundId }, ADMIN)).data!.member!.evaluationSummary!.count).toBe(1);
  });

  it('says clearly that an unknown code cannot be used, that a mistyped one is mistyped, and when this network has guessed too often', async () => {
    await sql(`delete from evaluations.ballot_refusal`);
    const { page, expected } = await pages.open(undefined, PHONE);
    expected.push(/status of 403/, /status of 400/, /status of 429/);
    const view = page.locator('[data-view="ballot"]');

    await page.goto(new URL(`/ballot/${generateBallotCode().replaceAll('-', '')}`, dashboard.url).href);
    await eventually(() => view.getAttribute('data-state')).toBe('refused');
    expect(await page.locator('[data-ballot="refused"]').innerText()).toContain('该投票码无效或已使用');
    // The refusal was counted against the address the dashboard's server saw, as a submission's is.
    const refusals = await sql<{ client_address: string }>(`select client_address from evaluations.ballot_refusal`);
    expect(refusals).toHaveLength(1);

    await page.goto(new URL('/ballot/K7QM3XPD9FHW2ABA', dashboard.url).href);
    await eventually(() => view.getAttribute('data-state')).toBe('mistyped');
    expect(await page.locator('[data-ballot="mistyped"]').innerText()).toContain('投票码有误');

    // This network has reached the limit of refused codes: even a good code is turned away for now.
    const unitId = platform.seeded!.units.find((u) => !u.excluded)!.id;
    const { ballots: [good] } = await ballots(unitId, 1);
    await sql(`insert into evaluations.ballot_refusal (client_address, at) select $1, now() from generate_series(1, 19)`, [refusals[0]!.client_address]);
    await page.goto(new URL(`/ballot/${good!.code}`, dashboard.url).href);
    await eventually(() => view.getAttribute('data-state')).toBe('rateLimited');
    expect(await page.locator('[data-ballot="rate-limited"]').innerText()).toMatch(/投票码错误次数过多，请约\d+分钟后再试/);
    await sql(`delete from evaluations.ballot_refusal`);
  });
});
