/**
 * The dashboard's time to first chart in headless Chromium (Debian's, as the browser tests use):
 * signed in as LEADER, from the navigation to /overview until the first ECharts chart has
 * finished drawing, in the page's own clock. Nothing leaves the machine: a request to any other
 * origin fails the measure.
 */
import { startDashboardServer } from '@sfxd/dashboard';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { demoTokens } from './platform.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface FirstChart {
  /** Each navigation's time to the first drawn chart, ms. */
  runs: number[];
  medianMs: number;
}

export async function timeToFirstChart(gatewayUrl: string, jwtSecret: string, unitId: string, runs = 3): Promise<FirstChart | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH)` };
  const tokens = Object.values(await demoTokens(jwtSecret, unitId)).map(({ caller, token }) => ({ role: caller.role, unitId: caller.unitId, token }));
  const dashboard = await startDashboardServer({ port: 0, gatewayUrl, production: false, demoTokens: tokens });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const own = new URL(dashboard.url).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(own) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(new URL('/sign-in', dashboard.url).href);
    await page.locator('[data-demo-role="LEADER"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(new URL('/overview', dashboard.url).href);
      // performance.now() counts from the navigation's start; polled at every frame.
      const drawn = await page.waitForFunction(() => ((globalThis as any).document.querySelector('.echart[data-rendered="true"]') ? performance.now() : null), undefined, { polling: 'raf', timeout: 120_000 });
      times.push(Number(await drawn.jsonValue()));
    }
    if (foreign.length > 0) throw new Error(`the dashboard asked for other origins: ${foreign.join(', ')}`);
    await context.close();
    return { runs: times, medianMs: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]! };
  } finally {
    await browser.close();
    await dashboard.close();
  }
}
