// The static first view (written at build time) tells the same story as the app's first view:
// the same title, summary sentence, cards, key and table rows, so nothing changes but the
// controls when the app takes over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, waitForChart } from './browser.mjs';

const env = setup();

/** The words of the first view, read from `root` (the static view or the app's page). */
function words(page, root) {
  return page.evaluate((r) => {
    const el = document.querySelector(r);
    const all = (sel) => [...el.querySelectorAll(sel)].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
    return {
      title: el.querySelector('h2.chart-title')?.textContent.trim(),
      summary: el.querySelector('p.summary')?.textContent.trim(),
      cards: all('.card'),
      key: all('.locality').map((k) => k.replace('(no data)', '').trim()).filter((k) => !/England/.test(k)),
      rows: el.querySelectorAll('table.data-table tbody tr').length,
    };
  }, root);
}

test('the static first view and the app show the same title, summary, cards, key and figures', async () => {
  const { page: still, context: c1 } = await openPage(env.browser);
  await still.route(/\.wasm$/, (route) => route.abort());
  await still.goto(env.server.url);
  const before = await words(still, '#first-view');
  await c1.close();
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitForChart(page);
  await page.locator('.table-toggle--main tbody tr').first().waitFor({ state: 'attached' });
  assert.equal(await page.locator('#first-view').count(), 0, 'the app took over');
  const after = await words(page, 'main');
  assert.equal(before.title, after.title);
  assert.equal(before.summary, after.summary);
  assert.deepEqual(before.cards, after.cards);
  assert.deepEqual(before.key, after.key.filter((k) => before.key.includes(k)), 'the static key lists the localities drawn');
  assert.equal(before.key.length, 4);
  assert.ok(before.rows > 10 && after.rows >= before.rows, `${before.rows} rows, app ${after.rows}`);
  assert.deepEqual(errors, []);
  await context.close();
});
