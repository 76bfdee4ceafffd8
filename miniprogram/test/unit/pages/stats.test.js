// The admin's statistics page: headline figures and three charts of a period from /api/stats.
const { loadPage, text, tap } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { login } = require('../../helpers/fixtures')

// The canvas is WeChat's, which the simulator has not: the charts module is replaced by a recorder
// of what the page asks it to draw (utils/charts is tested below with uCharts' constructor recorded).
jest.mock('../../../utils/charts', () => ({
  draw: jest.fn((page, id, options) => {
    global.__drawn.push({ id, options })
    return Promise.resolve({})
  })
}))

const spread = (median, p90) => ({ count: 2, medianMinutes: median, p90Minutes: p90 })
const overview = over => Object.assign({
  period: { from: '2026-11-24', to: '2026-11-30' }, received: 12, finished: 9, rejected: 1, cancelled: 0, backlog: 4,
  completion: spread(150, 600), withinServiceLevel: { total: 8, onTime: 6, share: 0.75 },
  rating: { count: 5, result: 4.4, efficiency: 4.2 }, refusals: 2, repeats: 1,
  worstBuilding: { id: 'b1', name: '7号楼', count: 5 }, busiestWorker: { id: 'w1', name: '王师傅', count: 4 }
}, over)

function routes(received = 12) {
  wx.__route('GET', '/api/stats/overview', { data: overview({ received }) })
  wx.__route('GET', '/api/stats/flow', { data: { interval: 'DAY', buckets: [
    { start: '2026-11-29', received: 3, finished: 1 }, { start: '2026-11-30', received: 2, finished: 4 }] } })
  wx.__route('GET', '/api/stats/backlog', { data: { total: 4, byStatus: [
    { status: 'AWAITING_DISPATCH', count: 3 }, { status: 'IN_PROGRESS', count: 1 }], trend: [] } })
  wx.__route('GET', '/api/stats/categories', { data: [
    { id: 'WATER_ELECTRIC', name: '水电', received: 7, finished: 5, backlog: 2, rating: { count: 3, result: 4.5, efficiency: 4 } }] })
}

describe('pages/admin/stats/stats.js', () => {
  beforeEach(() => {
    global.__drawn = []
    login({ id: 'a1', role: 'ADMIN', name: '管理员', phone: '13800000000' })
  })

  test('shows the headline figures of the last 7 days', async () => {
    routes()
    const { comp } = loadPage('pages/admin/stats/stats')
    await flush(6)
    const figures = comp.querySelectorAll('.figure').map(node => node.dom.textContent.replace(/\s+/g, ''))
    expect(figures).toEqual(['12收到报修', '9完成维修', '4当前积压', '2.5小时完成用时中位数', '75%时限内完成',
      '4.4平均评分', '2拒单', '1重复报修', '7号楼报修最多的楼'])
    const overviewCall = wx.__calls.find(c => c.url.includes('/api/stats/overview'))
    expect(overviewCall.url).toMatch(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/)
    expect(overviewCall.header.Authorization).toMatch(/^Bearer /)
  })

  test('draws the day-by-day columns, the backlog ring in status words, and the categories', async () => {
    routes()
    loadPage('pages/admin/stats/stats')
    await flush(6)
    const drawn = Object.fromEntries(global.__drawn.map(d => [d.id, d.options]))
    expect(drawn.flow.type).toBe('column')
    expect(drawn.flow.categories).toEqual(['11-29', '11-30'])
    expect(drawn.flow.series).toEqual([{ name: '收到', data: [3, 2] }, { name: '完成', data: [1, 4] }])
    expect(drawn.backlog.series[0].data).toEqual([{ name: '待派工', value: 3 }, { name: '维修中', value: 1 }])
    expect(drawn.categories.categories).toEqual(['水电'])
    // Counts from 0 in four whole steps: the smallest bar is drawn, no label repeats.
    expect(drawn.flow.yAxis).toEqual({ data: [{ min: 0, max: 4 }], splitNumber: 4 })
    expect(drawn.categories.xAxis).toEqual(expect.objectContaining({ min: 0, max: 8, splitNumber: 4 }))
  })

  test('a longer period asks again, by weeks', async () => {
    routes()
    const { comp } = loadPage('pages/admin/stats/stats')
    await flush(6)
    wx.__calls.length = 0
    await tap(comp, '#period-quarter')
    await flush(6)
    const flow = wx.__calls.find(c => c.url.includes('/api/stats/flow'))
    expect(flow.url).toContain('interval=WEEK')
    expect(comp.querySelector('#period-quarter').dom.className).toContain('filter-active')
    expect(comp.querySelector('#period-week').dom.className).not.toContain('filter-active')
  })

  test('a refusal shows its reason instead of figures', async () => {
    routes()
    wx.__route('GET', '/api/stats/overview', { statusCode: 403, data: { type: 'about:blank', title: 'Forbidden', status: 403,
      detail: '当前账号无权进行此操作' }, header: { 'Content-Type': 'application/problem+json' } })
    const { comp } = loadPage('pages/admin/stats/stats')
    await flush(6)
    expect(text(comp, '#error')).toContain('无权')
    expect(comp.querySelectorAll('.figure')).toHaveLength(0)
  })

  test('a skeleton until the figures come; a failure offers 重试, which reads the period again', async () => {
    routes()
    wx.__route('GET', '/api/stats/overview', { networkError: true })
    const { comp } = loadPage('pages/admin/stats/stats')
    expect(comp.querySelector('#skeleton')).toBeTruthy()
    await flush(6)
    expect(comp.querySelector('#skeleton')).toBeUndefined()
    expect(text(comp, '#error')).toContain('重试')
    expect(comp.querySelector('#flow')).toBeUndefined()
    routes(15)
    await tap(comp, '#retry')
    await flush(6)
    expect(comp.querySelector('#error')).toBeUndefined()
    expect(text(comp, '#figure-0')).toBe('15收到报修')
    expect(global.__drawn.map(d => d.id)).toEqual(['flow', 'backlog', 'categories'])
  })
})

describe('utils/charts.js', () => {
  test('uCharts draws the columns on the 2d canvas, sized for the screen', async () => {
    jest.resetModules()
    jest.unmock('../../../utils/charts')
    const texts = []
    const fonts = []
    // A 2d context (with WeChat's setters) that records what is written, and at which font size, and
    // measures text roughly as a phone would.
    const context = new Proxy({}, {
      get: (target, name) => {
        if (name in target) return target[name]
        if (name === 'measureText') return text => ({ width: String(text).length * 12 })
        if (name === 'fillText') return text => texts.push(String(text))
        if (name === 'setFontSize') return size => fonts.push(size)
        return () => {}
      },
      set: (target, name, value) => { target[name] = value; return true }
    })
    const canvas = { getContext: kind => (kind === '2d' ? context : null) }
    wx.getWindowInfo = () => ({ pixelRatio: 2 })
    wx.createSelectorQuery = () => {
      const query = { in: () => query, select: () => query, fields: () => query, exec: cb => cb([{ node: canvas, width: 300, height: 200 }]) }
      return query
    }
    const charts = require('../../../utils/charts')
    const chart = await charts.draw({}, 'flow', {
      type: 'column', animation: false, categories: ['11-29', '11-30'],
      series: [{ name: '收到', data: [3, 2] }, { name: '完成', data: [1, 4] }],
      extra: { column: { type: 'group', width: 8 } }
    })
    await new Promise(resolve => chart.addEventListener('renderComplete', resolve))
    expect(canvas.width).toBe(600)
    expect(chart.opts.width).toBe(600)
    expect(texts).toEqual(expect.arrayContaining(['11-29', '11-30', '收到', '完成']))
    // 11 pt labels on a 2× screen: uCharts scales the sizes given in points once, not twice.
    expect([...new Set(fonts)]).toEqual([22])
  })
})

describe('pages/admin/stats/stats.js with uCharts', () => {
  test('every chart the page asks for is drawn to the end by the real uCharts', async () => {
    jest.unmock('../../../utils/charts')
    const texts = []
    const context = new Proxy({}, {
      get: (target, name) => {
        if (name in target) return target[name]
        if (name === 'measureText') return text => ({ width: String(text).length * 12 })
        if (name === 'fillText') return text => texts.push(String(text))
        return () => {}
      },
      set: (target, name, value) => { target[name] = value; return true }
    })
    wx.getWindowInfo = () => ({ pixelRatio: 2 })
    wx.createSelectorQuery = () => {
      const query = { in: () => query, select: () => query, fields: () => query,
        exec: cb => cb([{ node: { getContext: () => context }, width: 300, height: 200 }]) }
      return query
    }
    login({ id: 'a1', role: 'ADMIN', name: '管理员', phone: '13800000000' })
    routes()
    const { comp } = loadPage('pages/admin/stats/stats')
    await flush(6)
    // uCharts draws after a frame (animation: 1 s); a chart that stopped on an error turns the page to its error.
    await new Promise(resolve => setTimeout(resolve, 1200))
    expect(comp.querySelector('#error')).toBeUndefined()
    expect(texts).toEqual(expect.arrayContaining(['11-29', '积压', '水电']))
  })
})

describe('pages/common/profile/profile.js', () => {
  test('an admin finds the statistics in the personal centre; others do not', async () => {
    wx.__route('GET', '/api/me', { data: { id: 'a1', phone: '13800000000', name: '管理员', role: 'ADMIN', specialties: [], hasPassword: true } })
    const { comp } = loadPage('pages/common/profile/profile')
    await flush()
    await tap(comp, '#stats')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/admin/stats/stats' })
    login({ role: 'USER' })
    wx.__route('GET', '/api/me', { data: { id: 'u1', phone: '13900000000', name: '张三', role: 'USER', specialties: [], hasPassword: true } })
    const other = loadPage('pages/common/profile/profile').comp
    await flush()
    expect(other.querySelector('#stats')).toBeFalsy()
  })
})
