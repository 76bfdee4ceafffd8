// The admin's numbers on the phone: the headline figures of a period and three small charts, from
// /api/stats. The full dashboard, the requests behind each number and the exports are at /console/.
// A skeleton until the first figures come, the error with 重试, pull down to read the period again.
const api = require('../../../services/api')
const charts = require('../../../utils/charts')
const { statusText } = require('../../../utils/status')

const PERIODS = [
  { key: 'week', title: '最近7天', days: 7 },
  { key: 'month', title: '最近30天', days: 30 },
  { key: 'quarter', title: '最近90天', days: 90 }
]

const pad = n => (n < 10 ? '0' : '') + n
const iso = d => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
const hours = minutes => (minutes == null ? '—' : (minutes / 60).toFixed(1) + '小时')
const percent = share => (share == null ? '—' : (share * 100).toFixed(0) + '%')

/**
 * A count axis from 0 in four whole steps: uCharts starts it at the smallest count (a bar of the
 * smallest is then not drawn) and splits it in five, which repeats or breaks labels under small counts.
 */
function countAxis(values) {
  const top = Math.max(4, ...values)
  return { min: 0, max: Math.ceil(top / 4) * 4 }
}

/** The days a period covers, ending today. */
function range(days, today) {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1))
  return { from: iso(start), to: iso(today) }
}

function figures(o) {
  return [
    { label: '收到报修', value: o.received },
    { label: '完成维修', value: o.finished },
    { label: '当前积压', value: o.backlog },
    { label: '完成用时中位数', value: hours(o.completion.medianMinutes) },
    { label: '时限内完成', value: percent(o.withinServiceLevel.share) },
    { label: '平均评分', value: o.rating.result == null ? '—' : o.rating.result.toFixed(1) },
    { label: '拒单', value: o.refusals },
    { label: '重复报修', value: o.repeats },
    { label: '报修最多的楼', value: o.worstBuilding ? o.worstBuilding.name : '—' }
  ]
}

Page({
  data: {
    periods: PERIODS.map(({ key, title }) => ({ key, title })),
    period: 'week',
    from: '',
    to: '',
    overview: null,
    figures: [],
    error: ''
  },

  onLoad() {
    return this.load('week')
  },

  choosePeriod(e) {
    return this.load(e.currentTarget.dataset.key)
  },

  retry() {
    return this.load(this.data.period)
  },

  onPullDownRefresh() {
    return this.load(this.data.period).then(() => wx.stopPullDownRefresh())
  },

  load(key) {
    const period = PERIODS.find(p => p.key === key) || PERIODS[0]
    const days = range(period.days, new Date())
    this.setData({ period: period.key, from: days.from, to: days.to, error: '' })
    const interval = period.days > 31 ? 'WEEK' : 'DAY'
    return Promise.all([
      api.getStats('overview', days),
      api.getStats('flow', Object.assign({ interval }, days)),
      api.getStats('backlog', days),
      api.getStats('categories', days)
    ]).then(([overview, flow, backlog, categories]) => {
      this.setData({ overview, figures: figures(overview) })
      return this.drawCharts(flow, backlog, categories)
    }).catch(err => this.setData({ error: err.message || '数据加载失败' }))
  },

  drawCharts(flow, backlog, categories) {
    return Promise.all([
      charts.draw(this, 'flow', {
        type: 'column',
        categories: flow.buckets.map(b => b.start.slice(5)),
        series: [
          { name: '收到', data: flow.buckets.map(b => b.received) },
          { name: '完成', data: flow.buckets.map(b => b.finished) }
        ],
        xAxis: { labelCount: 7 },
        yAxis: { data: [countAxis(flow.buckets.map(b => Math.max(b.received, b.finished)))], splitNumber: 4 },
        extra: { column: { type: 'group', width: 8 } }
      }),
      charts.draw(this, 'backlog', {
        type: 'ring',
        series: [{ data: backlog.byStatus.map(s => ({ name: statusText(s.status), value: s.count })) }],
        // In points: uCharts scales its own default title size twice.
        title: { name: String(backlog.total), fontSize: 20 },
        subtitle: { name: '积压', fontSize: 12 }
      }),
      charts.draw(this, 'categories', {
        type: 'bar',
        categories: categories.map(g => g.name),
        series: [{ name: '收到', data: categories.map(g => g.received) }],
        // A bar chart's counts run along its x axis.
        xAxis: Object.assign(countAxis(categories.map(g => g.received)), { splitNumber: 4, boundaryGap: 'justify' }),
        // uCharts reads extra.bar unasked: without it a bar chart stops with a TypeError, undrawn.
        extra: { bar: { type: 'group', width: 12 } }
      })
    ])
  }
})
