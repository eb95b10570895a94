import type { DashboardServer } from '@sfxd/dashboard';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

// The browser tests' watch over every page they open (the same rules as dashboard.test.ts's):
// no console error but those a test provokes on purpose, and no request leaving the origin.

export interface Watched {
  page: Page;
  problems: string[];
  foreign: string[];
  /** Console errors a test provokes on purpose (a refused code, a refused report). */
  expected: RegExp[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  locale?: string;
}

/** Opens pages on `server` in fresh contexts; `checkAll()` (in afterEach) closes them and fails on what they did wrong. */
export function pageWatcher(browser: () => Browser, server: () => DashboardServer) {
  const opened: { context: BrowserContext; watched: Watched }[] = [];

  async function open(role?: string, options: OpenOptions = {}): Promise<Watched> {
    const context = await browser().newContext({
      locale: options.locale ?? 'zh-CN', viewport: { width: options.width ?? 1440, height: options.height ?? 900 }, deviceScaleFactor: 1, acceptDownloads: true,
    });
    const page = await context.newPage();
    const watched: Watched = { page, problems: [], foreign: [], expected: [] };
    const own = new URL(server().url).origin;
    page.on('console', (m) => {
      if (m.type() === 'error') watched.problems.push(m.text());
    });
    page.on('pageerror', (e) => watched.problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(own) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreign.push(url);
    });
    opened.push({ context, watched });
    if (role) await signIn(page, role, server());
    return watched;
  }

  async function checkAll(): Promise<void> {
    for (const { context, watched } of opened.splice(0)) {
      await context.close();
      expect(watched.problems.filter((p) => !watched.expected.some((e) => e.test(p)))).toEqual([]);
      expect(watched.foreign).toEqual([]);
    }
  }

  return { open, checkAll };
}

/** Signs in with the demo token of `role` offered on the sign-in page (development server). */
export async function signIn(page: Page, role: string, server: DashboardServer): Promise<void> {
  await page.goto(new URL('/sign-in', server.url).href);
  await page.locator(`[data-demo-role="${role}"]`).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}
