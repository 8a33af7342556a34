// The code split (docs/performance.md, item 12): the views that the default page does not show are
// in wasm chunks of their own, fetched the first time each is shown. Served under
// /board/explorer/ with a strict Content-Security-Policy (chunks are fetched relative to the link
// file, and instantiated under 'wasm-unsafe-eval'). A first visit fetches none of them; each view
// still draws; a chunk that cannot be had (blocked, missing, damaged) is named in its view's
// place, and the rest of the app keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, waitForChart, reveal } from './browser.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
  + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
  + "base-uri 'self'; frame-ancestors 'self'";
const env = setup({ base: '/board/explorer/', headers: { 'content-security-policy': CSP } });

/** A chunk's file: `split_<name>-<checksum>.wasm`, or a shared `chunk_<n>-<checksum>.wasm`. */
const CHUNK = /\/(split_[a-z_]+|chunk_\d+)-[0-9a-f]{16}\.wasm$/;
const chunksIn = (requests) => requests.filter((r) => CHUNK.test(new URL(r).pathname)).map((r) => new URL(r).pathname.match(CHUNK)[1]);

async function openTheme(page, id) {
  await page.locator(`button[data-theme="${id}"]`).click();
}

test('a first visit fetches no chunk; each split view fetches its own and draws', async () => {
  const { page, context, errors, requests } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitForChart(page);
  // The panels below the chart are built after it; those not printed (the map of the places,
  // the age structure, the pyramid, sharing) hold their place until they come near the screen.
  await page.locator('.lazy-panel[data-lazy="sharing and downloads"]').waitFor({ state: 'attached' });
  await page.locator('details.table-toggle--main').waitFor({ state: 'attached' });
  await page.waitForTimeout(1000);
  assert.deepEqual(chunksIn(requests), [], 'a first visit that does not scroll needs no chunk');
  await reveal(page);
  await page.locator('section.map canvas').first().waitFor();
  await page.locator('section.share').waitFor();
  await page.locator('section.pyramid').waitFor();
  for (const chunk of ['split_map_panel', 'split_population_panels', 'split_share']) {
    assert.ok(chunksIn(requests).includes(chunk), `${chunk} once scrolled to`);
  }

  await page.locator('details.currency summary').click();
  await page.locator('.currency tbody tr').first().waitFor();
  assert.ok(chunksIn(requests).includes('split_currency'));

  await page.getByRole('radio', { name: 'All local authorities in England' }).check();
  await page.waitForFunction(() => document.querySelector('canvas.map__canvas--england')?.dataset.areas === '296', null, { timeout: 20000 });
  assert.ok(chunksIn(requests).includes('split_england_map'));

  await openTheme(page, 'housing');
  await page.locator('section.plans tbody tr').first().waitFor();
  await page.waitForFunction(() => Number(document.querySelector('section.scenario canvas.chart__canvas')?.dataset.points ?? 0) > 0, null, { timeout: 20000 });
  assert.ok(chunksIn(requests).includes('split_housing'));

  await openTheme(page, 'health-inequalities');
  await page.locator('.overview-table tbody tr').first().waitFor();
  assert.ok(chunksIn(requests).includes('split_overview'));

  await openTheme(page, 'neighbourhoods');
  await page.waitForFunction(() => Number(document.querySelector('canvas.map__canvas--neighbourhoods')?.dataset.areas ?? 0) === 532, null, { timeout: 20000 });
  assert.ok(chunksIn(requests).includes('split_neighbourhoods'));

  await openTheme(page, 'variation');
  await waitForChart(page);
  assert.ok(chunksIn(requests).includes('split_variation'));

  await openTheme(page, 'your-data');
  await page.locator('#open-file-input').waitFor({ state: 'attached' });
  assert.ok(chunksIn(requests).includes('split_open_file'));

  // Each chunk is fetched once, from the app's own folder; nothing leaves the origin.
  const chunks = chunksIn(requests);
  assert.equal(new Set(chunks).size, chunks.length, `a chunk fetched twice: ${chunks}`);
  assert.ok(requests.every((r) => r.startsWith(env.server.url)), requests.filter((r) => !r.startsWith(env.server.url)).join(' '));
  assert.equal(await page.locator('.chunk-problem').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

// Each way a chunk can fail: the network refuses it, the server has no such file, or it is damaged.
const FAILURES = {
  blocked: (route) => route.abort('internetdisconnected'),
  missing: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
  damaged: (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('\0asm\x01\0\0\0this is not a module') }),
};

for (const [how, fail] of Object.entries(FAILURES)) {
  test(`a ${how} chunk is named in its view's place; the rest of the app keeps working`, async () => {
    const { page, context, errors } = await openPage(env.browser);
    const chunk = /\/split_neighbourhoods-[0-9a-f]{16}\.wasm$/;
    await page.route(chunk, fail);
    await page.goto(`${env.server.url}?theme=neighbourhoods`);
    const problem = page.locator('.chunk-problem');
    await problem.waitFor();
    assert.equal(await problem.getAttribute('role'), 'alert');
    assert.match(await problem.textContent(), /could not be loaded: the neighbourhood view\./);
    // No panic: no crash message, no uncaught error; the link file logs why the chunk failed.
    assert.equal(await page.locator('.crash').count(), 0);
    assert.deepEqual(errors.filter((e) => e.startsWith('page error')), []);
    if (how === 'blocked') {
      // Once the chunk can be had, "Try again" loads the view.
      await page.unroute(chunk);
      await page.locator('.chunk-problem__retry').click();
      await page.waitForFunction(() => Number(document.querySelector('canvas.map__canvas--neighbourhoods')?.dataset.areas ?? 0) === 532, null, { timeout: 20000 });
      assert.equal(await page.locator('.chunk-problem').count(), 0);
    }
    // The rest of the app works: another theme draws its chart.
    await openTheme(page, 'population');
    await waitForChart(page);
    await context.close();
  });
}

test('a panel lower down whose chunk cannot be had is named in its place when scrolled to', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.route(/\/split_share-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(env.server.url);
  await waitForChart(page);
  await page.locator('.lazy-panel[data-lazy="sharing and downloads"]').scrollIntoViewIfNeeded();
  const problem = page.locator('.chunk-problem[data-chunk="sharing and downloads"]');
  await problem.waitFor();
  assert.match(await problem.textContent(), /could not be loaded: sharing and downloads\./);
  // The panels above it still come in when scrolled back to, and the chart still redraws.
  await page.locator('section.map, .lazy-panel[data-lazy="the map"]').first().scrollIntoViewIfNeeded();
  await page.locator('section.map canvas').first().waitFor();
  await page.getByRole('checkbox', { name: 'Wiltshire' }).uncheck();
  await page.waitForFunction(() => location.search.includes('areas=') && !location.search.includes('E06000054'));
  assert.deepEqual(errors.filter((e) => e.startsWith('page error')), []);
  await context.close();
});

test('a keyboard user gets every panel at the first Tab, before tabbing past any', async () => {
  const { page, context, errors, requests } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitForChart(page);
  await page.locator('.lazy-panel[data-lazy="sharing and downloads"]').waitFor({ state: 'attached' });
  assert.deepEqual(chunksIn(requests), []);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelectorAll('.lazy-panel').length === 0, null, { timeout: 20000 });
  await page.locator('section.share').waitFor({ state: 'attached' });
  await page.locator('section.map canvas').first().waitFor({ state: 'attached' });
  // Tabbing on reaches the map's extent choice, in page order.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('name') === 'map-scope' || document.activeElement?.closest('.map__scope') !== null)) break;
  }
  assert.ok(await page.evaluate(() => document.activeElement?.closest('.map__scope') !== null), 'the map is reached by Tab');
  assert.deepEqual(errors, []);
  await context.close();
});
