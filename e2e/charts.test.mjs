// End-to-end tests of the charts: tooltips by mouse and keyboard read the bundled figures,
// the locality picker shows and hides lines (the legend is a key), display modes, the table view, and screenshots of every
// theme at desktop and phone sizes (written to e2e/artifacts/, not committed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, ROOT } from './server.mjs';
import { launch, openPage, waitForChart, reveal } from './browser.mjs';
import { valueFor, displayedNumber } from './data-lookup.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const THEMES = [
  ['Population', 'population'],
  ['Housing', 'housing'],
  ['Health inequalities', 'health-inequalities'],
  ['Performance', 'performance'],
  ['Finance & workforce', 'finance-workforce'],
];

async function openTheme(page, name) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, name);
  return waitForChart(page);
}

async function checkTooltip(page, theme) {
  const indicator = await page.locator('#indicator-select').inputValue();
  const title = await page.locator('.tooltip__title').textContent();
  const shown = await page.locator('.tooltip__value').textContent();
  const { value, decimals } = await valueFor({ theme, indicator, title });
  assert.equal(displayedNumber(shown), Number(value.toFixed(decimals)), `${title}: ${shown} vs ${value}`);
  return title;
}

test('on every theme, the keyboard reads the chart point by point and the figures match the data', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  for (const [name, theme] of THEMES) {
    await openTheme(page, name);
    await page.locator('.chart__frame').first().focus();
    await page.locator('.tooltip').waitFor();
    const first = await checkTooltip(page, theme);
    // The same words are announced to screen readers.
    assert.match(await page.locator('.chart__live').first().textContent(), new RegExp(first.replace(/[()]/g, '\\$&')));
    await page.keyboard.press('ArrowRight');
    const second = await checkTooltip(page, theme);
    await page.keyboard.press('End');
    await checkTooltip(page, theme);
    await page.keyboard.press('ArrowDown');
    await checkTooltip(page, theme);
    if (name === 'Population') assert.notEqual(first, second);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.tooltip').count(), 0);
    // The table view opens with the same figures.
    await page.getByText('Show the figures as a table').click();
    assert.ok((await page.locator('.table-toggle .data-table tbody tr').count()) > 0);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('hovering and tapping the chart shows the figure under the pointer', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  for (const [name, theme] of THEMES.slice(0, 4)) {
    await openTheme(page, name);
    await page.locator('canvas.chart__canvas').first().scrollIntoViewIfNeeded();
    const box = await page.locator('canvas.chart__canvas').first().boundingBox();
    for (const fx of [0.3, 0.6, 0.85]) {
      await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.5);
      await page.locator('.tooltip').waitFor();
      await checkTooltip(page, theme);
      // A ring marks the point read, and the tooltip sits beside it, not over it.
      const [ring, tip] = await Promise.all([page.locator('.chart__marker').boundingBox(), page.locator('.tooltip').boundingBox()]);
      const [cx, cy] = [ring.x + ring.width / 2, ring.y + ring.height / 2];
      assert.ok(cx < tip.x || cx > tip.x + tip.width, `the tooltip (${JSON.stringify(tip)}) does not cover the point (${cx}, ${cy})`);
    }
    // Outside the plot (in the axis margin), the tooltip and its ring go.
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await page.waitForFunction(() => !document.querySelector('.tooltip') && !document.querySelector('.chart__marker'));
  }
  await context.close();
});

test('on a 1920×1080 projector every theme\'s chart is wholly on the first screen, wide enough for larger text', async () => {
  const { page, context } = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
  for (const [, theme] of THEMES) {
    await page.goto(`${server.url}?theme=${theme}`);
    await waitForChart(page);
    const box = await page.locator('.charted canvas.chart__canvas').boundingBox();
    assert.ok(box.y > 0 && box.y + box.height <= 1080, `${theme}: the chart (${box.y} to ${box.y + box.height}) is on the first screen`);
    // From 1,300 px wide the chart's text is drawn 1.3 times its base 13 px (Scale::for_width,
    // tested natively: axis labels of at least 14 px).
    assert.ok(box.width >= 1300, `${theme}: ${box.width} px wide`);
  }
  await context.close();
});

test('on a tablet and a phone the overview is a list with every figure labelled, nothing cut off', async () => {
  for (const viewport of [{ width: 820, height: 1180 }, { width: 390, height: 844 }]) {
    const { page, context } = await openPage(browser, { viewport });
    await page.goto(`${server.url}?theme=health-inequalities`);
    await page.locator('.overview-table tbody tr').first().waitFor();
    const fit = await page.evaluate(() => {
      const wrap = document.querySelector('.overview .table-wrap');
      const cells = [...wrap.querySelectorAll('tbody td')];
      return {
        overflow: wrap.scrollWidth - wrap.clientWidth,
        unlabelled: cells.filter((c) => !getComputedStyle(c, '::before').content.replaceAll('"', '')).length,
        outside: cells.filter((c) => c.getBoundingClientRect().right > wrap.getBoundingClientRect().right + 1).length,
      };
    });
    assert.deepEqual(fit, { overflow: 0, unlabelled: 0, outside: 0 }, `${viewport.width} px`);
    await context.close();
  }
});

test('one control, one meaning: the locality picker hides a locality from the chart, its card and the key', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  const all = await waitForChart(page);
  const chart = page.locator('.chart').first();
  // The main chart's legend is a key, not a second control.
  assert.equal(await chart.locator('.legend button').count(), 0);
  assert.equal(await chart.locator('.legend__item', { hasText: 'B&NES' }).count(), 1);
  await page.getByRole('checkbox', { name: 'B&NES' }).uncheck();
  await page.waitForFunction((n) => Number(document.querySelector('canvas.chart__canvas').dataset.points) === n, all - 48);
  assert.equal(await chart.locator('.legend__item', { hasText: 'B&NES' }).count(), 0);
  assert.equal(await page.locator('.card', { hasText: 'B&NES' }).count(), 0);
  await page.getByRole('checkbox', { name: 'B&NES' }).check();
  await page.waitForFunction((n) => Number(document.querySelector('canvas.chart__canvas').dataset.points) === n, all);
  assert.equal(await page.locator('.card', { hasText: 'B&NES' }).count(), 1);
  await context.close();
});
test('on a tablet, card values stay on one line inside their card', async () => {
  const { page, context } = await openPage(browser, { viewport: { width: 820, height: 1180 } });
  for (const q of ['?areas=E54000040,E06000022,E06000030,E06000054,E92000001', '?theme=housing&indicator=net-additions-per-1000']) {
    await page.goto(server.url + q);
    await waitForChart(page);
    const cards = await page.locator('.card').evaluateAll((els) => els.map((card) => {
      const value = card.querySelector('.card__value');
      const c = card.getBoundingClientRect();
      const v = value.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(value).lineHeight);
      return { text: value.textContent, inside: v.left >= c.left && v.right <= c.right + 0.5, oneLine: v.height < line * 1.5 };
    }));
    assert.ok(cards.length >= 3);
    for (const c of cards) assert.ok(c.inside && c.oneLine, JSON.stringify(c));
  }
  await context.close();
});

test('the population can be shown as an index and as a percentage change', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  await page.getByRole('button', { name: 'Index (first year = 100)', exact: true }).click();
  await page.locator('.chart__frame').first().focus();
  await page.locator('.tooltip').waitFor();
  assert.equal(await page.locator('.tooltip__value').textContent(), '100.0 (index, 2000 = 100)');
  await page.getByRole('button', { name: '% change since first year', exact: true }).click();
  await page.locator('.chart__frame').first().focus();
  await page.keyboard.press('End');
  assert.match(await page.locator('.tooltip__value').textContent(), /^[+-]\d+\.\d%$/);
  // The summary sentence says how the population changed, in words.
  assert.match(await page.locator('.summary').textContent(), /total population grew by \d+\.\d% between 2000 and 2023/);
  await context.close();
});

test('screenshots of every theme at 1280×800 and 390×844 show no text running off the page', async () => {
  const dir = path.join(ROOT, 'e2e', 'artifacts');
  await mkdir(dir, { recursive: true });
  for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
    const { page, context } = await openPage(browser, { viewport, deviceScaleFactor: 2 });
    await page.goto(server.url);
    for (const [name, theme] of THEMES) {
      await openTheme(page, name);
      // Every panel, including those whose code loads as they come near the screen.
      await reveal(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} at ${label}: the page is ${overflow}px wider than the screen`);
      await page.screenshot({ path: path.join(dir, `${theme}-${label}.png`), fullPage: true });
    }
    // The England-wide map, on the population theme.
    await openTheme(page, 'Population');
    await reveal(page);
    await page.getByRole('radio', { name: 'All local authorities in England' }).check();
    await page.waitForFunction(() => document.querySelector('canvas.map__canvas--england')?.dataset.areas === '296');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `England map at ${label}: the page is ${overflow}px wider than the screen`);
    await page.locator('section.map').screenshot({ path: path.join(dir, `england-map-${label}.png`) });
    await context.close();
  }
});

test('health inequalities compare each locality with England by the confidence-interval test', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await openTheme(page, 'Health inequalities');
  await page.locator('#indicator-select').selectOption('hle-female');
  const section = page.locator('section.comparison');
  await section.waitFor();
  await page.waitForFunction(() => document.querySelector('canvas.bars__canvas')?.dataset.bars === '3');
  assert.match(await section.locator('.method').textContent(), /95% confidence interval/);
  const data = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(ROOT, 'data/health-inequalities.json'), 'utf8'));
  const at = (area) => data.series.find((s) => s.indicator === 'hle-female' && s.area === area).points.find((p) => p.period === '2022-24');
  const england = at('E92000001').value;
  const rows = await section.locator('tbody tr').all();
  const names = { 'B&NES': 'E06000022', Swindon: 'E06000030', Wiltshire: 'E06000054' };
  assert.equal(rows.length, 3);
  for (const row of rows) {
    const name = await row.locator('th').textContent();
    const verdict = (await row.locator('td').allTextContents())[2];
    const p = at(names[name]);
    const expected = p.lower <= england && england <= p.upper ? 'Similar to England' : p.value > england ? 'Better than England' : 'Worse than England';
    assert.equal(verdict, expected, name);
  }
  // Another period can be chosen.
  await page.getByLabel('Period', { exact: true }).selectOption('2011-13');
  await page.waitForFunction(() => document.querySelector('.comparison caption')?.textContent.includes('2011-13'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the housing-led scenario adds the people of the homes built in the plan\'s years to the projection', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await openTheme(page, 'Housing');
  const panel = page.locator('section.scenario');
  await panel.locator('canvas.chart__canvas').waitFor();
  await page.getByLabel('Place', { exact: true }).selectOption('E06000030');
  await page.getByLabel('New homes a year', { exact: true }).fill('1000');
  await page.getByLabel('New homes a year', { exact: true }).press('Enter');
  await page.getByLabel('People per new home').fill('2');
  await page.getByLabel('People per new home').press('Enter');
  const pop = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(ROOT, 'data/population.json'), 'utf8'));
  const series = (status) => pop.series.find((s) => s.indicator === 'population-total' && s.area === 'E06000030' && s.status === status).points;
  const base = series('actual').find((p) => p.period === '2023').value;
  const projected2030 = series('projection').find((p) => p.period === '2030').value;
  const row = panel.locator('tbody tr', { has: page.locator('th', { hasText: /^2030$/ }) });
  await page.waitForFunction(() => [...document.querySelectorAll('section.scenario tbody th')].some((th) => th.textContent === '2030'));
  // Swindon's plan runs to 2026: homes are built in 2024, 2025 and 2026 after the mid-2023 estimate.
  assert.ok(base > 0);
  const expected = projected2030 + 1000 * 2 * 3;
  await page.waitForFunction((v) => [...document.querySelectorAll('section.scenario tbody tr')].some((tr) => tr.textContent.includes(v)), expected.toLocaleString('en-GB'));
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[0], projected2030.toLocaleString('en-GB'));
  assert.equal(cells[1], expected.toLocaleString('en-GB'));
  assert.equal(cells[2], '+6,000');
  assert.match(await panel.locator('.assumptions').first().textContent(), /22,000 new homes between 2011 and 2026/);
  assert.equal(await panel.getByText('Building after 2026 is your assumption').isVisible(), false);
  // Building on after the plan's end is the user's choice, and says so.
  await page.getByLabel('Homes built until').fill('2030');
  await page.getByLabel('Homes built until').press('Enter');
  await panel.getByText('Building after 2026 is your assumption').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('section.scenario tbody tr')].some((tr) => tr.textContent.includes('+14,000')));
  // No new homes: the projection.
  await page.getByLabel('New homes a year', { exact: true }).fill('0');
  await page.getByLabel('New homes a year', { exact: true }).press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('section.scenario tbody tr td:last-child')].every((td) => td.textContent === '+0'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the overview matrix lists every indicator with its comparison, and opens an indicator', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await openTheme(page, 'Health inequalities');
  const table = page.locator('.overview-table');
  await table.waitFor();
  const data = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(ROOT, 'data/health-inequalities.json'), 'utf8'));
  // Every indicator with a measured figure (plans and targets alone have no row).
  const measured = data.indicators.filter((i) => data.series.some((s) => s.indicator === i.id && s.status === 'actual'));
  assert.equal(await table.locator('tbody tr').count(), measured.length);
  // Where the source publishes no figure for BSW, the cell says so.
  const poverty = table.locator('tbody tr', { has: page.getByRole('button', { name: 'Employment rate', exact: true }) });
  assert.match((await poverty.locator('td').allTextContents()).join('|'), /none published/);
  const hle = table.locator('tbody tr', { has: page.getByRole('button', { name: 'Healthy life expectancy, women', exact: true }) });
  const cells = await hle.locator('td').allTextContents();
  const headers = await table.locator('thead th').allTextContents();
  assert.equal(cells[0], '2022-24');
  // Cells follow the header: Indicator, Period, England, then the localities.
  assert.match(cells[headers.indexOf('B&NES') - 1], /^65\.6 years\s+(Better|Similar|Worse)$/);
  // The panels that load near the screen (the map above) are in first, so that none moves the
  // button as the click is made.
  await reveal(page);
  await page.getByRole('button', { name: 'Adults who smoke', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('h2.chart-title')?.textContent === 'Adults who smoke');
  assert.deepEqual(errors, []);
  await context.close();
});

test('figures that are only projected or planned still get a summary and a card that say so', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  await openTheme(page, 'Finance & workforce');
  await page.locator('#indicator-select').selectOption('funding-gap-do-nothing');
  await page.waitForFunction(() => /funding gap/i.test(document.querySelector('.summary')?.textContent ?? ''));
  const data = JSON.parse(await readFile(path.join(ROOT, 'data', 'finance-workforce.json'), 'utf8'));
  const points = data.series
    .filter((s) => s.indicator === 'funding-gap-do-nothing' && s.area === 'E54000040')
    .flatMap((s) => s.points)
    .sort((a, b) => a.period.localeCompare(b.period));
  const [first, last] = [points[0], points[points.length - 1]];
  assert.equal(
    (await page.locator('.summary').textContent()).trim(),
    // The theme's measured GP figures run to 2023/24, beyond the plan's 2020/21: past tense.
    `BSW's funding gap if nothing changes was projected to rise from £${first.value}m in ${first.period} to £${last.value}m in ${last.period}.`,
  );
  const card = page.locator('.card').filter({ hasText: 'BSW' });
  assert.equal((await card.locator('.card__value').textContent()).trim(), `£${last.value}m`);
  assert.equal((await card.locator('.card__period').textContent()).trim(), `${last.period} (projection)`);
  // Plans for several places are listed, each with its period, and called plans.
  await openTheme(page, 'Housing');
  await page.locator('#indicator-select').selectOption('planned-new-homes');
  await page.getByText(/^New homes planned .*, plans rather than measured figures: .* for B&NES \(\d{4}\)/).waitFor();
  await context.close();
});

test('counts such as total population are not compared with England', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  assert.equal(await page.locator('section.comparison').isHidden(), true);
  assert.match(await page.locator('.comparison-note').textContent(), /counts or sums of money/);
  // Shares have no confidence intervals: no bars, one line saying why.
  await page.locator('#indicator-select').selectOption('share-aged-65-plus');
  await page.getByText(/published without confidence intervals/).waitFor();
  assert.equal(await page.locator('section.comparison').isHidden(), true);
  await context.close();
});

test('the map shades the places and a click adds or removes a place', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  // The panel's code loads as it comes near the screen.
  await reveal(page);
  const map = page.locator('canvas.map__canvas');
  await page.waitForFunction(() => document.querySelector('canvas.map__canvas')?.dataset.areas === '3');
  assert.match(await map.getAttribute('aria-label'), /Map of Total population \(people\), 2023: B&NES: [\d,]+; Swindon: [\d,]+; Wiltshire: [\d,]+/);
  const wiltshire = page.getByRole('checkbox', { name: 'Wiltshire' });
  assert.equal(await wiltshire.isChecked(), true);
  // Wiltshire fills the middle of the map. (The page above the map changes height as places
  // come and go, so the map is found again before each click.)
  const clickMiddle = async () => {
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.5);
  };
  await clickMiddle();
  await page.waitForFunction(() => !document.getElementById('area-E06000054').checked);
  await clickMiddle();
  await page.waitForFunction(() => document.getElementById('area-E06000054').checked);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the England-wide map shades every local authority, reads the one under the pointer and lists all in a table', async () => {
  const { page, context, errors, requests } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  // The panel's code loads as it comes near the screen.
  await reveal(page);
  await page.locator('#indicator-select').selectOption('share-aged-65-plus');
  await page.getByRole('radio', { name: 'All local authorities in England' }).check();
  await page.waitForFunction(() => document.querySelector('canvas.map__canvas--england')?.dataset.areas === '296');
  const england = JSON.parse(await readFile(path.join(ROOT, 'data/england.json'), 'utf8'));
  const share = england.indicators.find((i) => i.indicator.id === 'share-aged-65-plus');
  const readout = page.getByTestId('england-readout');
  assert.equal(await page.locator('.map__chosen').textContent(), 'Outlined in black: B&NES 19.2%; Swindon 16.3%; Wiltshire 22.6%.');
  assert.equal(await readout.textContent(), `England: ${share.values.E92000001.toFixed(1)}% (2023).`);
  const map = page.locator('canvas.map__canvas--england');
  assert.match(await map.getAttribute('aria-label'), /^Map of England's 296 local authority districts shaded by Share of people aged 65 and over/);
  // Pointing at the middle of England names a district and its figure from data/england.json.
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6);
  await page.waitForFunction(() => !document.querySelector('[data-testid=england-readout]').textContent.startsWith('England'));
  const text = await readout.textContent();
  const [, name, shown] = text.match(/^(.+?): ([\d.]+)% \(2023\)\. England/);
  const area = england.areas.find((a) => a.name === name);
  assert.ok(area, `${name} is a district in data/england.json`);
  assert.equal(Number(shown), share.values[area.code]);
  // The table lists every district, highest first, with the chosen places marked.
  await page.getByText('Show all local authorities as a table').click();
  const rows = page.locator('.map table tbody tr');
  assert.equal(await rows.count(), 296);
  const swindon = rows.filter({ hasText: 'Swindon (chosen)' });
  assert.equal(await swindon.locator('td').last().textContent(), '16.3%');
  const first = Number((await rows.first().locator('td').last().textContent()).replace('%', ''));
  assert.equal(first, Math.max(...Object.entries(share.values).filter(([c]) => c !== 'E92000001').map(([, v]) => v)));
  // An indicator without figures for every district says so instead of drawing a blank map.
  await page.locator('#indicator-select').selectOption('population-aged-0-15');
  await page.getByText('There is no England-wide map of this indicator').waitFor();
  assert.ok(requests.some((u) => u.endsWith('data/england.json')), 'the England file is fetched on demand');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the population pyramid sets the latest estimate beside a chosen projected year, with its table', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  // The panel's code loads as it comes near the screen.
  await reveal(page);
  const pyramid = page.locator('section.pyramid');
  await pyramid.locator('canvas.pyramid__canvas[data-bars="38"]').waitFor();
  await page.getByLabel('Locality of the pyramid').selectOption('E06000030');
  await page.getByLabel('Projected year').selectOption('2047');
  const ages = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(ROOT, 'data/population-ages.json'), 'utf8'));
  // The oldest band's series for Swindon: the estimate and the 2047 projection.
  const oldest = (status) => ages.series.find((s) => s.indicator === 'people-aged-90-plus' && s.area === 'E06000030' && s.status === status).points;
  const estimate = oldest('actual')[0];
  const projected = oldest('projection').find((p) => p.period === '2047');
  await pyramid.getByText('Show the population by age as a table').click();
  const heads = await pyramid.locator('thead th').allTextContents();
  assert.deepEqual(heads, ['Age', `Mid-${estimate.period} (estimate)`, 'Mid-2047 (projection)', 'Change']);
  const top = await pyramid.locator('tbody tr').first().locator('td').allTextContents();
  assert.equal(top[0], estimate.value.toLocaleString('en-GB'));
  assert.equal(top[1], projected.value.toLocaleString('en-GB'));
  assert.equal(await pyramid.locator('tbody tr').count(), 19);
  assert.match(await pyramid.locator('canvas').getAttribute('aria-label'), /Swindon/);
  // The locality and year are in the address: a link restores them.
  await page.waitForFunction(() => location.search.includes('pyramid=E06000030') && location.search.includes('pyramid-year=2047'));
  await page.goto(`${server.url}?theme=population&pyramid=E06000054&pyramid-year=2035`);
  await pyramid.locator('canvas.pyramid__canvas[data-bars="38"]').waitFor();
  assert.equal(await page.locator('#pyramid-area').inputValue(), 'E06000054');
  assert.equal(await page.locator('#pyramid-year').inputValue(), '2035');
  assert.deepEqual(errors, []);
  await context.close();
});

test('population shows the age structure of a chosen locality, and housing sets plans beside delivery', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.goto(server.url);
  await waitForChart(page);
  // The panel's code loads as it comes near the screen.
  await reveal(page);
  const age = page.locator('section.age-structure');
  await age.locator('canvas.chart__canvas').waitFor();
  await page.getByLabel('Locality', { exact: true }).selectOption('E06000054');
  assert.deepEqual(await age.locator('.legend__item').allTextContents(), ['●65 and over', '◆75 and over', '▲85 and over']);
  const pop = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(ROOT, 'data/population.json'), 'utf8'));
  const share = pop.series.find((s) => s.indicator === 'share-aged-85-plus' && s.area === 'E06000054' && s.status === 'actual').points.find((p) => p.period === '2020').value;
  const years = (await age.locator('tbody th').allTextContents()).map(Number);
  assert.deepEqual(years, [...new Set(years)].sort((a, b) => a - b), 'each year once, in order');
  const row = age.locator('tbody tr', { has: page.locator('th', { hasText: /^2020$/ }) });
  assert.deepEqual((await row.locator('td').allTextContents()).filter((_, i) => i === 0 || i === 3), ['Actual', `${share.toFixed(1)}%`]);
  // The latest estimate's year is listed, and the projected years say so.
  const latest = pop.series.find((s) => s.indicator === 'share-aged-65-plus' && s.area === 'E06000054' && s.status === 'actual').points.at(-1).period;
  const latestRow = age.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${latest}$`) }) });
  assert.equal(await latestRow.locator('td').first().textContent(), 'Actual');
  assert.equal(await age.locator('tbody tr').last().locator('td').first().textContent(), 'Projection');
  // The locality is in the address: a link and Back restore it.
  await page.waitForFunction(() => location.search.includes('age=E06000054'));
  await page.getByLabel('Locality', { exact: true }).selectOption('E06000030');
  await page.waitForFunction(() => location.search.includes('age=E06000030'));
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('age-place').value === 'E06000054');
  await page.goto(`${server.url}?theme=population&age=E06000030`);
  await age.locator('canvas.chart__canvas').waitFor();
  assert.equal(await page.locator('#age-place').inputValue(), 'E06000030');

  await openTheme(page, 'Housing');
  const plans = page.locator('section.plans tbody tr');
  assert.equal(await plans.count(), 3);
  const swindon = await plans.nth(1).locator('td').allTextContents();
  assert.deepEqual(swindon, ['22,000 by 2026', '1,467', '723 in 2019/20']);
  assert.deepEqual(errors, []);
  await context.close();
});
