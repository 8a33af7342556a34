// End-to-end tests of sharing, embedding, downloads and print, against the release build served
// under /board/explorer/ with a strict Content-Security-Policy (no inline script).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, ROOT } from './server.mjs';
import { launch, openPage, waitForChart, reveal } from './browser.mjs';
import { loadJson } from './data-lookup.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
  + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
  + "base-uri 'self'; frame-ancestors 'self'";

const HOST_PAGE = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Board paper</title></head>
<body><h1>Board paper</h1>
<iframe id="chart" src="/board/explorer/?theme=performance&indicator=ae-4hr&areas=E54000040,RD1&mode=absolute&map=places&view=chart&embed=1"
  title="A&amp;E four-hour performance" width="100%" height="600" loading="lazy" style="border:0"></iframe>
</body></html>`;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({
    base: '/board/explorer/',
    headers: { 'content-security-policy': CSP },
    overrides: {},
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records CSP violations as well as console errors. */
async function strictPage(options) {
  const opened = await openPage(browser, options);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = () => opened.page.evaluate(() => window.__violations);
  return { ...opened, violations };
}

const checked = (page) => page.evaluate(() => [...document.querySelectorAll('input[type=checkbox]:checked')].map((i) => i.id).filter((id) => id.startsWith('area-')));

test('a deep link restores a non-default view, and Back and Forward step through changes', async () => {
  const { page, context, errors, violations } = await strictPage();
  const link = `${server.url}?theme=health-inequalities&indicator=smoking-prevalence&areas=E06000030,E92000001&mode=absolute&map=places&view=table`;
  await page.goto(link);
  await waitForChart(page);
  assert.equal(await page.locator('h1').textContent(), 'Health inequalities');
  assert.equal(await page.locator('#indicator-select').inputValue(), 'smoking-prevalence');
  assert.deepEqual(await checked(page), ['area-E06000030', 'area-E92000001']);
  assert.equal(await page.locator('details.table-toggle--main').getAttribute('open'), '');
  assert.equal(new URL(page.url()).search, new URL(link).search, 'the address is already canonical');

  // Two changes, two history entries.
  await page.locator('#indicator-select').selectOption('adult-obesity');
  await page.waitForFunction(() => location.search.includes('indicator=adult-obesity'));
  await page.getByRole('checkbox', { name: 'Wiltshire' }).check();
  await page.waitForFunction(() => location.search.includes('E06000054'));
  await page.goBack();
  await page.waitForFunction(() => !document.getElementById('area-E06000054').checked);
  assert.equal(await page.locator('#indicator-select').inputValue(), 'adult-obesity');
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('indicator-select').value === 'smoking-prevalence');
  await page.goForward();
  await page.waitForFunction(() => document.getElementById('indicator-select').value === 'adult-obesity');

  // Back to an entry that no longer works (a display that is not known): it falls back in place,
  // and Forward still leads to the later change.
  await page.evaluate(() => history.pushState(null, '', '?theme=health-inequalities&indicator=adult-obesity&mode=sideways'));
  await page.locator('#indicator-select').selectOption('smoking-prevalence');
  await page.waitForFunction(() => location.search.includes('indicator=smoking-prevalence'));
  const depth = await page.evaluate(() => history.length);
  await page.goBack();
  await page.waitForFunction(() => location.search.includes('indicator=adult-obesity') && !location.search.includes('sideways'));
  assert.equal(await page.evaluate(() => history.length), depth, 'no entry added, none cut');
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('indicator=smoking-prevalence'));
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await context.close();
});

test('a stale or invalid link falls back to defaults with a quiet notice, never a blank page', async () => {
  const { page, context, errors, violations } = await strictPage();
  await page.goto(`${server.url}?theme=wealth&areas=E06000030,NOPE&mode=sideways&indicator=gone`);
  await waitForChart(page);
  assert.equal(await page.locator('h1').textContent(), 'Population');
  const notice = await page.getByRole('status').filter({ hasText: 'link' }).first().textContent();
  assert.match(notice, /theme "wealth" is not known/);
  assert.match(notice, /"NOPE"/);
  assert.match(notice, /indicator "gone" is not in this theme/);
  assert.deepEqual(await checked(page), ['area-E06000030']);
  // A link asking to embed "Your data" says why it cannot, instead of a blank frame.
  await page.goto(`${server.url}?theme=your-data&embed=1`);
  await page.getByText('Your own files cannot be embedded').waitFor();
  // A link with a hundred bad parts gives a few short notices.
  await page.goto(`${server.url}?${Array.from({ length: 100 }, (_, i) => `theme=w${'x'.repeat(100)}${i}`).join('&')}`);
  await waitForChart(page);
  const items = await page.locator('.notice__list li').allTextContents();
  assert.equal(items.length, 5);
  assert.ok(items.every((t) => t.length < 200), JSON.stringify(items));
  assert.equal(items[4], '96 more parts of the link could not be used either.');
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await context.close();
});

test('a host page on the same site embeds the chart in an iframe, under the strict CSP', async () => {
  const host = await startServer({
    base: '/board/explorer/',
    headers: { 'content-security-policy': CSP },
    overrides: { 'board/host.html': { body: HOST_PAGE, type: 'text/html; charset=utf-8' } },
  });
  const { page, context, errors, violations } = await strictPage();
  await page.goto(`${host.origin}/board/host.html`);
  const frame = page.frameLocator('#chart');
  await frame.locator('canvas.chart__canvas').waitFor();
  const inner = page.frames().find((f) => f.url().includes('embed=1'));
  await inner.waitForFunction(() => Number(document.querySelector('canvas.chart__canvas')?.dataset.points ?? 0) > 0);
  assert.equal(await frame.locator('nav.theme-nav').count(), 0, 'no navigation in embed mode');
  assert.match(await frame.locator('h1').textContent(), /A&E|4 hours/i);
  assert.match(await frame.locator('.source').textContent(), /NHS England/);
  const full = await frame.getByRole('link', { name: /Open the full view/ }).getAttribute('href');
  assert.ok(full.includes('theme=performance') && !full.includes('embed'), full);
  // The chart fits the frame: no horizontal scrolling inside it.
  assert.ok(await inner.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await context.close();
  await host.close();
});

test('the embed code, CSV, PNG and SVG downloads carry exactly the chart shown', async () => {
  const { page, context, errors, violations } = await strictPage();
  await page.goto(`${server.url}?theme=population&indicator=share-aged-65-plus&areas=E06000030,E92000001&mode=absolute&map=places&view=chart`);
  await waitForChart(page);
  // Sharing is fetched as it comes near the screen.
  await reveal(page);
  await page.getByText('Embed this chart in another page').click();
  const code = await page.locator('#embed-code').inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/board\/explorer\/\?theme=population&amp;indicator=share-aged-65-plus&amp;areas=E06000030,E92000001.*&amp;embed=1" title="Share of people aged 65 and over" width="100%" height="600" loading="lazy" style="border:0"><\/iframe>$/);

  const save = async (name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
  };
  const csv = await save('Download data (CSV)');
  assert.equal(csv.name, 'share-aged-65-plus_swindon-england.csv');
  const rows = csv.body.toString('utf8').trim().split('\r\n');
  assert.equal(rows[0], 'indicator,locality,period,value,unit,status,source');
  const data = await loadJson('population.json');
  const expected = data.series
    .filter((s) => s.indicator === 'share-aged-65-plus' && ['E06000030', 'E92000001'].includes(s.area))
    .flatMap((s) => s.points.map((p) => `${s.area === 'E06000030' ? 'Swindon' : 'England'},${p.period},${p.value}`));
  const got = rows.slice(1).map((r) => r.split(',').slice(1, 4).join(','));
  assert.deepEqual(got.sort(), expected.sort());
  assert.ok(rows.slice(1).every((r) => r.includes('% of residents') && r.includes('Licence: Open Government Licence v3.0.')));

  const png = await save('Download chart (PNG)');
  assert.equal(png.name, 'share-aged-65-plus_swindon-england.png');
  assert.equal(png.body.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([png.body.readUInt32BE(16), png.body.readUInt32BE(20)], [1920, 1200]);

  const svg = await save('Download chart (SVG)');
  assert.equal(svg.name, 'share-aged-65-plus_swindon-england.svg');
  const text = svg.body.toString('utf8');
  assert.match(text, /^<svg width="960" height="600"/);
  assert.ok(text.includes('Share of people aged 65 and over') && text.includes('Source: Office for National Statistics') && text.includes('Downloaded '));
  assert.ok(!text.includes('…</text>'), 'no source is cut short in the picture');
  // The SVG is well-formed: the browser parses it without error.
  const ok = await page.evaluate((t) => !new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror'), text);
  assert.ok(ok, 'SVG parses');
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await context.close();
});

test('printing hides the controls and shows the chart, summary, table and sources', async () => {
  const { page, context, errors, violations } = await strictPage();
  await page.goto(`${server.url}?theme=population&indicator=population-total&areas=E06000022,E06000030&mode=absolute&map=places&view=chart`);
  await waitForChart(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const shown = (sel) => page.evaluate((s) => {
    const el = document.querySelector(s);
    return !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
  }, sel);
  for (const hidden of ['.theme-nav', '.layout__controls', '.controls-row', '.share']) {
    assert.equal(await shown(hidden), false, `${hidden} is hidden in print`);
  }
  for (const visible of ['canvas.chart__canvas', '.summary', '.source', 'details.table-toggle--main table']) {
    assert.equal(await shown(visible), true, `${visible} is printed`);
  }
  await page.emulateMedia({ media: 'screen' });
  // The fallback that opens tables before printing (browsers without ::details-content) is
  // tested in print.test.mjs.
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await context.close();
});

test('under the strict CSP and the sub-path, the importer worker starts and a file opens', async () => {
  const { page, context, errors, violations, requests } = await strictPage();
  await page.goto(`${server.url}?theme=your-data`);
  await page.getByRole('heading', { name: 'Open your own data' }).waitFor();
  // The importer is not part of the first download: it is fetched when a file is opened.
  assert.ok(requests.every((u) => !u.includes('import-worker')), 'no importer before a file is opened');
  await page.locator('#open-file-input').setInputFiles(path.join(ROOT, 'tests', 'fixtures', 'import', 'fingertips_real.csv'));
  await page.locator('.import-report strong').filter({ hasText: 'Opened fingertips_real.csv' }).waitFor();
  assert.ok(await waitForChart(page) > 0, 'the opened figures are charted');
  assert.ok(requests.some((u) => u.startsWith(`${server.url}import-worker_bg.wasm`)), 'the worker loads from the sub-path');
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await context.close();
});
