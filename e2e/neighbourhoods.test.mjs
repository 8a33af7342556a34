// The neighbourhood view: every neighbourhood of BSW drawn, read by keyboard, found by the
// table's search, restored from a link, downloaded as CSV, and without accessibility violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { setup, openPage } from './browser.mjs';

const env = setup();
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Waits until the neighbourhood map has drawn `n` areas. */
async function waitForMap(page, n) {
  await page.waitForFunction(
    (want) => Number(document.querySelector('canvas.map__canvas--neighbourhoods')?.dataset.areas ?? 0) === want,
    n,
    { timeout: 20000 },
  );
}

test('the neighbourhood map draws every neighbourhood, and the keyboard reads one', async () => {
  const { page, context, errors, requests } = await openPage(env.browser);
  await page.goto(env.server.url);
  await page.locator('canvas.chart__canvas').first().waitFor();
  assert.ok(!requests.some((r) => r.includes('neighbourhoods.json')), 'not fetched on the first visit');
  await page.getByRole('button', { name: 'Neighbourhoods', exact: true }).click();
  await waitForMap(page, 532);
  assert.match(await page.locator('p.summary').textContent(), /15 of BSW's 532 neighbourhoods .* 12 of these 15 are in Swindon/);
  // Keyboard: the search finds the neighbourhood; tabbing to its name reads it.
  await page.locator('#nb-search').fill('Swindon 003D');
  const name = page.getByRole('button', { name: 'Swindon 003D', exact: true });
  await name.waitFor();
  assert.equal(await page.locator('.neighbourhood-table tbody tr').count(), 1);
  await page.locator('#nb-search').focus();
  await page.keyboard.press('Tab'); // the order chooser
  await page.keyboard.press('Tab'); // the download button
  await page.keyboard.press('Tab'); // the table region
  await page.keyboard.press('Tab'); // the name
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Swindon 003D');
  const readout = page.getByTestId('neighbourhood-readout');
  assert.match(await readout.textContent(), /^Swindon 003D: Index of Multiple Deprivation decile 1 \(England's most deprived 10%\), rank [\d,]+ of 32,844/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('focus=E01015546'));
  // The readout stays on the chosen one after the name loses focus.
  await page.locator('#nb-search').focus();
  assert.match(await readout.textContent(), /^Swindon 003D:/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link restores the place, domain and neighbourhood; the table downloads as CSV', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=neighbourhoods&place=E06000030&domain=income&focus=E01015546`);
  await waitForMap(page, 132);
  assert.equal(await page.locator('#nb-place').inputValue(), 'E06000030');
  assert.equal(await page.locator('#nb-domain').inputValue(), 'income');
  assert.match(await page.getByTestId('neighbourhood-readout').textContent(), /^Swindon 003D: Income decile/);
  assert.equal(await page.locator('.neighbourhood-table tbody tr').count(), 132);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the table (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'neighbourhoods_E06000030_income.csv');
  const csv = (await (await import('node:fs/promises')).readFile(await download.path(), 'utf8')).trim().split('\n');
  assert.equal(csv.length, 133);
  assert.match(csv[0], /^rank_in_place,neighbourhood,code,place,Income decile,Income national rank/);
  // The table as searched is another file, with another name.
  await page.locator('#nb-search').fill('Swindon 003');
  const shown = await page.locator('.neighbourhood-table tbody tr').count();
  const [searched] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the table (CSV)' }).click(),
  ]);
  assert.equal(searched.suggestedFilename(), 'neighbourhoods_E06000030_income_matching-swindon-003.csv');
  const found = (await (await import('node:fs/promises')).readFile(await searched.path(), 'utf8')).trim().split('\n');
  assert.equal(found.length, shown + 1);
  await page.locator('#nb-search').fill('');
  // Choosing another place keeps the domain and writes the address.
  await page.locator('#nb-place').selectOption('E06000022');
  await waitForMap(page, 115);
  await page.waitForFunction(() => location.search.includes('place=E06000022') && location.search.includes('domain=income'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds no violations on the neighbourhood view, on a desktop and on a phone', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { page, context } = await openPage(env.browser, { viewport });
    await page.goto(`${env.server.url}?theme=neighbourhoods&place=E06000030`);
    await waitForMap(page, 132);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }));
    assert.ok(result.passes.length > 15, `axe ran only ${result.passes.length} rules`);
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`), []);
    await context.close();
  }
});

test('the map downloads as PNG and SVG, and the view embeds with a link to the full view', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=neighbourhoods&place=E06000022`);
  await waitForMap(page, 115);
  for (const [button, file] of [['Download map (PNG)', 'neighbourhoods_E06000022_imd.png'], ['Download map (SVG)', 'neighbourhoods_E06000022_imd.svg']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    assert.equal(download.suggestedFilename(), file);
  }
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download map (SVG)' }).click()]);
  const svg = await (await import('node:fs/promises')).readFile(await svgDownload.path(), 'utf8');
  assert.match(svg, /Deprivation by neighbourhood: B&amp;NES/);
  assert.match(svg, /Ministry of Housing, Communities and Local Government/);
  const code = await page.locator('#embed-code').inputValue();
  assert.match(code, /theme=neighbourhoods&amp;.*place=E06000022.*embed=1/);
  await page.goto(`${env.server.url}?theme=neighbourhoods&place=E06000022&embed=1`);
  await waitForMap(page, 115);
  assert.equal(await page.locator('nav.theme-nav').count(), 0, 'no navigation in embed mode');
  assert.equal(await page.locator('table.deciles').count(), 0, 'the map, its words and its source');
  // The keyboard's way to read a neighbourhood: the table, closed until asked for.
  assert.equal(await page.locator('details:has(.neighbourhood-table)').getAttribute('open'), null);
  const full = await page.getByRole('link', { name: /Open the full view/ }).getAttribute('href');
  assert.ok(full.includes('theme=neighbourhoods') && full.includes('place=E06000022') && !full.includes('embed'), full);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without scripts the static first view and the notice show; a link whose app never starts gets the first view back', async () => {
  const noScript = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto(env.server.url);
  assert.ok(await page.locator('#first-view svg.first-view__chart').isVisible(), 'the chart is drawn');
  assert.ok(await page.locator('noscript').count() === 1);
  assert.match(await page.locator('body').innerText(), /needs JavaScript and WebAssembly/);
  await noScript.close();
  // Scripts on, but the app's WebAssembly never arrives, on a link with choices.
  const { page: blocked, context } = await openPage(env.browser);
  await blocked.route(/\.wasm$/, (route) => route.abort());
  await blocked.goto(`${env.server.url}?theme=performance`);
  assert.equal(await blocked.locator('#first-view').isVisible(), false, 'not while the app may start');
  await blocked.waitForFunction(() => !document.documentElement.classList.contains('deep-link'), null, { timeout: 15000 });
  assert.ok(await blocked.locator('#first-view').isVisible());
  assert.match(await blocked.locator('.first-view__loading').textContent(), /has not started/);
  await context.close();
});
