// Reads the bundled data as the tests' oracle: the figure behind a tooltip, found from what the
// tooltip says (locality, period, status), must be the figure in data/.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './server.mjs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const STATUS = { actual: 'actual', projection: 'projection', plan: 'plan', target: 'target' };

export async function loadJson(file) {
  return JSON.parse(await readFile(path.join(ROOT, 'data', file), 'utf8'));
}

/** The period as written in data/ for a label shown in the page ("Mar 2024" → "2024-03"). */
export function periodKey(label) {
  const m = /^([A-Z][a-z]{2}) (\d{4})$/.exec(label);
  if (m) return `${m[2]}-${String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0')}`;
  return label;
}

/** Parses a title such as "Swindon, 2023 (actual)". */
export function parseTitle(title) {
  const m = /^(.*), (.+) \((actual|projection|plan|target)\)$/.exec(title.trim());
  if (!m) throw new Error(`unexpected tooltip title: ${title}`);
  return { locality: m[1], period: m[2], status: STATUS[m[3]] };
}

/** The number in a displayed value: "238,416 people" → 238416; "-£6.0m" → -6. */
export function displayedNumber(text) {
  const m = /(-?)£?([\d,]+(?:\.\d+)?)/.exec(text);
  if (!m) throw new Error(`no number in ${text}`);
  return Number(m[1] + m[2].replaceAll(',', ''));
}

/** The data value behind a tooltip. */
export async function valueFor({ theme, indicator, title }) {
  const areas = (await loadJson('areas.json')).areas;
  const data = await loadJson(`${theme}.json`);
  const { locality, period, status } = parseTitle(title);
  const area = areas.find((a) => a.short_name === locality);
  if (!area) throw new Error(`unknown locality ${locality}`);
  const key = periodKey(period);
  const point = data.series
    .filter((s) => s.indicator === indicator && s.area === area.code && s.status === status)
    .flatMap((s) => s.points)
    .find((p) => p.period === key);
  if (!point) throw new Error(`no ${indicator} ${area.code} ${key} ${status} in data`);
  const ind = data.indicators.find((i) => i.id === indicator);
  const decimals = ind.decimals ?? (ind.value_type === 'count' ? 0 : ind.value_type === 'ratio' ? 2 : 1);
  return { value: point.value, decimals };
}
