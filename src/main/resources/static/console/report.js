// One month on one printed page: totals, two charts, the top categories and buildings, and the
// workers' table. The browser's print (or "save as PDF") makes the document.
'use strict';

const $ = id => document.getElementById(id);

function monthDays(month) {
  const [y, m] = month.split('-').map(Number);
  return [month + '-01', Console.iso(new Date(y, m, 0))];
}

function rows(tableId, items, cells) {
  document.querySelector('#' + tableId + ' tbody').replaceChildren(...items.map(item => {
    const tr = document.createElement('tr');
    cells(item).forEach(value => { const td = document.createElement('td'); td.textContent = value == null ? '' : value; tr.appendChild(td); });
    return tr;
  }));
}

const score = rating => rating.result == null ? '—' : rating.result.toFixed(2);

async function draw(month) {
  const [from, to] = monthDays(month);
  const q = 'from=' + from + '&to=' + to;
  const [overview, flow, categories, buildings, workers, backlog] = await Promise.all(
    ['overview', 'flow', 'categories', 'buildings', 'workers', 'backlog'].map(p => Console.get('/api/stats/' + p + '?' + q)));
  $('title').textContent = '后勤报修月报 · ' + month.replace('-', ' 年 ') + ' 月';
  const totals = [
    ['收到报修', overview.received], ['完成维修', overview.finished], ['月末积压', backlog.trend.length ? backlog.trend[backlog.trend.length - 1].count : overview.backlog],
    ['驳回 / 取消', overview.rejected + ' / ' + overview.cancelled],
    ['完成用时中位数（小时）', Console.hours(overview.completion.medianMinutes)], ['90% 完成用时（小时）', Console.hours(overview.completion.p90Minutes)],
    ['时限内完成', Console.percent(overview.withinServiceLevel.share)], ['平均评分', score(overview.rating)],
    ['拒单', overview.refusals], ['重复报修', overview.repeats],
    ['报修最多的楼', overview.worstBuilding ? overview.worstBuilding.name : '—'], ['完成最多的维修工', overview.busiestWorker ? overview.busiestWorker.name : '—']
  ];
  $('totals').replaceChildren(...totals.map(([label, value]) => {
    const div = document.createElement('div');
    const b = document.createElement('b');
    b.textContent = value;
    const span = document.createElement('span');
    span.textContent = label;
    div.append(b, span);
    return div;
  }));
  echarts.init($('chart-days'), null, { renderer: 'svg' }).setOption({
    animation: false, legend: { top: 0 }, grid: { left: 30, right: 10, top: 24, bottom: 20 },
    xAxis: { type: 'category', data: flow.buckets.map(b => b.start.slice(8)) }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: '收到', type: 'bar', data: flow.buckets.map(b => b.received) }, { name: '完成', type: 'bar', data: flow.buckets.map(b => b.finished) }]
  });
  echarts.init($('chart-categories'), null, { renderer: 'svg' }).setOption({
    animation: false, tooltip: {},
    series: [{ type: 'pie', radius: '65%', data: categories.map(g => ({ name: g.name, value: g.received })) }]
  });
  rows('top-categories', categories.slice(0, 5), g => [g.name, g.received, g.finished, score(g.rating)]);
  rows('top-buildings', buildings.slice(0, 5), g => [g.name, g.received, g.backlog, score(g.rating)]);
  rows('workers', workers, w => [w.name, w.assigned, w.finished, w.refused, w.load, score(w.rating), Console.hours(w.repair.medianMinutes)]);
  document.body.dataset.month = month;
  $('status').textContent = '';
}

function start() {
  if (!Console.token()) {
    location.href = './';
    return;
  }
  const params = new URLSearchParams(location.search);
  const last = new Date();
  last.setDate(0);
  const month = /^\d{4}-\d{2}$/.test(params.get('month') || '') ? params.get('month') : Console.iso(last).slice(0, 7);
  $('month').value = month;
  draw(month).catch(error => { $('status').textContent = error.message; });
}

$('month').addEventListener('change', () => {
  history.replaceState(null, '', '?month=' + $('month').value);
  start();
});
$('print').addEventListener('click', () => window.print());

start();
