const { loadPage, text, tap, fire, tapTab } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request, page, login } = require('../../helpers/fixtures')

const many = (n, from) => Array.from({ length: n }, (_, i) => request({ id: `r${from + i}`, description: `故障${from + i}` }))

describe('pages/user/home/home.js', () => {
  test('shows the pending requests as cards on load', async () => {
    login()
    wx.__route('GET', '/api/requests', { data: page([request({ status: 'ASSIGNED', worker: { id: 'w1', name: '李师傅', phone: '13700000000' } })]) })
    const { comp } = loadPage('pages/user/home/home')
    await flush()
    const call = wx.__calls.find(c => c.url.includes('/api/requests?'))
    expect(call.url).toContain('status=PENDING_REVIEW,AWAITING_DISPATCH,ASSIGNED,IN_PROGRESS,AWAITING_RATING')
    expect(call.url).toContain('page=0')
    const card = comp.querySelector('#list >>> .item')
    expect(card.dom.textContent).toContain('水电维修')
    expect(text(card, '.status')).toBe('待接单')
    expect(card.dom.textContent).toContain('维修工 李师傅')
    expect(card.dom.textContent).toContain('待李师傅处理')
  })

  test('the past tab asks for closed, rejected and cancelled requests and shows an empty state', async () => {
    login()
    wx.__route('GET', '/api/requests', call => ({ data: page(call.url.includes('CLOSED') ? [] : [request()]) }))
    const { comp, page: p } = loadPage('pages/user/home/home')
    await flush()
    await tapTab(comp, '#list >>> #tabs', 1)
    await flush()
    expect(p.data.activeTab).toBe(1)
    expect(wx.__calls.pop().url).toContain('status=CLOSED,REJECTED,CANCELLED')
    expect(text(comp, '#list >>> .empty')).toContain('暂无报修记录')
  })

  test('loads the next page on reaching the bottom, and stops at the end', async () => {
    login()
    wx.__route('GET', '/api/requests', call => {
      const n = Number(/page=(\d+)/.exec(call.url)[1])
      return { data: page(n === 0 ? many(10, 0) : many(3, 10), 13, n) }
    })
    const { comp, page: p } = loadPage('pages/user/home/home')
    await flush()
    expect(p.data.items).toHaveLength(10)
    await p.onReachBottom()
    expect(p.data.items).toHaveLength(13)
    expect(p.data.finished).toBe(true)
    await p.onReachBottom()
    expect(wx.__calls.filter(c => c.url.includes('/api/requests?'))).toHaveLength(2)
    expect(text(comp, '#list >>> .state')).toBe('没有更多了')
  })

  test('a capped total does not stop the list: it goes on until a page comes back short', async () => {
    login()
    wx.__route('GET', '/api/requests', call => {
      const n = Number(/page=(\d+)/.exec(call.url)[1])
      return { data: Object.assign(page(n === 0 ? many(10, 0) : many(10, 10 * n), 10, n), { totalCapped: true }) }
    })
    const { page: p } = loadPage('pages/user/home/home')
    await flush()
    expect(p.data.finished).toBe(false)
    await p.onReachBottom()
    expect(p.data.items).toHaveLength(20)
    expect(p.data.finished).toBe(false)
  })

  test('pull-to-refresh reloads from the first page and stops the spinner', async () => {
    login()
    wx.__route('GET', '/api/requests', { data: page([request()]) })
    const { page: p } = loadPage('pages/user/home/home')
    await flush()
    await p.onPullDownRefresh()
    expect(wx.stopPullDownRefresh).toHaveBeenCalled()
    expect(wx.__calls.pop().url).toContain('page=0')
  })

  test('a failed load shows the error with a retry', async () => {
    login()
    wx.__route('GET', '/api/requests', { statusCode: 500, data: { status: 500, title: 'Internal Server Error' } })
    const { comp } = loadPage('pages/user/home/home')
    await flush()
    expect(text(comp, '#list >>> .state-error')).toContain('服务器开小差了，请稍后再试')
    expect(comp.querySelector('#list >>> #retry')).toBeDefined()
  })

  test('tapping a card opens its detail; 我要报修 opens the report form (hotline and profile are tabs)', async () => {
    login()
    wx.__route('GET', '/api/requests', { data: page([request({ id: 'r9' })]) })
    const { comp } = loadPage('pages/user/home/home')
    await flush()
    await tap(comp, '#list >>> .item >>> .card')
    await flush()
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/user/detail/detail?id=r9' })
    await tap(comp, '#go-report')
    expect(wx.navigateTo.mock.calls.map(c => c[0].url).slice(1)).toEqual(['/pages/user/report/report'])
  })
})
