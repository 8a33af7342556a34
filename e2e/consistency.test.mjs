// One story on every view: for every indicator of every theme, what the cards or the statement
// say is in the table with the same status word, a chart is drawn whenever one is shown, and an
// indicator that is one figure (or two of different kinds) is a statement, not a chart with a dot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, waitForChart } from './browser.mjs';
import { loadJson } from './data-lookup.mjs';

const env = setup();

const THEMES = ['population', 'housing', 'health-inequalities', 'performance', 'finance-workforce'];

/** The rule, written again from the data: at most two figures, and not two of one line. */
function isStatement(data, id) {
  const series = data.series.filter((s) => s.indicator === id && s.points.length > 0);
  const count = series.reduce((n, s) => n + s.points.length, 0);
  return count > 0 && count <= 2 && !(series.length === 1 && count === 2);
}

/** The main table's rows as text, once it shows `title`. */
async function tableRows(page, title) {
  await page.waitForFunction((t) => document.querySelector('.table-toggle--main caption')?.textContent.startsWith(t), title);
  return page.locator('.table-toggle--main tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

test('for every indicator, the cards or the statement agree with the table, and one figure is a statement', async () => {
  const { page, context, errors } = await openPage(env.browser);
  let statements = 0;
  for (const theme of THEMES) {
    const data = await loadJson(`${theme}.json`);
    await page.goto(`${env.server.url}?theme=${theme}`);
    await waitForChart(page);
    const ids = await page.locator('#indicator-select option').evaluateAll((os) => os.map((o) => o.value));
    for (const id of ids) {
      const title = data.indicators.find((i) => i.id === id).title;
      await page.locator('#indicator-select').selectOption(id);
      await page.waitForFunction((t) => document.querySelector('h2.chart-title')?.textContent === t, title);
      const rows = await tableRows(page, title);
      const inTable = (value, period, status) =>
        rows.some((r) => r[0] === period && r[1].toLowerCase() === status && r.some((c) => c === value || c === `${value} (provisional)`));
      if (isStatement(data, id)) {
        statements += 1;
        await page.locator('section.statement').waitFor();
        assert.equal(await page.locator('.charted').isHidden(), true, `${id}: no chart beside a statement`);
        const figures = await page.locator('.statement__figure').evaluateAll((fs) =>
          fs.map((f) => [f.querySelector('.statement__value').textContent, f.querySelector('.statement__what').textContent]));
        const points = data.series.filter((s) => s.indicator === id).reduce((n, s) => n + s.points.length, 0);
        assert.equal(figures.length, points, id);
        for (const [value, what] of figures) {
          const [, period, status] = /, (.+) \((actual|projection|plan|target)\)$/.exec(what);
          assert.ok(inTable(value, period, status), `${id}: ${value} ${what} is in the table ${JSON.stringify(rows)}`);
          assert.match(await page.locator('.statement__source').first().textContent(), /^Source: .+\(.+\)/);
        }
      } else {
        assert.equal(await page.locator('section.statement').count(), 0, `${id}: a chart, not a statement`);
        await page.waitForFunction(() => Number(document.querySelector('.charted canvas.chart__canvas')?.dataset.points ?? 0) > 0);
        const cards = await page.locator('.card').evaluateAll((cs) =>
          cs.map((c) => [c.querySelector('.card__value').textContent.trim(), c.querySelector('.card__period').textContent.trim()]));
        for (const [value, periodText] of cards) {
          const m = /^(.+?)(?: \((projection|plan|target|provisional)\))?$/.exec(periodText);
          const status = m[2] && m[2] !== 'provisional' ? m[2] : 'actual';
          assert.ok(inTable(value, m[1], status), `${id}: card ${value} ${periodText} is in the table`);
        }
      }
    }
  }
  assert.ok(statements >= 25, `about 30 indicators are one or two figures (${statements})`);
  assert.deepEqual(errors, []);
  await context.close();
});
