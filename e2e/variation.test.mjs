// The Variation view (statistical process control): it draws for BSW and for a trust, says its
// verdicts in words and in named icons, restores from a link, leads from the board summary to
// each chart, downloads, embeds, prints the whole summary, and passes axe on desktop and phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { setup, openPage, waitForChart } from './browser.mjs';

const env = setup();
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Waits until the chart's heading names `measure` at `locality` and the chart has points. */
async function waitForVariation(page, heading) {
  await page.waitForFunction((h) => document.querySelector('#chart-title')?.textContent === h, heading, { timeout: 20000 });
  return waitForChart(page);
}

test('the view draws for BSW and for a trust, with its verdicts in words and named icons', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitForChart(page);
  await page.getByRole('button', { name: 'Variation', exact: true }).click();
  const points = await waitForVariation(page, 'A&E patients seen within 4 hours: BSW');
  // 38 months from April 2022 less the two left out, with mean, limits and marked months.
  assert.ok(points > 36 * 3, `${points} points`);
  assert.equal(
    await page.getByTestId('spc-variation').textContent(),
    'For BSW, the figures show common cause variation: the latest (72.5%, July 2025) is within the process limits (67.7% to 75.8%) around a mean of 71.8%, with no pattern of special cause.',
  );
  assert.match(await page.getByTestId('spc-assurance').textContent(), /will not consistently meet the 78% ambition for March 2026/);
  // A screen reader reads each icon's meaning by name, and the words beside it say it again.
  await page.getByRole('img', { name: 'Variation icon: Common cause variation' }).waitFor();
  await page.getByRole('img', { name: 'Assurance icon: Consistently failing the target' }).waitFor();
  assert.match(await page.locator('.spc-icons').innerText(), /Variation: Common cause variation\. The latest month is within/);
  // The key names the special causes with their shapes.
  assert.match(await page.locator('.legend').innerText(), /Special cause improvement[\s\S]*Special cause concern/);
  // A trust: its limits start again after the gap in the figures, and the page says why.
  await page.locator('#spc-locality').selectOption('RD1');
  await waitForVariation(page, 'A&E patients seen within 4 hours: RUH Bath');
  await page.waitForFunction(() => location.search.includes('locality=RD1'));
  assert.match(await page.locator('.spc-recalculations').innerText(), /New limits from April 2021: The figures resume after a gap/);
  // The months as a table: every month from April 2016, gaps included.
  await page.getByText('Show every month as a table').click();
  const rows = page.locator('.variation .data-table:not(.spc-board) tbody tr');
  assert.equal(await rows.count(), 112);
  assert.match(await rows.last().innerText(), /Jul 2025\s+62\.8%/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a monthly measure on the Performance page leads to its Variation view', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=performance&indicator=rtt-18-weeks&areas=RD1,E92000001`);
  await waitForChart(page);
  await page.getByRole('button', { name: /See this measure's variation and assurance/ }).click();
  await waitForVariation(page, 'Patients waiting under 18 weeks for planned treatment: RUH Bath');
  await page.waitForFunction(() => location.search.includes('theme=variation') && location.search.includes('locality=RD1'));
  // Back returns to the Performance page.
  await page.goBack();
  await page.waitForFunction(() => location.search.includes('theme=performance'));
  await waitForChart(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link\'s locality without the measure\'s figures is named in a notice and left out of the address', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=variation&indicator=ae-attendances&locality=E06000022`);
  await waitForVariation(page, 'A&E attendances: BSW');
  const notice = await page.getByRole('status').filter({ hasText: 'link' }).first().textContent();
  assert.match(notice, /The link's locality "B&NES" has no figures for A&E attendances, so BSW is shown\./);
  await page.waitForFunction(() => !location.search.includes('locality='));
  assert.match(page.url(), /indicator=ae-attendances/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link restores the measure and locality; the board summary leads to each chart and downloads', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=variation&indicator=rtt-52-weeks&locality=RN3`);
  await waitForVariation(page, 'Patients waiting over a year for planned treatment: Great Western');
  assert.match(await page.getByTestId('spc-variation').textContent(), /special cause concern since October 2025: a run of 7 months rising from 559 to 1,001\./);
  const board = page.locator('table.spc-board tbody tr');
  assert.equal(await board.count(), 42);
  await page.locator('#spc-board-order').selectOption('variation');
  assert.match(await board.first().innerText(), /Special cause concern/);
  // A row's button shows its chart and moves the keyboard there.
  const row = board.filter({ hasText: 'Cancer treatment within 31 days of the decision to treat: Salisbury' });
  await row.getByRole('button').click();
  await waitForVariation(page, 'Cancer treatment within 31 days of the decision to treat: Salisbury');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'chart-title');
  await page.waitForFunction(() => location.search.includes('indicator=cancer-31-day') && location.search.includes('locality=RNZ'));
  const [summary] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the summary (CSV)' }).click()]);
  const lines = (await fs.readFile(await summary.path(), 'utf8')).trim().split('\n');
  assert.equal(lines.length, 43);
  assert.equal(lines[0], 'measure,locality,code,latest,month,variation,assurance,target');
  const [months] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download data (CSV)' }).click()]);
  assert.equal(months.suggestedFilename(), 'variation_cancer-31-day_RNZ.csv');
  const csv = (await fs.readFile(await months.path(), 'utf8')).trim().split('\n');
  assert.match(csv[0], /^measure,locality,code,month,value,provisional,mean,lower_limit,upper_limit,variation,rules/);
  assert.ok(csv.some((l) => l.includes(',yes,')), 'provisional months are marked');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart (SVG)' }).click()]);
  assert.match(await fs.readFile(await svg.path(), 'utf8'), /Variation: Cancer treatment within 31 days/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the view embeds with a link to the full view, and prints the whole board summary', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=variation&indicator=ae-4hr&locality=RN3`);
  await waitForVariation(page, 'A&E patients seen within 4 hours: Great Western');
  const code = await page.locator('#embed-code').inputValue();
  assert.match(code, /theme=variation&amp;indicator=ae-4hr.*locality=RN3.*embed=1/);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('table.spc-board tbody tr:visible');
  assert.equal(await printed.count(), 42, 'every row of the summary prints');
  assert.ok(await page.locator('.spc-icons').isVisible());
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${env.server.url}?theme=variation&indicator=ae-4hr&locality=RN3&embed=1`);
  await waitForVariation(page, 'A&E patients seen within 4 hours: Great Western');
  assert.equal(await page.locator('nav.theme-nav').count(), 0);
  assert.equal(await page.locator('table.spc-board').count(), 0);
  assert.ok(await page.getByRole('img', { name: /^Variation icon: / }).isVisible());
  const full = await page.getByRole('link', { name: /Open the full view/ }).getAttribute('href');
  assert.ok(full.includes('theme=variation') && full.includes('locality=RN3') && !full.includes('embed'), full);
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds no violations on the Variation view, on a desktop and on a phone', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { page, context } = await openPage(env.browser, { viewport });
    await page.goto(`${env.server.url}?theme=variation&indicator=rtt-18-weeks&locality=RD1`);
    await waitForVariation(page, 'Patients waiting under 18 weeks for planned treatment: RUH Bath');
    await page.getByText('Show every month as a table').click();
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }));
    assert.ok(result.passes.length > 15, `axe ran only ${result.passes.length} rules`);
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`), []);
    // Nothing wider than the phone's screen but the scrolling table regions.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
    await context.close();
  }
});
