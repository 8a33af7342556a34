// End-to-end tests of the bundled data: every theme draws from data/, and a broken or missing
// data file shows a message naming the file and the place, while the other themes still work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, ROOT } from './server.mjs';
import { launch, openPage, waitForChart } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const THEMES = ['Population', 'Housing', 'Health inequalities', 'Performance', 'Finance & workforce'];

test('every theme draws a chart from its data file', async () => {
  const server = await startServer();
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  for (const theme of THEMES) {
    await page.getByRole('button', { name: theme, exact: true }).click();
    assert.equal(await page.locator('h1').textContent(), theme);
    const points = await waitForChart(page);
    assert.ok(points > 0, `${theme}: no points drawn`);
    // Every chart cites its sources with their licence.
    assert.match(await page.locator('.source').textContent(), /Licence: \S/);
  }
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('choosing another indicator redraws the chart with its own figures', async () => {
  const server = await startServer();
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Performance', exact: true }).click();
  await waitForChart(page);
  assert.equal(await page.locator('h2.chart-title').textContent(), 'A&E patients seen within 4 hours');
  // The national standard is drawn and cited.
  assert.match(await page.locator('.source').textContent(), /NHS Constitution/);
  await page.locator('#indicator-select').selectOption('ae-attendances');
  await page.waitForFunction(() => document.querySelector('h2.chart-title')?.textContent === 'A&E attendances');
  await page.getByText('Show the figures as a table').click();
  const data = JSON.parse(await readFile(path.join(ROOT, 'data/performance.json'), 'utf8'));
  const ruh = data.series.find((s) => s.indicator === 'ae-attendances' && s.area === 'RD1' && s.source === 'nhse-ae-2021-25');
  const last = ruh.points.at(-1);
  const row = page.locator('.table-toggle .data-table tbody tr').last();
  const cells = await row.locator('td').allTextContents();
  const headers = await page.locator('.table-toggle .data-table thead th').allTextContents();
  assert.equal(cells[headers.indexOf('RUH Bath') - 1], last.value.toLocaleString('en-GB'));
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('performance leaves out the copied months, shows waiting times with their standards, and says how current each figure is', async () => {
  const server = await startServer();
  const { page, context, errors } = await openPage(browser);
  await page.goto(`${server.url}?theme=performance&indicator=ae-4hr&areas=RD1,E92000001&view=table`);
  await waitForChart(page);
  // February and March 2025 repeat 2024 in the extract: no row for them, but rows either side.
  const periods = await page.locator('.table-toggle .data-table tbody th').allTextContents();
  assert.ok(periods.includes('Jan 2025') && periods.includes('Apr 2025'), periods.join(', '));
  assert.ok(!periods.includes('Feb 2025'), periods.join(', '));
  // March 2025 has England's 78% ambition (a target) but no measured figure for RUH Bath.
  const headers = await page.locator('.table-toggle .data-table thead th').allTextContents();
  assert.equal(headers[0], 'Month');
  for (const row of await page.locator('.table-toggle .data-table tbody tr', { has: page.locator('th', { hasText: 'Mar 2025' }) }).all()) {
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[headers.indexOf('RUH Bath') - 1], 'no data');
    assert.equal(cells[headers.indexOf('Type') - 1], 'Target');
  }
  // England from April 2016 and the ambitions with their guidance.
  assert.ok(periods.includes('Apr 2016'));
  assert.match(await page.locator('.source').textContent(), /2024\/25 priorities and operational planning guidance/);
  // Waiting times: the 18-week measure with its standard and milestone sources.
  await page.locator('#indicator-select').selectOption('rtt-18-weeks');
  await page.waitForFunction(() => document.querySelector('h2.chart-title')?.textContent === 'Patients waiting under 18 weeks for planned treatment');
  await waitForChart(page);
  const source = await page.locator('.source').textContent();
  assert.match(source, /Referral to Treatment/);
  assert.match(source, /Handbook to the NHS Constitution/);
  // How current: one click away, every indicator with its latest figure and source date.
  await page.getByText('How current are these figures?').click();
  const data = JSON.parse(await readFile(path.join(ROOT, 'data/performance.json'), 'utf8'));
  const rows = page.locator('.currency tbody tr');
  await rows.first().waitFor(); // its code is fetched on first opening (a chunk of its own)
  assert.equal(await rows.count(), data.indicators.length);
  const rtt = await rows.filter({ hasText: 'Patients waiting under 18 weeks' }).locator('td').allTextContents();
  assert.equal(rtt[0], 'Apr 2026');
  assert.match(rtt[1], /Mar 2029 \(target\)/);
  assert.match(rtt[2], /Referral to Treatment Waiting Times \(monthly statistics\) \(NHS England\): extract taken 2026-07-01/);
  // Provisional months say so in the table.
  await page.locator('#indicator-select').selectOption('cancer-28-day');
  await page.waitForFunction(() => document.querySelector('h2.chart-title')?.textContent === 'Cancer diagnosed or ruled out within 28 days');
  const april = page.locator('.table-toggle .data-table tbody tr', { has: page.locator('th', { hasText: 'Apr 2026' }) });
  assert.match((await april.locator('td').allTextContents()).join('|'), /\(provisional\)/);
  const sept = page.locator('.table-toggle .data-table tbody tr', { has: page.locator('th', { hasText: 'Sep 2025' }) });
  assert.doesNotMatch((await sept.locator('td').allTextContents()).join('|'), /provisional/);
  // ... and on the cards and in the summary, as on the table.
  for (const p of await page.locator('.card__period').allTextContents()) assert.equal(p.trim(), 'Apr 2026 (provisional)');
  assert.match(await page.locator('p.summary').textContent(), /The figures for Apr 2026 are provisional/);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('cards judge a change only when it is beyond the confidence intervals, and never across a new edition', async () => {
  const server = await startServer();
  const { page, context, errors } = await openPage(browser);
  // Deprivation ranks: the 2025 indices are a new edition, not comparable with 2019.
  await page.goto(`${server.url}?theme=health-inequalities&indicator=imd-rank&areas=E06000022,E06000030,E06000054`);
  await waitForChart(page);
  const changes = await page.locator('.card__change').allTextContents();
  assert.ok(changes.length >= 3, changes.join(' | '));
  for (const c of changes) {
    assert.match(c, /not comparable with 2019 \(the series changed\)/);
    assert.doesNotMatch(c, /better|worse/);
  }
  // Index and % change are disabled, and say why, where no first year is measured for all.
  await page.goto(`${server.url}?theme=finance-workforce&indicator=funding-gap-do-nothing&areas=E54000040`);
  await page.getByText('Index and % change need a first year').waitFor();
  assert.equal(await page.locator('button[data-mode="index"]').isDisabled(), true);
  assert.equal(await page.locator('button[data-mode="absolute"]').getAttribute('aria-pressed'), 'true');
  // Only BSW chosen on an indicator with no BSW figures: never a blank chart.
  await page.goto(`${server.url}?theme=health-inequalities&indicator=smoking-prevalence&areas=E54000040`);
  assert.ok((await waitForChart(page)) > 0);
  await page.getByText('None of the chosen localities has figures for this indicator').waitFor();
  // Localities without figures for the indicator say so in the picker.
  await page.goto(`${server.url}?theme=performance&indicator=ae-4hr`);
  await waitForChart(page);
  assert.equal(await page.locator('label[for="area-E06000054"] .locality__nodata').isVisible(), true);
  assert.equal(await page.locator('label[for="area-RD1"] .locality__nodata').isVisible(), false);
  // ... and are neither ticked nor tickable, though still chosen for the next indicator.
  assert.equal(await page.locator('#area-E06000054').isChecked(), false);
  assert.equal(await page.locator('#area-E06000054').isDisabled(), true);
  assert.equal(await page.locator('#area-RD1').isChecked(), true);
  await page.locator('button[data-theme="population"]').click();
  await page.waitForFunction(() => document.getElementById('area-E06000054')?.checked && !document.getElementById('area-E06000054').disabled);
  // The fallback's localities are ticked, and unticking one keeps the others.
  await page.goto(`${server.url}?theme=health-inequalities&indicator=smoking-prevalence&areas=E54000040`);
  await waitForChart(page);
  assert.equal(await page.locator('#area-E06000030').isChecked(), true);
  await page.locator('#area-E06000030').uncheck();
  await page.waitForFunction(() => !document.getElementById('area-E06000030').checked && document.getElementById('area-E06000054').checked);
  // A&E has no confidence intervals: up or down, never "better" or "worse".
  await page.goto(`${server.url}?theme=performance&indicator=ae-4hr&areas=E54000040,RD1`);
  await waitForChart(page);
  for (const c of await page.locator('.card__change').allTextContents()) {
    assert.doesNotMatch(c, /better|worse|0\.0%/);
  }
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('a corrupted data file is reported with its place, and the other themes still work', async () => {
  const good = await readFile(path.join(ROOT, 'dist/data/population.json'), 'utf8');
  // Break the third line: a value that is not JSON.
  const lines = good.split('\n');
  lines[2] = '  "theme": population,';
  const server = await startServer({ overrides: { 'data/population.json': { body: lines.join('\n') } } });
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /data\/population\.json:3:12/);
  assert.match(text, /expected value/);
  await page.getByRole('button', { name: 'Housing', exact: true }).click();
  assert.ok((await waitForChart(page)) > 0);
  assert.deepEqual(errors.filter((e) => !e.includes('favicon')), []);
  await context.close();
  await server.close();
});

test('a data file that breaks the rules is reported with its JSON path', async () => {
  const good = JSON.parse(await readFile(path.join(ROOT, 'dist/data/housing.json'), 'utf8'));
  good.series[0].area = 'E06999999';
  const server = await startServer({ overrides: { 'data/housing.json': { body: JSON.stringify(good, null, 2) } } });
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  await page.getByRole('button', { name: 'Housing', exact: true }).click();
  const text = await page.getByRole('alert').textContent();
  assert.match(text, /data\/housing\.json:\d+:\d+: \$\.series\[0\]\.area/);
  assert.match(text, /unknown area "E06999999"/);
  await context.close();
  await server.close();
});

test('a missing data file is reported, and the other themes still work', async () => {
  const server = await startServer({ overrides: { 'data/performance.json': { status: 404, body: 'not found', type: 'text/plain' } } });
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  await page.getByRole('button', { name: 'Performance', exact: true }).click();
  assert.match(await page.getByRole('alert').textContent(), /data\/performance\.json.*could not be downloaded \(HTTP 404/s);
  await page.getByRole('button', { name: 'Health inequalities', exact: true }).click();
  assert.ok((await waitForChart(page)) > 0);
  await context.close();
  await server.close();
});
