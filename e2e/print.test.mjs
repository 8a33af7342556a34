// Paper: one indicator on at most two A4 pages (the health overview and the England-wide map
// add their own), long tables printed as a summary with a note, no table row alone on a page,
// and the overview's indicator names printed (they are buttons on screen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, waitForChart } from './browser.mjs';

const env = setup();

/** Prints the page to A4 and returns the number of pages (the PDF's page tree count). */
async function printedPages(page) {
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  return Number(/\/Type \/Pages[^>]*\/Count (\d+)|\/Count (\d+)[^>]*\/Type \/Pages/.exec(pdf)?.slice(1).find(Boolean));
}

/** The rows of a table that print, and the note printed after it. */
async function printedRows(page, table) {
  return page.evaluate((sel) => {
    const t = document.querySelector(sel);
    const rows = [...t.querySelectorAll('tbody tr')].filter((r) => getComputedStyle(r).display !== 'none');
    const note = getComputedStyle(t.closest('.table-wrap'), '::after').content;
    const type = (r) => r.querySelector('td')?.textContent;
    const measured = [...t.querySelectorAll('tbody tr')].filter((r) => type(r) === 'Actual').map((r) => r.querySelector('th').textContent);
    return { all: t.querySelectorAll('tbody tr').length, printed: rows.map((r) => r.querySelector('th').textContent), types: rows.map(type), latest: measured.at(-1), note };
  }, table);
}

const VIEWS = [
  ['theme=population', 2],
  ['theme=housing', 2],
  ['theme=performance', 2],
  ['theme=performance&indicator=rtt-18-weeks', 2],
  ['theme=finance-workforce', 2],
  ['theme=finance-workforce&indicator=trust-surplus', 2],
  // The indicator's two pages, then the overview of every indicator.
  ['theme=health-inequalities', 4],
  // The chosen England-wide map and its ranking.
  ['theme=population&map=england', 4],
];

test('each indicator prints on at most two A4 pages, long tables as a summary', async () => {
  const { page, context, errors } = await openPage(env.browser);
  for (const [query, most] of VIEWS) {
    await page.goto(`${env.server.url}?${query}`);
    await page.locator('h2.chart-title').waitFor();
    if (!query.includes('trust-surplus')) await waitForChart(page);
    await page.locator('.table-toggle--main tbody tr').first().waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const pages = await printedPages(page);
    assert.ok(pages >= 1 && pages <= most, `${query}: ${pages} pages (at most ${most})`);
    const main = await printedRows(page, '.table-toggle--main .data-table');
    if (main.all > 24) {
      assert.equal(main.printed.length, 12, `${query}: 12 rows print`);
      assert.match(main.note, /12 rows, to just after the latest measured figures/);
      // Paper shows the latest measured figures, then at most three rows beyond them (the
      // population's last rows are all projections to 2047).
      const at = main.types.lastIndexOf('Actual');
      assert.ok(at >= 8 && main.printed[at] === main.latest, `${query}: ${main.printed.join(', ')} (latest measured ${main.latest})`);
    } else {
      assert.equal(main.printed.length, main.all, `${query}: a short table prints whole`);
      assert.equal(main.note, 'none');
    }
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('on paper, the overview names its indicators and the England ranking prints its ends', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=health-inequalities`);
  await page.locator('.overview-table').waitFor();
  await page.emulateMedia({ media: 'print' });
  const names = await page.locator('.overview-table tbody tr').evaluateAll((rows) => rows.map((r) => {
    const b = r.querySelector('button');
    return getComputedStyle(b).display !== 'none' && b.getBoundingClientRect().width > 0 ? b.textContent : '';
  }));
  assert.ok(names.length > 20);
  assert.ok(names.every((n) => n.length > 0), 'every indicator name prints');
  const overview = await printedRows(page, '.overview-table');
  assert.equal(overview.printed.length, overview.all, 'the overview prints every row');

  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${env.server.url}?theme=population&map=england`);
  await page.locator('.data-table--ranked tbody tr').first().waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const ranked = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('.data-table--ranked tbody tr')];
    return { all: rows.length, printed: rows.filter((r) => getComputedStyle(r).display !== 'none').map((r) => r.querySelector('th').textContent) };
  });
  assert.ok(ranked.all > 250);
  // The top and bottom 10, and BSW's three places wherever they rank.
  assert.equal(ranked.printed.length, 23);
  for (const place of ['Swindon', 'Wiltshire', 'Bath and North East Somerset']) {
    assert.ok(ranked.printed.some((n) => n.startsWith(place)), `${place} prints`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a browser without ::details-content, closed tables are opened to print and closed again after', async () => {
  const { page, context, errors } = await openPage(env.browser);
  // As a browser that cannot open <details> from the print stylesheet (Firefox, Safari today).
  await page.addInitScript(() => {
    const supports = CSS.supports.bind(CSS);
    CSS.supports = (...args) => (String(args[0]).includes('details-content') ? false : supports(...args));
  });
  await page.goto(`${env.server.url}?theme=population`);
  await waitForChart(page);
  const main = page.locator('details.table-toggle--main');
  await main.waitFor({ state: 'attached' });
  assert.equal(await main.getAttribute('open'), null, 'closed on screen');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.notEqual(await main.getAttribute('open'), null, 'opened for printing');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await main.getAttribute('open'), null, 'closed again after printing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the neighbourhood view prints its map first, then the decile table and both ends of the ranking', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=neighbourhoods&place=E06000030&focus=E01015567`);
  await page.waitForFunction(() => Number(document.querySelector('canvas.map__canvas--neighbourhoods')?.dataset.areas ?? 0) === 132);
  await page.emulateMedia({ media: 'print' });
  const pages = await printedPages(page);
  assert.ok(pages >= 2 && pages <= 3, `${pages} pages (at most 3)`);
  const rows = await printedRows(page, '.neighbourhood-table');
  // The ten most and ten least deprived, and the neighbourhood read (Swindon 014C, in the middle), by name.
  assert.equal(rows.all, 132);
  assert.equal(rows.printed.length, 21, rows.printed.join(', '));
  assert.ok(rows.printed.includes('Swindon 014C'), rows.printed.join(', '));
  assert.match(rows.note, /10 most and 10 least deprived/);
  // No title-only first page: the map is on page 1 (its top is within the first A4 page).
  const mapTop = await page.evaluate(() => document.querySelector('canvas.map__canvas--neighbourhoods').getBoundingClientRect().top);
  assert.ok(mapTop < 1000, `the map starts at ${mapTop}px`);
  // The neighbourhood read prints; with none read, the hint to point at one does not.
  const readout = page.getByTestId('neighbourhood-readout');
  assert.match(await readout.innerText(), /Swindon 014C/);
  await page.goto(`${env.server.url}?theme=neighbourhoods&place=E06000030`);
  await page.waitForFunction(() => Number(document.querySelector('canvas.map__canvas--neighbourhoods')?.dataset.areas ?? 0) === 132);
  assert.equal(await readout.isVisible(), false, 'no "point at or tap" on paper');
  await page.emulateMedia({ media: 'screen' });
  assert.match(await readout.innerText(), /Point at or tap a neighbourhood/);
  assert.deepEqual(errors, []);
  await context.close();
});
