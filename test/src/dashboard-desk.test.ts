import { startDashboardServer, type DashboardServer } from '@sfxd/dashboard';
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { BROWSER_TEST_MS, dashboardPages, demoTokenList, eventually } from './dashboard-harness.js';
import { graphql } from './gql/index.js';
import { ADMIN, gatewayClient, startTestPlatform, unitAdmin, weekAfter, type TestPlatform } from './testkit.js';

// 我的工作台 (/desk) in a real Chromium, driven with the mouse and the keyboard as a unit's party
// staff would: every figure the page shows is asked of the gateway independently and compared.
// The year is a fresh campaign created here (the current year), so the unit's post quota starts
// unattained and its gap is what the gateway says.

const DeskTestUnits = graphql(`
  query DeskTestUnits {
    units {
      id
      code
      name
      excluded
    }
  }
`);

const DeskTestCreateCampaign = graphql(`
  mutation DeskTestCreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      year
      ledgerDueOn
    }
  }
`);

const DeskTestCreateRound = graphql(`
  mutation DeskTestCreateRound($input: CreateEvaluationRoundInput!) {
    createEvaluationRound(input: $input) {
      id
      name
      status
    }
  }
`);

const DeskTestQuota = graphql(`
  query DeskTestQuota($id: ID!, $campaignId: ID!) {
    unit(id: $id) {
      id
      quota(campaignId: $campaignId) {
        posts {
          count
          target
          attained
        }
      }
    }
  }
`);

const DeskTestMembers = graphql(`
  query DeskTestMembers($unitId: ID!) {
    members(unitId: $unitId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const DeskTestHonors = graphql(`
  query DeskTestHonors($campaignId: ID!, $unitId: ID!) {
    honors(campaignId: $campaignId, unitId: $unitId, first: 100) {
      totalCount
      edges {
        node {
          id
          version
          status
          tier
          subject {
            __typename
            ... on Member {
              id
            }
          }
        }
      }
    }
  }
`);

const DeskTestDeclare = graphql(`
  mutation DeskTestDeclare($input: DeclareHonorInput!) {
    declareHonor(input: $input) {
      id
      version
    }
  }
`);

const DeskTestTransition = graphql(`
  mutation DeskTestTransition($input: TransitionHonorInput!) {
    transitionHonor(input: $input) {
      id
      status
    }
  }
`);

const DeskTestSubmitLedger = graphql(`
  mutation DeskTestSubmitLedger($unitId: ID, $campaignId: ID!) {
    submitLedger(unitId: $unitId, campaignId: $campaignId) {
      id
    }
  }
`);

const DeskTestImportLedger = graphql(`
  mutation DeskTestImportLedger($input: ImportLedgerInput!) {
    importLedger(input: $input) {
      applied
      declared
    }
  }
`);

const DeskTestLedgers = graphql(`
  query DeskTestLedgers($campaignId: ID!) {
    ledgerSubmissions(campaignId: $campaignId) {
      units {
        unit {
          id
        }
        status
        onTime
        late
      }
    }
  }
`);

type Unit = { id: string; code: string; name: string; excluded: boolean };

let platform: TestPlatform;
let dashboard: DashboardServer;
let browser: Browser;
let ask: ReturnType<typeof gatewayClient>;
/** The year of the campaign created for these tests, its id and its open evaluation round. */
let year: number;
let campaignId: string;
let roundName: string;
/** The UNIT_ADMIN's own unit, and another unit it must not act on. */
let own: Unit;
let other: Unit;
const files = mkdtempSync(path.join(os.tmpdir(), 'sfxd-desk-'));

/** Today in Beijing, the day the platform counts in. */
const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform({ seed: { units: 6, membersPerUnit: 25 } }), launchBrowser()]);
  ask = gatewayClient(platform.gatewayUrl);
  const units = (await ask(DeskTestUnits, {}, ADMIN)).data!.units.filter((u) => !u.excluded).sort((a, b) => a.code.localeCompare(b.code));
  [own, other] = [units[0]!, units[1]!];
  const today = beijingToday();
  year = Number(today.slice(0, 4));
  const created = await ask(DeskTestCreateCampaign, { input: { year } }, ADMIN);
  expect(created.errors).toBeUndefined();
  campaignId = created.data!.createCampaign.id;
  roundName = `${year}年群众评议（工作台测试）`;
  const round = await ask(DeskTestCreateRound, { input: { campaignId, name: roundName, kind: 'MASS_REVIEW', opensOn: today, closesOn: weekAfter(today) } }, ADMIN);
  expect(round.errors).toBeUndefined();
  const tokens = await demoTokenList(own.id);
  dashboard = await startDashboardServer({ port: 0, gatewayUrl: platform.gatewayUrl, production: false, demoTokens: tokens });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await platform?.dispose();
});

// Every page: no console error, nothing fetched from another origin (the shared harness).
const pages = dashboardPages(() => ({ browser, dashboard }));
const open = async (role: string): Promise<Page> => (await pages.open(role)).page;

/** Opens the workbench from the navigation and picks the test's year in the year selector. */
async function openDesk(page: Page) {
  await page.locator('[data-nav="desk"]').click();
  await page.waitForURL((u) => u.pathname === '/desk');
  await page.locator('select[name="year"]').selectOption(String(year));
  await page.waitForURL((u) => u.searchParams.get('year') === String(year));
  await page.locator('[data-section="quota"]').waitFor();
}

async function gatewayPosts() {
  return (await ask(DeskTestQuota, { id: own.id, campaignId }, ADMIN)).data!.unit!.quota!.posts;
}
async function pagePosts(page: Page) {
  const card = page.locator('[data-quota="posts"]');
  return { count: Number(await card.getAttribute('data-count')), target: Number(await card.getAttribute('data-target')), attained: (await card.getAttribute('data-attained')) === 'true', shown: await card.locator('[data-role="count"]').innerText() };
}
async function honorsOf(unitId: string) {
  return (await ask(DeskTestHonors, { campaignId, unitId }, ADMIN)).data!.honors.edges.map((e) => e.node);
}
const liveHonors = async (unitId: string) => (await honorsOf(unitId)).filter((h) => h.status !== 'WITHDRAWN' && h.status !== 'REJECTED' && h.status !== 'REVOKED');

describe('the unit’s workbench (我的工作台)', { timeout: BROWSER_TEST_MS }, () => {
  it('lets a unit’s party staff declare posts up to the gap, see the post quota turn attained as the gateway counts it, see why a pick is refused, and withdraw one', async () => {
    const before = await gatewayPosts();
    expect(before.attained).toBe(false);
    const gap = before.target - before.count;
    expect(gap).toBeGreaterThan(0);

    const page = await open('UNIT_ADMIN');
    await openDesk(page);
    expect(await page.locator('.lead').innerText()).toContain(own.name);
    expect(await pagePosts(page)).toEqual({ count: before.count, target: before.target, attained: false, shown: String(before.count) });
    expect(await page.locator('[data-quota="posts"] [data-role="gap"]').innerText()).toBe(`还差 ${gap} 个`);

    // Search the roster for a member by name, pick them, then pick the rest from the first page.
    const roster = (await ask(DeskTestMembers, { unitId: own.id }, ADMIN)).data!.members.edges.map((e) => e.node);
    const first = roster[0]!;
    await page.locator('[data-control="roster-search"]').click();
    await page.keyboard.type(first.name);
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('[data-role="roster"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-member')))).toContain(first.id);
    await page.locator(`[data-pick="${first.id}"]`).click();
    await page.locator('[data-control="roster-search"]').fill('');
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('[data-role="roster"] li').count()).toBeGreaterThan(gap);
    const listed = await page.locator('[data-role="roster"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-member')!));
    const picks = [first.id, ...listed.filter((id) => id !== first.id).slice(0, gap - 1)];
    for (const id of picks.slice(1)) await page.locator(`[data-pick="${id}"]`).click();
    expect(await page.locator('[data-action="declare"]').innerText()).toContain(`（${gap}）`);
    await page.locator('[data-action="declare"]').click();

    await eventually(() => page.locator('[data-role="results"] [data-result="ok"]').count()).toBe(gap);
    const after = await gatewayPosts();
    expect(after).toEqual({ count: before.count + gap, target: before.target, attained: true });
    await eventually(() => pagePosts(page)).toEqual({ count: after.count, target: after.target, attained: true, shown: String(after.count) });
    expect(await page.locator('[data-quota="posts"] [data-role="gap"]').innerText()).toBe('已达标');
    const declared = await liveHonors(own.id);
    expect(declared.map((h) => h.subject.__typename === 'Member' ? h.subject.id : '').sort()).toEqual([...picks].sort());

    // A member already a candidate is marked, can still be picked, and the server's reason shows beside it.
    const again = picks[0]!;
    await page.locator('[data-control="roster-search"]').click();
    await page.keyboard.type(first.name);
    await page.keyboard.press('Enter');
    await eventually(() => page.locator(`[data-member="${again}"] [data-role="live"]`).count()).toBe(1);
    await page.locator(`[data-pick="${again}"]`).click();
    await page.locator('[data-action="declare"]').click();
    const refused = page.locator(`[data-role="results"] [data-result="refused"][data-subject="${again}"]`);
    await refused.waitFor();
    expect(await refused.locator('[data-code]').getAttribute('data-code')).toBe('CONFLICT');
    expect(await refused.locator('[data-role="server-message"]').innerText()).toContain('已有在办的申报');
    expect((await liveHonors(own.id)).length).toBe(declared.length);

    // Withdraw one: its row says 已撤回 and the quota falls back to the gateway's figure.
    const gone = declared[0]!;
    await page.locator(`[data-honor="${gone.id}"] [data-action="withdraw"]`).click();
    await page.locator(`[data-withdraw-form="${gone.id}"] [data-control="note"]`).click();
    await page.keyboard.type('单位调整推荐人选');
    await page.keyboard.press('Enter');
    await eventually(() => page.locator(`[data-honor="${gone.id}"]`).getAttribute('data-status')).toBe('WITHDRAWN');
    const withdrawn = await gatewayPosts();
    expect(withdrawn.count).toBe(after.count - 1);
    await eventually(() => pagePosts(page)).toEqual({ count: withdrawn.count, target: withdrawn.target, attained: withdrawn.attained, shown: String(withdrawn.count) });
    // A withdrawn candidacy offers no further step.
    expect(await page.locator(`[data-honor="${gone.id}"] [data-action="withdraw"]`).count()).toBe(0);
  });

  it('shows what changed and offers a reload when the candidacy was changed meanwhile, and overwrites nothing', async () => {
    const member = (await ask(DeskTestMembers, { unitId: own.id }, ADMIN)).data!.members.edges.map((e) => e.node).at(-1)!;
    const honor = (await ask(DeskTestDeclare, { input: { campaignId, tier: 'POST', subjectId: member.id } }, ADMIN)).data!.declareHonor;
    const page = await open('UNIT_ADMIN');
    await openDesk(page);
    await page.locator(`[data-honor="${honor.id}"] [data-action="withdraw"]`).click();
    // The committee starts the mass review while the page still shows the declaration.
    const moved = await ask(DeskTestTransition, { input: { honorId: honor.id, action: 'START_MASS_REVIEW', expectedVersion: honor.version } }, ADMIN);
    expect(moved.errors).toBeUndefined();
    await page.locator('[data-action="confirm-withdraw"]').click();
    const conflict = page.locator(`[data-withdraw-form="${honor.id}"] [data-role="conflict"]`);
    await conflict.waitFor();
    expect(await conflict.locator('[data-role="changed"]').innerText()).toContain('申报 → 群众评议');
    expect((await honorsOf(own.id)).find((h) => h.id === honor.id)!.status).toBe('MASS_REVIEW');
    await conflict.locator('[data-action="reload"]').click();
    await eventually(() => page.locator(`[data-honor="${honor.id}"]`).getAttribute('data-status')).toBe('MASS_REVIEW');
  });

  it('checks an imported ledger first and shows its row and column report before anything is written, then imports it', async () => {
    const roster = (await ask(DeskTestMembers, { unitId: own.id }, ADMIN)).data!.members.edges.map((e) => e.node);
    const declaredIds = new Set((await liveHonors(own.id)).map((h) => (h.subject.__typename === 'Member' ? h.subject.id : '')));
    const fresh = roster.find((m) => !declaredIds.has(m.id))!;
    const ledger = async (name: string, rows: string[][]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('示范行动台账');
      sheet.addRow(['类别', '对象编号', '对象名称']);
      for (const row of rows) sheet.addRow(row);
      const file = path.join(files, name);
      writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
      return file;
    };
    const faulty = await ledger('台账-有误.xlsx', [['示范岗', fresh.id, fresh.name], ['示范岗', '00000000-0000-4000-8000-000000000000', '查无此人']]);
    const clean = await ledger('台账.xlsx', [['示范岗', fresh.id, fresh.name]]);
    const countBefore = (await honorsOf(own.id)).length;

    const page = await open('UNIT_ADMIN');
    await openDesk(page);
    const ledgerImport = page.locator('[data-import="ledger"]');
    const choose = async (file: string) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), ledgerImport.locator('[data-control="file"]').click()]);
      await chooser.setFiles(file);
    };
    await choose(faulty);
    expect(await ledgerImport.locator('[data-action="commit"]').isDisabled()).toBe(true);
    await ledgerImport.locator('[data-action="check"]').click();
    const report = ledgerImport.locator('[data-role="report"]');
    await report.waitFor();
    const errors = await report.locator('[data-role="errors"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some(([row]) => row === '3')).toBe(true);
    expect(errors.every(([, column]) => column!.length > 0)).toBe(true);
    expect(await ledgerImport.locator('[data-action="commit"]').isDisabled()).toBe(true);
    expect((await honorsOf(own.id)).length).toBe(countBefore);

    await choose(clean);
    await ledgerImport.locator('[data-action="check"]').click();
    await ledgerImport.locator('[data-role="dry-run"]').waitFor();
    expect(await ledgerImport.locator('[data-role="dry-run"] [data-count="declared"]').innerText()).toContain('1');
    expect((await honorsOf(own.id)).length).toBe(countBefore);
    await ledgerImport.locator('[data-action="commit"]').click();
    await ledgerImport.locator('[data-role="imported"]').waitFor();
    const now = await honorsOf(own.id);
    expect(now.length).toBe(countBefore + 1);
    expect(now.some((h) => h.subject.__typename === 'Member' && h.subject.id === fresh.id && h.status === 'DECLARED')).toBe(true);
    await eventually(() => page.locator('[data-role="candidacies"] tbody tr[data-honor]').count()).toBe(now.length);
  });

  it('submits the ledger and says whether it came in on time, as the gateway does', async () => {
    const page = await open('UNIT_ADMIN');
    await openDesk(page);
    const status = page.locator('[data-role="ledger-status"]');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('MISSING');
    await page.locator('[data-action="submit-ledger"]').click();
    const gateway = async () => (await ask(DeskTestLedgers, { campaignId }, ADMIN)).data!.ledgerSubmissions!.units.find((u) => u.unit.id === own.id)!;
    await eventually(async () => (await gateway()).status).not.toBe('MISSING');
    const truth = await gateway();
    await eventually(() => status.getAttribute('data-status')).toBe(truth.status);
    expect(await status.innerText()).toContain(truth.onTime ? '按时报送' : '逾期报送');
  });

  it('issues ballot codes for the open round and lays them out on an A4 sheet for the browser to print', async () => {
    const page = await open('UNIT_ADMIN');
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.reload();
    await openDesk(page);
    const section = page.locator('[data-section="ballots"]');
    // The year's rounds may come after its unit: the round chosen is the open one of this year's.
    await eventually(() => section.locator('[data-control="round"] option:checked').innerText()).toContain(roundName);
    await section.locator('[data-control="ballot-count"]').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    const sheet = section.locator('[data-role="ballot-sheet"]');
    await eventually(() => sheet.locator('[data-code]').count()).toBe(6);
    // Each code's QR image is drawn (an image the browser decoded, not a broken one).
    expect(await sheet.locator('img').evaluateAll((imgs) => Promise.all(imgs.map((i) => (i as HTMLImageElement).decode().then(() => true, () => false))))).toEqual(Array(6).fill(true));
    await section.locator('[data-action="print"]').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // On paper: the codes only, not the navigation or the forms around them.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.masthead').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
    expect(await page.locator('[data-section="declare"]').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
    expect(await sheet.locator('[data-code]').first().evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
  });

  it('shows a unit’s party staff no control acting on another unit, and the gateway refuses it anyway', async () => {
    const page = await open('UNIT_ADMIN');
    await page.goto(new URL(`/desk?year=${year}&unit=${other.id}`, dashboard.url).href);
    await page.locator('[data-section="quota"]').waitFor();
    // The address asks for another unit; the workbench is the staff's own unit's, and has no unit selector.
    expect(await page.locator('.lead').innerText()).toContain(own.name);
    expect(await page.locator('[data-control="desk-unit"]').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(other.name);

    const theirs = (await ask(DeskTestMembers, { unitId: other.id }, ADMIN)).data!.members.edges[0]!.node;
    const staff = unitAdmin(own.id);
    const refusedCodes = ['FORBIDDEN', 'NOT_FOUND'];
    const declare = await ask(DeskTestDeclare, { input: { campaignId, tier: 'POST', subjectId: theirs.id } }, staff);
    expect(refusedCodes).toContain(declare.errors?.[0]?.extensions?.code);
    const theirHonor = (await ask(DeskTestDeclare, { input: { campaignId, tier: 'POST', subjectId: theirs.id } }, ADMIN)).data!.declareHonor;
    const withdraw = await ask(DeskTestTransition, { input: { honorId: theirHonor.id, action: 'WITHDRAW', expectedVersion: theirHonor.version } }, staff);
    expect(refusedCodes).toContain(withdraw.errors?.[0]?.extensions?.code);
    const submit = await ask(DeskTestSubmitLedger, { unitId: other.id, campaignId }, staff);
    expect(refusedCodes).toContain(submit.errors?.[0]?.extensions?.code);
    const importing = await ask(DeskTestImportLedger, { input: { campaignId, unitId: other.id, contentBase64: 'UEsDBA==', dryRun: true } }, staff);
    expect(refusedCodes).toContain(importing.errors?.[0]?.extensions?.code);
    // Nothing of theirs changed: the one candidacy ADMIN declared is still live, and no ledger came in.
    expect((await honorsOf(other.id)).map((h) => h.status)).toEqual(['DECLARED']);
    const ledgers = (await ask(DeskTestLedgers, { campaignId }, ADMIN)).data!.ledgerSubmissions!.units.find((u) => u.unit.id === other.id)!;
    expect(ledgers.status).toBe('MISSING');
  });

  it('lets the committee’s staff pick the unit to work for', async () => {
    const page = await open('ADMIN');
    await page.locator('[data-nav="desk"]').click();
    await page.waitForURL((u) => u.pathname === '/desk');
    await page.locator('[data-role="desk-choose"]').waitFor();
    await page.locator('[data-control="desk-unit"]').selectOption(other.id);
    await page.waitForURL((u) => u.searchParams.get('unit') === other.id);
    // The unit's record for the year shown first (the newest campaign's) is on the page now;
    // once the year changes it must go, not stay shown under the new year while that one loads.
    await page.locator('[data-section="quota"]').waitFor();
    // Held until checked: the new year's record loading, the page shows no unit's numbers.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (/query DeskUnit\b/.test(route.request().postData() ?? '')) await held;
      await route.continue();
    });
    await page.locator('select[name="year"]').selectOption(String(year));
    await page.waitForURL((u) => u.searchParams.get('year') === String(year));
    expect(await page.locator('[data-section="quota"]').count()).toBe(0);
    release();
    await page.locator('[data-section="quota"]').waitFor();
    expect(await page.locator('.lead').innerText()).toContain(other.name);
    const quota = (await ask(DeskTestQuota, { id: other.id, campaignId }, ADMIN)).data!.unit!.quota!.posts;
    expect(Number(await page.locator('[data-quota="posts"]').getAttribute('data-count'))).toBe(quota.count);
  });
});
