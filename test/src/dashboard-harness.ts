import type { DashboardServer, DemoToken } from '@sfxd/dashboard';
import { demoTokens } from '@sfxd/platform';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { JWT_SECRET } from './testkit.js';

// The dashboard browser tests' harness (as test/src/dashboard.test.ts drives it): pages that fail
// their test on any console error or request leaving the machine, demo sign-in, and waits for
// what a reader would see.

export interface Watched {
  page: Page;
  problems: string[];
  foreign: string[];
  /** Console errors a test provokes on purpose (a refused token, a failed request). */
  expected: RegExp[];
}

/** The sign-in page's demo tokens, one per role, the UNIT_ADMIN's of `unitId`. */
export async function demoTokenList(unitId: string): Promise<DemoToken[]> {
  return Object.entries(await demoTokens(JWT_SECRET, unitId)).map(([role, { caller, token }]) => ({ role, unitId: caller.unitId, token }));
}

/** A page's requests take their time on a busy machine: wait up to 20 s for what a user would see. */
export function eventually<T>(read: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}

/**
 * Opens pages in fresh browser contexts and, after each test, closes them and fails the test on
 * a console error or a request to anything but the dashboard's own origin. Call once per file.
 */
export function dashboardPages(get: () => { browser: Browser; dashboard: DashboardServer }) {
  const opened: { context: BrowserContext; watched: Watched }[] = [];

  afterEach(async () => {
    for (const { context, watched } of opened.splice(0)) {
      await context.close();
      expect(watched.problems.filter((p) => !watched.expected.some((e) => e.test(p)))).toEqual([]);
      expect(watched.foreign).toEqual([]);
    }
  });

  async function signIn(page: Page, role: string, server = get().dashboard) {
    await page.goto(new URL('/sign-in', server.url).href);
    await page.locator(`[data-demo-role="${role}"]`).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  }

  async function open(role?: string, options: { server?: DashboardServer; width?: number; height?: number } = {}): Promise<Watched> {
    const server = options.server ?? get().dashboard;
    const context = await get().browser.newContext({ locale: 'zh-CN', viewport: { width: options.width ?? 1440, height: options.height ?? 900 }, deviceScaleFactor: 1, acceptDownloads: true });
    const page = await context.newPage();
    const watched: Watched = { page, problems: [], foreign: [], expected: [] };
    const own = new URL(server.url).origin;
    page.on('console', (m) => {
      if (m.type() === 'error') watched.problems.push(m.text());
    });
    page.on('pageerror', (e) => watched.problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(own) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreign.push(url);
    });
    opened.push({ context, watched });
    if (role) await signIn(page, role, server);
    return watched;
  }

  return { open, signIn };
}

/** Every chart on the page has left its loading state, and the ready ones have been drawn. */
export async function chartsSettled(page: Page) {
  await eventually(() => page.locator('[data-chart][data-state="loading"]').count()).toBe(0);
  await eventually(() => page.evaluate(() => [...document.querySelectorAll('[data-chart][data-state="ready"]')].every((c) => c.querySelector('.echart[data-rendered="true"]')))).toBe(true);
}

/** The table beside a chart: the rows of the dataset the chart draws. */
export async function chartTable(page: Page, name: string): Promise<{ head: string[]; rows: string[][] }> {
  const card = page.locator(`[data-chart="${name}"]`);
  const details = card.locator('details.data-table');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  const head = await details.locator('thead th').allInnerTexts();
  const rows = await details.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
  return { head, rows };
}

/**
 * Where a chart first shows a colour in a run of 30 pixels (CSS) — longer than a legend's 25-pixel
 * swatch: the top-most bar of a series, on the left of any scroll bar.
 */
export async function firstPixelOf(page: Page, name: string, hex: string): Promise<{ x: number; y: number }> {
  const canvas = page.locator(`[data-chart="${name}"] canvas`).first();
  const spot = await canvas.evaluate((c: HTMLCanvasElement, rgb: number[]) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const scale = c.width / c.getBoundingClientRect().width;
    const near = (i: number) => Math.abs(data[i]! - rgb[0]!) < 4 && Math.abs(data[i + 1]! - rgb[1]!) < 4 && Math.abs(data[i + 2]! - rgb[2]!) < 4;
    for (let y = 0; y < c.height; y++) {
      let run = 0;
      for (let x = 0; x < c.width * 0.8; x++) {
        run = near((y * c.width + x) * 4) ? run + 1 : 0;
        if (run === Math.round(30 * scale)) return { x: (x - 15 * scale) / scale, y: y / scale };
      }
    }
    return null;
  }, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  expect(spot, `a ${hex} bar in ${name}`).not.toBeNull();
  // A mouse clicks what is on the screen.
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  return { x: box.x + spot!.x, y: box.y + spot!.y + 4 };
}

/**
 * A browser test's time limit: one drives many loads, each waited for up to 20 s, and two files
 * run at once on a two-core machine, where vitest's default minute was near for the longest.
 */
export const BROWSER_TEST_MS = 150_000;
