// Accessibility: axe-core (WCAG 2.0–2.2 A and AA rules) finds no violation on any theme, in chart
// and table view, on the England-wide map, in embed mode and after opening a file; and a
// keyboard-only walk chooses a theme, localities and a period and reads a value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { setup, openPage, waitForChart, reveal } from './browser.mjs';

const env = setup();
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const THEMES = ['Population', 'Housing', 'Health inequalities', 'Performance', 'Finance & workforce'];

/** axe-core's violations on the page, one line each (rule, impact, where). */
async function violations(page, where) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  // Not vacuous: axe checked the page against many rules.
  assert.ok(result.passes.length > 15, `${where}: axe ran only ${result.passes.length} rules`);
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}

async function showTheme(page, name) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('h1')?.textContent === n, name);
  await waitForChart(page);
  // axe checks every panel, including those whose code loads as they come near the screen.
  await reveal(page);
}

test('axe finds no violations on any theme, in chart and in table view, or on the England map', async () => {
  const { page, context } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitForChart(page);
  const found = [];
  for (const name of THEMES) {
    await showTheme(page, name);
    found.push(...await violations(page, `${name}, chart`));
    await page.getByText('Show the figures as a table').click();
    await page.locator('details.table-toggle--main[open] table').waitFor();
    found.push(...await violations(page, `${name}, table`));
    await page.getByText('Show the figures as a table').click();
  }
  await showTheme(page, 'Population');
  await page.getByRole('radio', { name: 'All local authorities in England' }).check();
  await page.waitForFunction(() => document.querySelector('canvas.map__canvas--england')?.dataset.areas === '296');
  await page.getByText('Show all local authorities as a table').click();
  found.push(...await violations(page, 'England map'));
  assert.deepEqual(found, []);
  await context.close();
});

test('axe finds no violations in embed mode or after opening a file', async () => {
  const { page, context } = await openPage(env.browser);
  await page.goto(`${env.server.url}?theme=performance&indicator=ae-4hr&areas=E54000040,RD1,RN3,RNZ&mode=absolute&map=places&view=chart&embed=1`);
  await waitForChart(page);
  const found = await violations(page, 'embed');
  await page.goto(env.server.url);
  await waitForChart(page);
  await page.getByRole('button', { name: 'Your data', exact: true }).click();
  await page.locator('#open-file-input').setInputFiles(path.join(ROOT, 'tests', 'fixtures', 'import', 'fingertips_broken.csv'));
  await page.locator('.import-report').waitFor();
  await waitForChart(page);
  found.push(...await violations(page, 'after opening a file'));
  assert.deepEqual(found, []);
  await context.close();
});

/** Presses Tab until the focused element matches `selector` (at most 80 times). */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('by keyboard alone: choose a theme, localities and a period, and read a value', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(env.server.url);
  await waitForChart(page);
  await tabTo(page, 'button[data-theme="health-inequalities"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Health inequalities');
  await waitForChart(page);
  // A locality: England on, Wiltshire off.
  await tabTo(page, '#area-E92000001');
  await page.keyboard.press('Space');
  await tabTo(page, '#area-E06000054');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.getElementById('area-E92000001').checked && !document.getElementById('area-E06000054').checked);
  // The indicator and the comparison period, by arrow keys on the selects.
  await tabTo(page, '#indicator-select');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.getElementById('indicator-select').selectedIndex === 1);
  await tabTo(page, '#comparison-period');
  const before = await page.locator('#comparison-period').inputValue();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((b) => document.getElementById('comparison-period').value !== b, before);
  // Read a value: focus the chart and step to a point; the live region announces it.
  await tabTo(page, '.chart__frame');
  await page.keyboard.press('ArrowRight');
  const said = await page.locator('.chart__live').first().textContent();
  assert.match(said, /\d/, `the chart announces a value: ${said}`);
  assert.match(new URL(page.url()).search, /theme=health-inequalities/);
  assert.deepEqual(errors, []);
  await context.close();
});
