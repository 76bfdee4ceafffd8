// The office's dashboard: the period and filters live in the address (a bookmark keeps the view),
// every chart is drawn by ECharts from /api/stats, and a click on a bar lists the requests behind it.
'use strict';

const $ = id => document.getElementById(id);
const FILTERS = ['category', 'buildingId', 'workerId'];
const charts = {};
let drill = null;
let drillPage = 0;
/** Counts the redraws, so a reader (or a test) can tell the charts show the latest period. */
let draws = 0;

function readAddress() {
  const params = new URLSearchParams(location.search);
  const hasDays = params.get('from') && params.get('to');
  const period = params.get('period') || (hasDays ? 'custom' : 'last-week');
  const [from, to] = period === 'custom' && hasDays ? [params.get('from'), params.get('to')] : Console.periodDays(period);
  const state = { period, from, to };
  FILTERS.forEach(name => { state[name] = params.get(name) || ''; });
  return state;
}

function writeAddress(state) {
  const params = new URLSearchParams();
  params.set('period', state.period);
  if (state.period === 'custom') { params.set('from', state.from); params.set('to', state.to); }
  FILTERS.forEach(name => { if (state[name]) params.set(name, state[name]); });
  history.replaceState(null, '', '?' + params.toString());
}

function query(state, extra = {}) {
  const params = new URLSearchParams({ from: state.from, to: state.to });
  FILTERS.forEach(name => { if (state[name]) params.set(name, state[name]); });
  Object.entries(extra).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') params.set(k, v); });
  return params.toString();
}

function chart(id) {
  if (!charts[id]) {
    charts[id] = echarts.init($(id));
    window.addEventListener('resize', () => charts[id].resize());
  }
  return charts[id];
}

function bars(id, labels, series, onClick, horizontal = false) {
  const c = chart(id);
  const category = { type: 'category', data: labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : (labels.length > 12 ? 45 : 0) } };
  c.setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 10, right: 20, top: 30, bottom: 10, containLabel: true },
    xAxis: horizontal ? { type: 'value' } : category,
    yAxis: horizontal ? Object.assign(category, { inverse: true }) : { type: 'value', minInterval: 1 },
    series: series.map(s => Object.assign({ type: 'bar', barMaxWidth: 28 }, s))
  }, true);
  c.off('click');
  if (onClick) c.on('click', onClick);
}

function card(label, value, note, onClick) {
  const div = document.createElement('div');
  div.className = 'kpi';
  div.innerHTML = '<div class="label"></div><div class="value"></div><div class="note"></div>';
  div.querySelector('.label').textContent = label;
  div.querySelector('.value').textContent = value;
  div.querySelector('.note').textContent = note || '';
  if (onClick) div.addEventListener('click', onClick);
  return div;
}

async function draw(state) {
  $('status').textContent = '正在读取 ' + state.from + ' 至 ' + state.to + ' 的数据…';
  const q = query(state);
  const [overview, flow, backlog, durations, categories, buildings, workers, refusals] = await Promise.all(
    ['overview', 'flow?interval=' + (dayCount(state) > 62 ? 'WEEK' : 'DAY'), 'backlog', 'durations', 'categories',
      'buildings', 'workers', 'refusals']
      .map(path => Console.get('/api/stats/' + path + (path.includes('?') ? '&' : '?') + q)));

  const cards = $('cards');
  cards.replaceChildren(
    card('收到报修', overview.received, state.from + ' 至 ' + state.to, () => openDrill(state, 'RECEIVED', '收到的报修')),
    card('完成维修', overview.finished, '驳回 ' + overview.rejected + '，取消 ' + overview.cancelled, () => openDrill(state, 'FINISHED', '完成的维修')),
    card('当前积压', overview.backlog, '尚未修好的报修', () => openDrill(state, 'BACKLOG', '当前积压')),
    card('完成用时（中位数）', Console.hours(overview.completion.medianMinutes) + ' 小时', '90% 在 ' + Console.hours(overview.completion.p90Minutes) + ' 小时内'),
    card('时限内完成', Console.percent(overview.withinServiceLevel.share), '共 ' + overview.withinServiceLevel.total + ' 单有时限'),
    card('平均评分', overview.rating.result == null ? '—' : overview.rating.result.toFixed(2), '效率 ' + (overview.rating.efficiency == null ? '—' : overview.rating.efficiency.toFixed(2)) + '，' + overview.rating.count + ' 单', () => openDrill(state, 'RATED', '已评价的报修')),
    card('拒单', overview.refusals, '维修工放弃的任务', () => openDrill(state, 'REFUSED', '被拒单的报修')),
    card('重复报修', overview.repeats, '同一房间同类 30 天内再报', () => openDrill(state, 'REPEAT', '重复报修')),
    card('报修最多的楼', overview.worstBuilding ? overview.worstBuilding.name : '—', overview.worstBuilding ? overview.worstBuilding.count + ' 单' : '',
      overview.worstBuilding ? () => openDrill(Object.assign({}, state, { buildingId: overview.worstBuilding.id }), 'RECEIVED', overview.worstBuilding.name + ' 的报修') : null),
    card('完成最多的维修工', overview.busiestWorker ? overview.busiestWorker.name : '—', overview.busiestWorker ? '完成 ' + overview.busiestWorker.count + ' 单' : '',
      overview.busiestWorker ? () => openDrill(Object.assign({}, state, { workerId: overview.busiestWorker.id }), 'FINISHED', overview.busiestWorker.name + ' 完成的维修') : null));

  const buckets = flow.buckets;
  const span = b => flow.interval === 'WEEK' ? [b.start, Console.iso(new Date(new Date(b.start + 'T00:00').getTime() + 6 * 864e5))] : [b.start, b.start];
  bars('chart-flow', buckets.map(b => b.start.slice(5) + (flow.interval === 'WEEK' ? ' 周' : '')), [
    { name: '收到', data: buckets.map(b => b.received) },
    { name: '完成', data: buckets.map(b => b.finished) }
  ], e => {
    const [from, to] = span(buckets[e.dataIndex]);
    const measure = e.seriesIndex === 0 ? 'RECEIVED' : 'FINISHED';
    openDrill(Object.assign({}, state, { from, to }), measure, from + (from === to ? '' : ' 至 ' + to) + (measure === 'RECEIVED' ? ' 收到' : ' 完成') + '的报修');
  });

  const trend = chart('chart-backlog');
  trend.setOption({
    tooltip: { trigger: 'axis' }, grid: { left: 40, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: backlog.trend.map(d => d.day.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: '积压', type: 'line', areaStyle: {}, data: backlog.trend.map(d => d.count) }]
  }, true);

  bars('chart-status', backlog.byStatus.map(s => Console.statusText(s.status)), [{ name: '报修单', data: backlog.byStatus.map(s => s.count) }],
    e => openDrill(state, 'BACKLOG', '当前' + Console.statusText(backlog.byStatus[e.dataIndex].status), backlog.byStatus[e.dataIndex].status));

  const stages = [['审核', durations.review], ['派工', durations.dispatch], ['接单', durations.answer], ['报修到修好', durations.completion]];
  bars('chart-durations', stages.map(s => s[0]), [
    { name: '中位数', data: stages.map(s => s[1].medianMinutes == null ? null : +(s[1].medianMinutes / 60).toFixed(1)) },
    { name: '90%', data: stages.map(s => s[1].p90Minutes == null ? null : +(s[1].p90Minutes / 60).toFixed(1)) }
  ]);

  const c = chart('chart-categories');
  c.setOption({
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 40, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: categories.map(g => g.name) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 5 }],
    series: [
      { name: '收到', type: 'bar', barMaxWidth: 28, data: categories.map(g => g.received) },
      { name: '平均评分', type: 'line', yAxisIndex: 1, data: categories.map(g => g.rating.result) }
    ]
  }, true);
  c.off('click');
  c.on('click', e => openDrill(Object.assign({}, state, { category: categories[e.dataIndex].id }), 'RECEIVED', categories[e.dataIndex].name + ' 类报修'));

  const top = buildings.slice(0, 10);
  bars('chart-buildings', top.map(g => g.name), [
    { name: '收到', data: top.map(g => g.received) }, { name: '积压', data: top.map(g => g.backlog) }
  ], e => openDrill(Object.assign({}, state, { buildingId: top[e.dataIndex].id || '' }), e.seriesIndex === 0 ? 'RECEIVED' : 'BACKLOG', top[e.dataIndex].name + (e.seriesIndex === 0 ? ' 收到的报修' : ' 的积压')), true);

  const shown = workers.slice(0, 15);
  bars('chart-workers', shown.map(w => w.name), [
    { name: '完成', data: shown.map(w => w.finished) }, { name: '手上任务', data: shown.map(w => w.load) }, { name: '拒单', data: shown.map(w => w.refused) }
  ], e => {
    const w = shown[e.dataIndex];
    const [measure, what] = [['FINISHED', '完成的维修'], ['BACKLOG', '手上的报修'], ['REFUSED', '拒单的报修']][e.seriesIndex];
    openDrill(Object.assign({}, state, { workerId: w.id }), measure, w.name + ' ' + what);
  });

  const pie = chart('chart-refusals');
  pie.setOption({
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: refusals.reasons.map(r => ({ name: r.reason, value: r.count })) }],
    graphic: refusals.total ? [] : [{ type: 'text', left: 'center', top: 'middle', style: { text: '本时段没有拒单', fill: '#8f959e' } }]
  }, true);
  pie.off('click');
  pie.on('click', () => openDrill(state, 'REFUSED', '被拒单的报修'));

  draws += 1;
  document.body.dataset.draws = draws;
  document.body.dataset.period = state.from + '/' + state.to;
  $('status').textContent = state.from + ' 至 ' + state.to + ' · 点击图表中的柱子查看对应的报修单';
  $('report-link').href = 'report.html?month=' + state.from.slice(0, 7);
  if (!drill) openDrill(state, 'RECEIVED', '收到的报修');
}

const dayCount = state => Math.round((new Date(state.to) - new Date(state.from)) / 864e5) + 1;

function openDrill(state, measure, title, status) {
  drill = { state, measure, title, status };
  drillPage = 0;
  return loadDrill();
}

async function loadDrill() {
  const { state, measure, title, status } = drill;
  const page = await Console.get('/api/stats/requests?' + query(state, { measure, status, page: drillPage, size: 20 }));
  $('drill-title').textContent = title + '（' + page.total + ' 单）';
  const rows = page.items.map(r => {
    const tr = document.createElement('tr');
    [r.number, Console.statusText(r.status), r.categoryName || r.category, r.building, r.room, r.description, r.workerName,
      Console.time(r.createdAt), Console.time(r.finishedAt), r.ratingResult == null ? '' : r.ratingResult + ' / ' + r.ratingEfficiency]
      .forEach(value => { const td = document.createElement('td'); td.textContent = value == null ? '' : value; tr.appendChild(td); });
    return tr;
  });
  document.querySelector('#drill-table tbody').replaceChildren(...rows);
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  $('page-info').textContent = '第 ' + (drillPage + 1) + ' / ' + pages + ' 页';
  $('prev').disabled = drillPage === 0;
  $('next').disabled = drillPage + 1 >= pages;
  document.body.dataset.drill = measure + ':' + page.total;
  $('drill').scrollIntoView({ block: 'nearest' });
}

/** Downloads through fetch, since the API wants the admin's token in a header, not in a link. */
async function exportList(kind) {
  const { state, measure, status } = drill;
  const response = await Console.call('/api/stats/requests.' + kind + '?' + query(state, { measure, status }));
  const blob = await response.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = '报修单-' + state.from + '至' + state.to + '.' + kind;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

async function fillChoices() {
  const [categories, buildings, workers] = await Promise.all([
    Console.get('/api/categories?all=true'),
    Console.get('/api/places/buildings?size=100&includeRetired=true'),
    Console.get('/api/workers?size=100')
  ]);
  const add = (select, items) => items.forEach(([value, text]) => select.add(new Option(text, value)));
  add($('category'), categories.map(c => [c.code, c.name]));
  add($('buildingId'), buildings.items.map(b => [b.id, b.name]));
  add($('workerId'), workers.items.map(w => [w.id, w.name]));
}

function showFilters(state) {
  $('period').value = state.period;
  $('from').value = state.from;
  $('to').value = state.to;
  FILTERS.forEach(name => {
    const select = $(name);
    if (state[name] && ![...select.options].some(o => o.value === state[name])) select.add(new Option(state[name], state[name]));
    select.value = state[name];
  });
}

function failed(error) {
  if (error.status === 401) return start();
  $('status').textContent = error.message;
}

function redraw(state) {
  writeAddress(state);
  showFilters(state);
  drill = null;
  draw(state).catch(failed);
}

async function start() {
  if (!Console.token()) {
    $('dashboard').hidden = true;
    $('login').hidden = false;
    return;
  }
  $('login').hidden = true;
  $('dashboard').hidden = false;
  const state = readAddress();
  try {
    await fillChoices();
  } catch (error) {
    return failed(error);
  }
  redraw(state);
}

$('login-form').addEventListener('submit', async event => {
  event.preventDefault();
  $('login-error').textContent = '';
  try {
    await Console.login($('login-phone').value.trim(), $('login-password').value);
    start();
  } catch (error) {
    $('login-error').textContent = error.message;
  }
});

$('filters').addEventListener('change', event => {
  const state = readAddress();
  if (event.target.id === 'period') {
    state.period = event.target.value;
    if (state.period !== 'custom') [state.from, state.to] = Console.periodDays(state.period);
  } else if (event.target.id === 'from' || event.target.id === 'to') {
    state.period = 'custom';
    state.from = $('from').value || state.from;
    state.to = $('to').value || state.to;
  } else {
    state[event.target.id] = event.target.value;
  }
  redraw(state);
});

$('prev').addEventListener('click', () => { drillPage -= 1; loadDrill().catch(failed); });
$('next').addEventListener('click', () => { drillPage += 1; loadDrill().catch(failed); });
$('export-xlsx').addEventListener('click', () => exportList('xlsx').catch(failed));
$('export-csv').addEventListener('click', () => exportList('csv').catch(failed));
$('logout').addEventListener('click', async () => { await Console.logout(); start(); });

start();
