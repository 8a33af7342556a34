// End-to-end tests of the release build (dist/) in headless Debian Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, ROOT } from './server.mjs';
import { launch, openPage, waitForChart, chartImage } from './browser.mjs';

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await startServer({ base: '/board/explorer/' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page loads under /board/explorer/ with no console error and draws the population chart', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  const points = await waitForChart(page);
  // BSW, B&NES, Swindon and Wiltshire by default, 2000 to 2043 each.
  // 4 localities × (24 estimates, 2000-2023, + 24 projections (2022-based), 2024-2047).
  assert.equal(points, 4 * 48);
  assert.equal(await page.locator('.site-header__name').textContent(), 'Population & Outcomes Explorer');
  assert.equal(await page.locator('h1').textContent(), 'Population');
  // The canvas really has ink on it: count non-white pixels.
  const inked = await page.evaluate(() => {
    const c = document.querySelector('canvas.chart__canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
    return n;
  });
  assert.ok(inked > 2000, `only ${inked} pixels drawn`);
  assert.match(await page.locator('.source').textContent(), /Office for National Statistics.*Open Government Licence v3\.0/s);
  assert.deepEqual(errors, []);
  await context.close();
});

test('choosing another locality changes the chart and its table', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  const before = await chartImage(page);
  await page.getByRole('checkbox', { name: 'England' }).check();
  await page.waitForFunction(() => document.querySelector('canvas.chart__canvas').dataset.points === String(4 * 48 + 24)); // England: estimates only (no 2022-based projection)
  assert.notEqual(await chartImage(page), before);
  await page.getByRole('checkbox', { name: 'Swindon' }).uncheck();
  await page.waitForFunction(() => document.querySelector('canvas.chart__canvas').dataset.points === String(3 * 48 + 24));
  await page.getByText('Show the figures as a table').click();
  const headers = await page.locator('.table-toggle .data-table thead th').allTextContents();
  assert.deepEqual(headers, ['Year', 'Type', 'BSW', 'B&NES', 'Wiltshire', 'England']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the table shows the figures of data/population.json', async () => {
  const data = JSON.parse(await readFile(path.join(ROOT, 'data/population.json'), 'utf8'));
  const swindon = data.series.find((s) => s.indicator === 'population-total' && s.area === 'E06000030' && s.status === 'actual');
  const mid2023 = swindon.points.find((p) => p.period === '2023').value;
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  await page.getByText('Show the figures as a table').click();
  const row = page.locator('.table-toggle .data-table tbody tr', { has: page.locator('th', { hasText: /^2023$/ }) });
  const cells = await row.locator('td').allTextContents();
  // Columns: type, BSW, B&NES, Swindon, Wiltshire.
  assert.equal(cells[0], 'Actual');
  assert.equal(cells[3], mid2023.toLocaleString('en-GB'));
  await context.close();
});

test('the themes can be reached from the navigation by keyboard', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  const housing = page.getByRole('button', { name: 'Housing', exact: true });
  await housing.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('h1').textContent(), 'Housing');
  assert.equal(await housing.getAttribute('aria-current'), 'page');
  await page.getByRole('button', { name: 'Population', exact: true }).click();
  await waitForChart(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no request goes to another origin', async () => {
  const { page, context, requests } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  await page.getByRole('checkbox', { name: 'England' }).check();
  await page.getByRole('button', { name: 'Performance', exact: true }).click();
  assert.ok(requests.length >= 4, `only ${requests.length} requests seen`);
  const foreign = requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  // Every asset came from under the sub-path: the build uses relative URLs.
  const outside = requests.filter((u) => u.startsWith(server.origin + '/') && !u.startsWith(server.url));
  assert.deepEqual(outside, []);
  await context.close();
});

test('the same build also works at the root of a site, and on a high-DPI phone screen', async () => {
  const { page, context, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  await page.goto(server.origin + '/');
  await waitForChart(page);
  const size = await page.evaluate(() => {
    const c = document.querySelector('canvas.chart__canvas');
    const r = c.getBoundingClientRect();
    return { w: c.width, h: c.height, cssW: r.width, cssH: r.height };
  });
  // The bitmap has three device pixels per CSS pixel, so lines and text are crisp.
  assert.equal(size.w, Math.round(size.cssW * 3));
  assert.equal(size.h, Math.round(size.cssH * 3));
  assert.deepEqual(errors, []);
  await context.close();
});
