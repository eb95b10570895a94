import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { startTestPlatform, type TestPlatform } from './testkit.js';

let platform: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await platform?.dispose();
});

describe('GraphiQL at the gateway, in a real browser', () => {
  it('loads without the internet and runs its default query against the demo units', async () => {
    const page = await browser.newPage();
    const origin = new URL(platform.gatewayUrl).origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    await page.goto(platform.gatewayUrl);
    await page.locator('.graphiql-execute-button').click();
    const firstUnit = platform.seeded!.units.slice().sort((a, b) => a.code.localeCompare(b.code))[0]!;
    await expect.poll(() => page.locator('.result-window').innerText(), { timeout: 20_000 }).toContain(firstUnit.name);
    expect(foreign).toEqual([]);
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/graphiql.png` });
  });
});
