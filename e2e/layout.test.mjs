// The page holds still: the panels below the chart whose code comes when they near the screen
// keep about the room they will take, so nothing a reader is looking at (or about to tap) jumps
// when they arrive; a page without a map keeps no room for one; and map boundaries that cannot
// be used are reported in the map's place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, waitForChart, reveal, pageDownToTheEnd } from './browser.mjs';
import { startServer } from './server.mjs';

const env = setup();

/** Starts adding up the page's layout shifts (the browser's own measure, as in Core Web Vitals). */
async function watchShifts(page) {
  await page.evaluate(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
    }).observe({ type: 'layout-shift' });
  });
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`at ${viewport.width}×${viewport.height}, paging down a theme, nothing on screen jumps as the panels come in`, async () => {
    const { page, context, errors } = await openPage(env.browser, { viewport });
    for (const theme of ['population', 'housing', 'health-inequalities', 'performance', 'finance-workforce']) {
      await page.goto(`${env.server.url}?theme=${theme}`);
      await waitForChart(page);
      await page.locator('section.share, .lazy-panel[data-lazy="sharing and downloads"]').first().waitFor({ state: 'attached' });
      await watchShifts(page);
      await pageDownToTheEnd(page);
      await page.waitForFunction(() => document.querySelectorAll('.lazy-panel, .pyramid__loading').length === 0, null, { timeout: 20000 });
      await page.waitForTimeout(200);
      const shifts = await page.evaluate(() => window.shifts);
      const total = shifts.reduce((a, b) => a + b, 0);
      // 0.1 is "good" in Core Web Vitals; the panels' held room makes it nearly nothing. With
      // the room of an empty box instead, themes scored 0.26 to 0.58 at 1280×800.
      assert.ok(total < 0.05, `${theme}: layout shift ${total.toFixed(3)} (${shifts.map((s) => s.toFixed(3)).join(', ')})`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a trust\'s measure keeps no room for a map and fetches no map code; its link to Variation holds still', async () => {
  const { page, context, errors, requests } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=performance&indicator=rtt-18-weeks&areas=RD1,E92000001`);
  await waitForChart(page);
  const link = page.getByRole('button', { name: /See this measure's variation and assurance/ });
  await link.waitFor();
  assert.equal(await page.locator('.lazy-panel[data-lazy="the map"], section.map').count(), 0);
  // Brought into view, it stays where it is while the panels near it come in.
  await link.scrollIntoViewIfNeeded();
  const before = await link.boundingBox();
  await page.locator('section.share').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.lazy-panel').length === 0, null, { timeout: 20000 });
  await page.waitForTimeout(200);
  const after = await link.boundingBox();
  assert.ok(Math.abs(after.y - before.y) < 2, `the link moved from ${before.y} to ${after.y}`);
  assert.ok(!requests.some((r) => /split_map_panel-/.test(r)), 'no map code');
  assert.deepEqual(errors, []);
  await context.close();
});

test('map boundaries that cannot be used are named in the map\'s place, and the chart still works', async () => {
  const server = await startServer({ overrides: { 'data/boundaries.json': { body: '{"format_version": 1, "areas": [' } } });
  const { page, context } = await openPage(env.browser);
  await page.goto(server.url);
  await waitForChart(page);
  await reveal(page);
  const problem = page.locator('section.map .problem[role="alert"]');
  await problem.waitFor();
  assert.match(await problem.textContent(), /data\/boundaries\.json/);
  await page.getByRole('checkbox', { name: 'Wiltshire' }).uncheck();
  await page.waitForFunction(() => location.search.includes('areas=') && !location.search.includes('E06000054'));
  await waitForChart(page);
  await context.close();
  await server.close();
});
