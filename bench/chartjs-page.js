// The explorer's first chart (total population, BSW and its three places, estimates solid and
// projections dashed) drawn by Chart.js with animation off, for bench/run.mjs to compare with.
const AREAS = ['E54000040', 'E06000022', 'E06000030', 'E06000054'];
const COLOURS = ['#12436D', '#28A197', '#801650', '#F46A25'];
const data = await (await fetch('/data/population.json')).json();
const years = new Set();
const datasets = [];
AREAS.forEach((area, i) => {
  for (const s of data.series.filter((x) => x.indicator === 'population-total' && x.area === area)) {
    s.points.forEach((p) => years.add(p.period));
    datasets.push({
      label: `${area} ${s.status}`,
      data: s.points.map((p) => ({ x: p.period, y: p.value })),
      borderColor: COLOURS[i],
      borderDash: s.status === 'actual' ? [] : [6, 4],
      pointRadius: 2,
    });
  }
});
const labels = [...years].sort();
const chart = new Chart(document.getElementById('chart'), {
  type: 'line',
  data: { labels, datasets },
  options: { animation: false, responsive: true, maintainAspectRatio: false, parsing: { xAxisKey: 'x', yAxisKey: 'y' } },
});
performance.mark('chart-drawn');
// Redraw after hiding or showing one locality (Wiltshire's lines), as a user would.
window.redraw = () => {
  const t0 = performance.now();
  datasets.forEach((d, i) => {
    if (d.label.startsWith('E06000054')) chart.setDatasetVisibility(i, !chart.isDatasetVisible(i));
  });
  chart.update('none');
  return performance.now() - t0;
};
