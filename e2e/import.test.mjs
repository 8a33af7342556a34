// End-to-end tests of "Your data": a real Fingertips-layout export and a broken one open in the
// app (by the file chooser and by drag and drop), are charted with the explorer's localities, and
// list their problems by row and column; nothing is sent anywhere. And a fault shows a message
// with a reload button instead of a frozen page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { setup, openPage, waitForChart } from './browser.mjs';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'import');
const env = setup();

async function openYourData(page) {
  await page.goto(env.server.url);
  await waitForChart(page);
  await page.getByRole('button', { name: 'Your data', exact: true }).click();
  await page.getByRole('heading', { name: 'Open your own data' }).waitFor();
}

test('a real Fingertips export opens, adds its localities and is charted with the values of the file', async () => {
  const { page, context, errors, requests } = await openPage(env.browser);
  await openYourData(page);
  const before = requests.length;
  await page.locator('#open-file-input').setInputFiles(path.join(FIXTURES, 'fingertips_real.csv'));
  const report = page.locator('.import-report');
  await report.waitFor();
  assert.equal(
    (await report.locator('strong').textContent()).trim(),
    'Opened fingertips_real.csv: 3 indicators, 120 figures for 6 localities. Added localities: Bristol, South Gloucestershire.',
  );
  await waitForChart(page);
  await page.locator('#indicator-select').selectOption('fingertips-21001');
  await page.getByRole('checkbox', { name: 'Bristol' }).check();
  // Bristol's swatch is its line's key, and no other locality shown has its colour and shape.
  await page.waitForFunction(() => [...document.querySelectorAll('.legend__item')].some((li) => li.textContent.includes('Bristol')));
  const swatches = await page.locator('.locality').evaluateAll((items) => items
    .filter((li) => li.querySelector('input').checked)
    .map((li) => [li.querySelector('label').textContent.replace(/\(no data\)/, '').trim().slice(1).trim(), li.querySelector('.locality__key').style.color + li.querySelector('.locality__key').textContent]));
  const keys = await page.locator('.legend__item').evaluateAll((items) => items
    .map((li) => [li.textContent.slice(1).trim(), li.querySelector('.legend__key').style.color + li.querySelector('.legend__key').textContent.trim()]));
  const bristol = swatches.find(([n]) => n === 'Bristol');
  assert.ok(bristol, JSON.stringify(swatches));
  assert.equal(swatches.filter(([, s]) => s === bristol[1]).length, 1, JSON.stringify(swatches));
  assert.equal(keys.find(([n]) => n.startsWith('Bristol'))[1], bristol[1], JSON.stringify(keys));
  await page.getByText('Show the figures as a table').click();
  const table = page.locator('details.table-toggle--main table');
  const headers = await table.locator('thead th').allTextContents();
  const row = table.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^2010\/11$/ }) });
  const cells = await row.locator('td').allTextContents();
  const value = (name) => cells[headers.indexOf(name) - 1];
  assert.equal(value('Swindon'), '298.6');
  assert.equal(value('Bristol'), '290.8');
  // Nothing was sent anywhere: opening the file made no request at all.
  assert.deepEqual(requests.slice(before).filter((u) => !u.startsWith(env.server.origin)), []);
  assert.ok(requests.slice(before).every((u) => !u.includes('fingertips')), 'the file is not uploaded');
  await page.getByText('Kept in this browser tab (not sent anywhere)').waitFor();
  // A reload opens the file again from the tab; "Forget my files" removes it for good.
  await page.reload();
  await page.getByText('Opened again from this browser tab after the page was reloaded.').waitFor();
  await waitForChart(page);
  // The link's Bristol, a locality of the file, is chosen again once the file has opened.
  await page.waitForFunction(() => document.getElementById('area-E06000023')?.checked);
  assert.ok(new URL(page.url()).search.includes('E06000023'));
  assert.ok((await page.locator('#indicator-select option').allTextContents()).length >= 3);
  await page.getByRole('button', { name: 'Forget my files' }).click();
  await page.waitForFunction(() => !document.querySelector('#indicator-select') && !document.querySelector('.import-report'));
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  await page.reload();
  await page.getByRole('heading', { name: 'Open your own data' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.import-report').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken export lists each problem by row and column, and its good rows still chart', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await openYourData(page);
  // Dropped onto the page, as a user would drag it from their desktop.
  const text = await readFile(path.join(FIXTURES, 'fingertips_broken.csv'), 'utf8');
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'fingertips_broken.csv', { type: 'text/csv' }));
    document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  const report = page.locator('.import-report');
  await report.waitFor();
  const problems = await report.locator('.problem__list li').allTextContents();
  assert.deepEqual(problems, [
    'fingertips_broken.csv:3:13: column "Value": the value "12O.5" is not a number',
    'fingertips_broken.csv:4:12: column "Time period": the period "Q1 2011" is not a financial year like this indicator\'s other periods (e.g. 2017/18)',
    'fingertips_broken.csv:5:5: column "Area Code": the area code "NOT A CODE!" is not a code such as E06000030',
    'fingertips_broken.csv:6:14: column "Lower CI 95.0 limit": the 95% confidence interval 1 to 2 does not contain the value 298.6, so it was left out',
  ]);
  assert.ok(await waitForChart(page) > 0, 'the good rows are charted');
  // Thousands of bad rows: twenty listed, the rest counted, and only the summary announced.
  const lines = text.split(/\r?\n/);
  const many = [lines[0], lines[1], ...Array(5000).fill(lines[2])].join('\n');
  await page.locator('#open-file-input').setInputFiles({ name: 'many_bad_rows.csv', mimeType: 'text/csv', buffer: Buffer.from(many) });
  const last = page.locator('.import-report').last();
  await last.getByText('5,000 rows were left out.').waitFor();
  const listed = await last.locator('.problem__list li').allTextContents();
  assert.equal(listed.length, 21);
  assert.equal(listed[20], 'and 4,980 more (check the file, or open it in a spreadsheet to find them)');
  assert.equal(await last.locator('[role=status]').count(), 1);
  assert.equal(await last.locator('.problem__list').getAttribute('role'), null);
  // A file that is not an export is refused with the reason, and the page keeps working.
  await page.locator('#open-file-input').setInputFiles(path.join(FIXTURES, 'fingertips_no_value_column.csv'));
  await page.getByText('the column "Value" is missing').waitFor();
  assert.ok(await waitForChart(page) > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('if the importer stops, the next file starts it again and nothing opened before is lost', async () => {
  const { page, context } = await openPage(env.browser);
  await openYourData(page);
  await page.locator('#open-file-input').setInputFiles(path.join(FIXTURES, 'fingertips_real.csv'));
  await page.locator('.import-report').first().waitFor();
  // A fault in the importer: an uncaught error in its worker stops it.
  const [worker] = page.workers();
  assert.ok(worker, 'the importer runs in a worker');
  await worker.evaluate(() => setTimeout(() => { throw new Error('simulated fault in the importer'); }));
  const restarted = page.waitForEvent('worker');
  await page.locator('#open-file-input').setInputFiles(path.join(ROOT, 'tests', 'fixtures', 'valid-theme.json'));
  await restarted;
  await page.locator('.import-report').nth(1).waitFor();
  assert.match(await page.locator('.import-report').nth(1).locator('strong').textContent(), /^Opened valid-theme\.json/);
  await waitForChart(page);
  // The first file's indicators and localities are still there, beside the second file's.
  const options = await page.locator('#indicator-select option').evaluateAll((os) => os.map((o) => o.value));
  assert.ok(options.includes('fingertips-21001'), `the first file is kept: ${options}`);
  assert.ok(options.includes('smoking'), `the second file is added: ${options}`);
  await page.getByRole('checkbox', { name: 'Bristol' }).waitFor();
  await context.close();
});

test('a fault shows a message with a reload button instead of a frozen page', async () => {
  const { page, context, errors } = await openPage(env.browser);
  // No link can crash the page (the old test hook ?crash-test=1 is only an unknown parameter).
  await page.goto(`${env.server.url}?crash-test=1`);
  await waitForChart(page);
  assert.equal(await page.getByRole('alertdialog').count(), 0);
  // Script in the page can: the test hook is an export of the WebAssembly, not an address.
  await page.evaluate(() => window.wasmBindings.crash_test()).catch(() => {});
  const dialog = page.getByRole('alertdialog', { name: 'Sorry, the explorer has stopped working' });
  await dialog.waitFor();
  const reload = dialog.getByRole('button', { name: 'Reload the page' });
  assert.equal(await reload.evaluate((b) => b === document.activeElement), true, 'the reload button has focus');
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  assert.ok(errors.some((e) => e.includes('deliberate fault')), 'the panic is logged for analysts');
  await context.close();
});

/** A Fingertips-layout CSV: `rows` rows over `areas` new localities (codes `${prefix}xxxxxxx`). */
async function generated(rows, areas, prefix = 'E1') {
  const header = (await readFile(path.join(FIXTURES, 'fingertips_broken.csv'), 'utf8')).split(/\r?\n/)[0];
  const lines = [header];
  for (let i = 0; i < rows; i += 1) {
    const a = i % areas;
    const indicator = 90000 + Math.floor(i / areas);
    lines.push(`${indicator},Generated ${indicator},,,${prefix}${String(a).padStart(7, '0')},Place ${a},Counties & UAs,Persons,All ages,,,2020/21,${(i % 97) + 0.5},,,,,,,,,Not compared,,20200000,,`);
  }
  return Buffer.from(lines.join('\n'));
}

test('large files: 100,000 rows open, the limits are stated and enforced, and a slow file can be cancelled', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await openYourData(page);
  await page.getByText('Each file may be up to 50 MB, with up to 200,000 rows and 2,000 localities').waitFor();
  // 100,000 rows (100 indicators for 1,000 new localities) open and are summarised briefly.
  await page.locator('#open-file-input').setInputFiles({ name: 'rows100k.csv', mimeType: 'text/csv', buffer: await generated(100_000, 1000) });
  // While it opens, the page says how far it has got.
  await page.locator('.import-progress').getByText(/Opening rows100k\.csv \([\d.]+ MB\)… [\d,]+ of 100,000 rows read/).waitFor();
  const summary = page.locator('.import-report [role=status]').last();
  await summary.getByText('rows100k.csv: 100 indicators, 100,000 figures for 1,000 localities').waitFor({ timeout: 60_000 });
  assert.match(await summary.textContent(), /Added localities: Place 0, Place 1, .*, Place 9, 990 more\./);
  // More new localities than the limit: refused with the numbers and what to do.
  await page.locator('#open-file-input').setInputFiles({ name: 'areas3k.csv', mimeType: 'text/csv', buffer: await generated(3000, 3000, 'E2') });
  await page.getByText('the file names 3,000 localities the explorer does not know; it adds up to 2,000').waitFor();
  // A file being opened can be cancelled; what opened before stays, and the next file opens.
  await page.locator('#open-file-input').setInputFiles({ name: 'slow.csv', mimeType: 'text/csv', buffer: await generated(190_000, 1900, 'E3') });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('slow.csv: could not be opened: cancelled').waitFor();
  assert.equal(await page.locator('.import-progress').count(), 0);
  await page.locator('#open-file-input').setInputFiles(path.join(FIXTURES, 'fingertips_broken.csv'));
  await page.locator('.import-report [role=status]').filter({ hasText: 'fingertips_broken.csv' }).waitFor();
  const options = await page.locator('#indicator-select option').evaluateAll((os) => os.map((o) => o.value));
  assert.ok(options.includes('fingertips-90000'), 'the 100,000-row file is still open');
  assert.deepEqual(errors, []);
  await context.close();
});
