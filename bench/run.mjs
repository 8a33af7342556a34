// Performance benchmarks of the release build in headless Chromium (a script, not a test):
// bytes a first visit downloads (gzip), time from navigation to the first chart drawn, and time
// to redraw after changing locality (median and 95th percentile), for the bundled data and for
// a generated England-wide dataset (bench/generate.mjs); and the same chart drawn by Chart.js
// on a plain page, as a ratio. Prints Markdown (with date and machine) and checks the budgets.
//
//   make bench                 # builds, runs, and writes bench/RESULTS.md
//   node bench/run.mjs [runs]  # against the current dist/
import http from 'node:http';
import os from 'node:os';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, ROOT } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { generate } from './generate.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const REDRAWS = 40;
const BUDGET = { appKb: 300, redrawP95: 16, englandRatio: 3, chartjsRatio: 1 };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
// Level 9, as a static host precompresses (and as scripts/bench-size.sh reports).
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/**
 * When the static first view's chart was painted (its SVG's text carries
 * `elementtiming="first-chart"`), or null when the page had none (a link to another view).
 */
const staticChartPainted = () => new Promise((resolve) => {
  let done = false;
  const finish = (v) => { if (!done) { done = true; resolve(v); } };
  try {
    new PerformanceObserver((list) => {
      const e = list.getEntries().find((x) => x.identifier === 'first-chart');
      if (e) finish(e.renderTime || e.loadTime);
    }).observe({ type: 'element', buffered: true });
  } catch { /* no Element Timing: no static figure */ }
  setTimeout(() => finish(null), 200);
});

/**
 * One visit: first-visit bytes (gzip, by kind), time to the first chart on screen (the static
 * first view's, else the app's), time to the app's own chart drawn, redraw times.
 */
async function visit(browser, url, { redraws = 0 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (r) => {
    try { bodies.push({ url: r.url(), bytes: gz(await r.body()) }); } catch { /* redirects have no body */ }
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0, null, { timeout: 120000 });
  const drawn = await page.evaluate(() => performance.getEntriesByName('chart-drawn')[0].startTime);
  const painted = await page.evaluate(staticChartPainted);
  const first = painted === null ? drawn : Math.min(painted, drawn);
  await page.waitForLoadState('networkidle');
  let times = [];
  if (redraws > 0) {
    times = await page.evaluate(async (n) => {
      const box = document.getElementById('area-E06000054');
      const out = [];
      for (let i = 0; i < n; i += 1) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const before = performance.getEntriesByName('chart-drawn').length;
        const t0 = performance.now();
        box.click();
        await new Promise((resolve) => {
          const check = () => (performance.getEntriesByName('chart-drawn').length > before ? resolve() : setTimeout(check, 0));
          check();
        });
        out.push(performance.getEntriesByName('chart-drawn')[before].startTime - t0);
      }
      return out;
    }, redraws);
  }
  await context.close();
  return { first, drawn, times, bodies };
}

function kind(url) {
  if (url.endsWith('.wasm')) return 'wasm';
  if (url.endsWith('.js')) return 'js';
  if (url.endsWith('.css')) return 'css';
  if (url.endsWith('.json')) return 'data';
  return 'other';
}

async function measure(browser, url) {
  const firsts = [];
  const drawns = [];
  let times = [];
  let bytes = null;
  for (let i = 0; i < RUNS; i += 1) {
    const v = await visit(browser, url, { redraws: REDRAWS });
    firsts.push(v.first);
    drawns.push(v.drawn);
    times = times.concat(v.times.slice(2)); // the first redraws warm up
    if (!bytes) {
      bytes = {};
      for (const b of v.bodies) bytes[kind(b.url)] = (bytes[kind(b.url)] ?? 0) + b.bytes;
    }
  }
  return { first: median(firsts), drawn: median(drawns), redrawMedian: median(times), redrawP95: p95(times), bytes };
}

/** A static server for the Chart.js page (bench/, node_modules/chart.js, data/). */
async function referenceServer() {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = http.createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    const allowed = rel.startsWith('bench/') || rel.startsWith('node_modules/chart.js/') || rel.startsWith('data/');
    try {
      if (!allowed || rel.includes('..')) throw new Error('no');
      res.writeHead(200, { 'content-type': types[path.extname(rel)] ?? 'application/octet-stream' });
      res.end(await readFile(path.join(ROOT, rel)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  server.unref();
  return { url: `http://127.0.0.1:${server.address().port}/bench/chartjs.html`, close: () => server.close() };
}

async function chartjs(browser) {
  const ref = await referenceServer();
  const firsts = [];
  const painted = [];
  let times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(ref.url);
    await page.waitForFunction(() => performance.getEntriesByName('chart-drawn').length > 0);
    firsts.push(await page.evaluate(() => performance.getEntriesByName('chart-drawn')[0].startTime));
    // The page shows nothing but the chart's canvas: its first contentful paint is the chart
    // on screen (comparable with the static view's painted chart).
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    painted.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
    const t = await page.evaluate(async (n) => {
      const out = [];
      for (let k = 0; k < n; k += 1) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        out.push(window.redraw());
      }
      return out;
    }, REDRAWS);
    times = times.concat(t.slice(2));
    await context.close();
  }
  ref.close();
  return { first: median(firsts), painted: median(painted), redrawMedian: median(times), redrawP95: p95(times) };
}

const ms = (v) => `${v.toFixed(1)} ms`;
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;

const browser = await launch();
const bundledServer = await startServer();
const generated = await generate();
const englandServer = await startServer({
  overrides: {
    'data/areas.json': { body: generated.areas },
    'data/population.json': { body: generated.theme },
  },
});
const bundled = await measure(browser, bundledServer.url);
const england = await measure(browser, englandServer.url);
const reference = await chartjs(browser);
await browser.close();
await bundledServer.close();
await englandServer.close();

const app = (bundled.bytes.wasm ?? 0) + (bundled.bytes.js ?? 0) + (bundled.bytes.css ?? 0);
const total = Object.values(bundled.bytes).reduce((a, b) => a + b, 0);
const englandTotal = Object.values(england.bytes).reduce((a, b) => a + b, 0);
let chromium = 'unknown';
try { chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { /* not found */ }
const budgets = [
  // Met only under the stricter reading of "KB" (1,000 bytes), so that it holds under either.
  ['App code (wasm + JS + CSS), gzip', `${kb(app)} (${app.toLocaleString('en-GB')} bytes)`, `≤ ${BUDGET.appKb} KB, read as ${(BUDGET.appKb * 1000).toLocaleString('en-GB')} bytes`, app <= BUDGET.appKb * 1000],
  ['Redraw after changing locality, p95 (bundled data)', ms(bundled.redrawP95), `≤ ${BUDGET.redrawP95} ms`, bundled.redrawP95 <= BUDGET.redrawP95],
  ['First chart on screen ÷ Chart.js\'s, both as painted (bundled data)', `${(bundled.first / reference.painted).toFixed(2)}`, `≤ ${BUDGET.chartjsRatio.toFixed(1)}`, bundled.first <= BUDGET.chartjsRatio * reference.painted],
  // The static first view is built from the bundled data, so the England-wide case compares the
  // app's own drawing with the app's own drawing.
  ['England-wide app chart drawn ÷ bundled app chart drawn', `${(england.drawn / bundled.drawn).toFixed(2)}×`, `≤ ${BUDGET.englandRatio}×`, england.drawn <= BUDGET.englandRatio * bundled.drawn],
];
const lines = [
  '# Benchmark results',
  '',
  `Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`bench/run.mjs\`, ${RUNS} visits each, ${REDRAWS - 2} redraws per visit (after 2 warm-up), medians over visits.`,
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.type()} ${os.release()}; ${chromium} (headless); Node ${process.version}.`,
  '',
  '| measure | bundled data | England-wide (generated) | Chart.js, same chart |',
  '|---|---|---|---|',
  `| first visit downloads (gzip) | ${kb(total)} (wasm ${kb(bundled.bytes.wasm ?? 0)}, JS ${kb(bundled.bytes.js ?? 0)}, CSS ${kb(bundled.bytes.css ?? 0)}, data ${kb(bundled.bytes.data ?? 0)}) | ${kb(englandTotal)} (data ${kb(england.bytes.data ?? 0)}) | |`,
  `| navigation to first chart on screen (painted) | ${ms(bundled.first)} (static first view) | not measured: the static view shows the bundled data | ${ms(reference.painted)} (ratio ${(bundled.first / reference.painted).toFixed(2)}) |`,
  `| navigation to the chart drawn by script (drawing done, before its paint) | ${ms(bundled.drawn)} (the app's own) | ${ms(england.drawn)} | ${ms(reference.first)} (ratio ${(bundled.drawn / reference.first).toFixed(2)}) |`,
  `| redraw after changing locality, median | ${ms(bundled.redrawMedian)} | ${ms(england.redrawMedian)} | ${ms(reference.redrawMedian)} (ratio ${(bundled.redrawMedian / Math.max(reference.redrawMedian, 0.01)).toFixed(2)}) |`,
  `| redraw after changing locality, p95 | ${ms(bundled.redrawP95)} | ${ms(england.redrawP95)} | ${ms(reference.redrawP95)} (ratio ${(bundled.redrawP95 / Math.max(reference.redrawP95, 0.01)).toFixed(2)}) |`,
  '',
  `England-wide dataset: ${generated.counts.areas} areas × ${generated.counts.indicators} indicators × ${generated.counts.years} years = ${generated.counts.points.toLocaleString('en-GB')} synthetic figures (${(generated.theme.length / 1e6).toFixed(1)} MB of JSON), served in place of data/population.json.`,
  'The explorer\'s redraw includes the reactive update of the page (legend, table, summary) as well as the canvas; Chart.js\'s is the canvas update alone.',
  '',
  'What these figures mean, what was changed to reach them and what is still to do: `docs/performance.md`.',
  '',
  '## Budgets',
  '',
  '| budget | measured | limit | met |',
  '|---|---|---|---|',
  ...budgets.map(([name, got, limit, ok]) => `| ${name} | ${got} | ${limit} | ${ok ? 'yes' : '**no**'} |`),
  '',
];
console.log(lines.join('\n'));
