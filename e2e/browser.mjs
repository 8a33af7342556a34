// Launches Debian's Chromium (never a downloaded browser) with the flags that work on a
// closed network, and opens pages that record console errors and every request made.
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import { chromium } from 'playwright-core';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
}

/**
 * A new page in a fresh context that records what happens.
 * @returns {Promise<{page: import('playwright-core').Page, context: import('playwright-core').BrowserContext, errors: string[], requests: string[]}>}
 */
export async function openPage(browser, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('request', (req) => requests.push(req.url()));
  return { page, context, errors, requests };
}

/** Waits until the chart canvas has drawn points, and returns how many. */
export async function waitForChart(page) {
  const canvas = page.locator('canvas.chart__canvas').first();
  await canvas.waitFor();
  await page.waitForFunction(
    () => Number(document.querySelector('canvas.chart__canvas')?.dataset.points ?? 0) > 0,
    null,
    { timeout: 20000 },
  );
  return Number(await canvas.getAttribute('data-points'));
}

/** The chart's pixels as a data URL, to compare drawings. */
export async function chartImage(page) {
  return page.evaluate(() => document.querySelector('canvas.chart__canvas').toDataURL());
}

/**
 * Starts Chromium and a server for the test file (before its tests) and stops both after.
 * @returns {{browser: import('playwright-core').Browser, server: {origin: string, url: string}}}
 *   filled in once the tests start.
 */
export function setup(serverOptions) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await startServer(serverOptions);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * On a theme page, brings every panel whose code loads when it comes near the screen
 * (`.lazy-panel`) into the page: once the panels below the chart are built, scrolls down a
 * screen at a time to the bottom, waits until none is left, and scrolls back to the top.
 */
export async function reveal(page) {
  // The panels below a theme's chart are built just after it; sharing is the last of them.
  await page.locator('section.share, .lazy-panel[data-lazy="sharing and downloads"]').first().waitFor({ state: 'attached', timeout: 20000 });
  await pageDownToTheEnd(page);
  await page.waitForFunction(() => document.querySelectorAll('.lazy-panel').length === 0, null, { timeout: 20000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Scrolls to the bottom a screen at a time, as Page Down does, without waiting for anything. */
export async function pageDownToTheEnd(page) {
  for (let i = 0; i < 60; i++) {
    const end = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (end) break;
  }
}
