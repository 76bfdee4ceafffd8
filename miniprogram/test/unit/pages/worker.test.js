const { loadPage, text, tap, type, click, tapTab } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request, page, login } = require('../../helpers/fixtures')

const asWorker = () => login({ id: 'w1', role: 'WORKER', name: '李师傅', phone: '13700001111' })
const ACTION_BUTTONS = ['refuse', 'accept', 'complete']
const shownButtons = comp => ACTION_BUTTONS.filter(id => comp.querySelector(`#${id}`))
const hoursAgo = h => new Date(Date.now() - h * 3600 * 1000).toISOString()

describe('pages/worker/tasks/tasks.js', () => {
  test('the three tabs ask for assigned, in-progress and done tasks', async () => {
    asWorker()
    wx.__route('GET', '/api/requests', { data: page([request({ status: 'ASSIGNED' })]) })
    const { comp } = loadPage('pages/worker/tasks/tasks')
    await flush()
    expect(wx.__calls[0].url).toContain('status=ASSIGNED&')
    expect(wx.__calls[0].url).toContain('&sort=due')
    expect(text(comp, '#list >>> .item >>> .card-party')).toBe('报修人 张三')
    await tapTab(comp, '#list >>> #tabs', 1)
    expect(wx.__calls[1].url).toContain('status=IN_PROGRESS,PENDING_APPROVAL,AWAITING_PARTS&')
    await tapTab(comp, '#list >>> #tabs', 2)
    expect(wx.__calls[2].url).toContain('status=AWAITING_RATING,PENDING_REVISIT,CLOSED&')
    await tap(comp, '#list >>> .item >>> .card')
    await flush()
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/worker/task/task?id=r1' })
  })
})

test('the worker\'s list shows when each task is due', async () => {
  asWorker()
  const dueAt = new Date(Date.now() + 2 * 3600 * 1000).toISOString()
  wx.__route('GET', '/api/requests', {
    data: page([request({ status: 'IN_PROGRESS', currentStep: { key: 'repair', name: '维修', since: hoursAgo(1), assignee: { id: 'w1', name: '李师傅' }, dueAt, overdue: false } })])
  })
  const { comp } = loadPage('pages/worker/tasks/tasks')
  await flush()
  const due = comp.querySelector('#list >>> .item >>> .card-due')
  expect(due.dom.textContent).toMatch(/^截止 (今天|明天) \d\d:\d\d$/)
  expect(due.dom.className).not.toContain('card-overdue')
})

describe('pages/worker/task/task.js', () => {
  const worker = { id: 'w1', name: '李师傅', phone: '13700001111' }
  const assigned = () => request({ status: 'ASSIGNED', worker, allowedActions: ['accept', 'refuse'] })

  test.each([
    ['nothing', [], []],
    ['accept and refuse', ['accept', 'refuse'], ['refuse', 'accept']],
    ['refuse only', ['refuse'], ['refuse']],
    ['complete', ['complete'], ['complete']],
    ['accept, refuse and an action this version does not know', ['accept', 'refuse', 'handOver'], ['refuse', 'accept']]
  ])('shows only the buttons allowedActions names: %s', async (_, allowedActions, shown) => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'ASSIGNED', worker, allowedActions }) })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    expect(shownButtons(comp)).toEqual(shown)
  })

  test('the task page shows the step it waits at; an unknown status reads as that step', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', {
      data: request({
        status: 'SURVEYING',
        worker,
        currentStep: { key: 'survey', name: '现场勘察', since: hoursAgo(3), assignee: { id: 'w1', name: '李师傅' } },
        allowedActions: ['complete', 'survey']
      })
    })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    expect(text(comp, '#info >>> .head')).toContain('现场勘察')
    expect(text(comp, '#info >>> .current-step')).toBe('当前环节：现场勘察 · 待你处理 · 3小时前')
    expect(shownButtons(comp)).toEqual(['complete'])
  })

  test('accepts an assigned task; the answer\'s allowedActions bring the complete button', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', { data: assigned() })
    wx.__route('POST', '/api/requests/r1/accept', { data: request({ status: 'IN_PROGRESS', worker, allowedActions: ['complete'] }) })
    const { comp, page: p } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    await tap(comp, '#accept')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/accept')).method).toBe('POST')
    expect(p.data.request.status).toBe('IN_PROGRESS')
    expect(shownButtons(comp)).toEqual(['complete'])
    expect(text(comp, '#info >>> .current-step')).toContain('当前环节：维修')
  })

  test('refusing needs a reason, then sends it', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', { data: assigned() })
    wx.__route('POST', '/api/requests/r1/refuse', { data: request({ status: 'AWAITING_DISPATCH', allowedActions: [] }) })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    await tap(comp, '#refuse')
    await tap(comp, '#refuse-submit')
    expect(text(comp, '#error-reason')).toBe('请填写拒单原因')
    expect(wx.__calls.some(c => c.url.endsWith('/refuse'))).toBe(false)
    await type(comp, '#reason', '缺少配件，今天无法上门')
    await tap(comp, '#refuse-submit')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/refuse')).data).toEqual({ category: 'OTHER', reason: '缺少配件，今天无法上门' })
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已退回，等待重新派工' }))
    expect(comp.querySelector('#reason')).toBeUndefined()
    expect(shownButtons(comp)).toEqual([])
  })

  test('completes a task in progress with a note', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'IN_PROGRESS', worker, allowedActions: ['complete'] }) })
    wx.__route('POST', '/api/requests/r1/complete', { data: request({ status: 'AWAITING_RATING', worker, allowedActions: [] }) })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    await tap(comp, '#complete')
    await type(comp, '#note', '更换了水龙头阀芯')
    await tap(comp, '#complete-submit')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/complete')).data).toEqual({ note: '更换了水龙头阀芯' })
    expect(comp.querySelector('#complete')).toBeUndefined()
  })

  test('one place to call the requester: the contact phone given with the request, else their own', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'IN_PROGRESS', contactPhone: '13600002222' }) })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    expect(comp.querySelectorAll('#info >>> #requester')).toHaveLength(1)
    expect(text(comp, '#info >>> #requester')).toContain('张三 13600002222')
    expect(text(comp, '#info >>> #requester')).not.toContain('13912345678')
    await click(comp, '#info >>> #requester')
    expect(wx.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13600002222' })

    wx.__route('GET', '/api/requests/r2', { data: request({ id: 'r2', status: 'IN_PROGRESS', contactPhone: null }) })
    const other = loadPage('pages/worker/task/task', { id: 'r2' }).comp
    await flush()
    await click(other, '#info >>> #requester')
    expect(wx.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '13912345678' })
  })

  test('a 409 (another state already) shows the message and reloads', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', { data: assigned() })
    wx.__route('POST', '/api/requests/r1/accept', { statusCode: 409, data: { status: 409, detail: '报修单已被重新派工' } })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    await tap(comp, '#accept')
    await flush()
    expect(wx.showModal.mock.calls[1][0].content).toBe('报修单已被重新派工')
    expect(wx.__calls.filter(c => c.url.endsWith('/api/requests/r1'))).toHaveLength(2)
  })

  test('an open refuse panel closes when the request read again no longer allows refusing', async () => {
    asWorker()
    wx.__route('GET', '/api/requests/r1', { data: assigned() })
    wx.__route('POST', '/api/requests/r1/refuse', { statusCode: 409, data: { status: 409, detail: '报修单已被重新派工' } })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush()
    await tap(comp, '#refuse')
    await type(comp, '#reason', '缺少配件')
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'ASSIGNED', worker: { id: 'w2', name: '王师傅' }, allowedActions: [] }) })
    await tap(comp, '#refuse-submit')
    await flush()
    expect(comp.querySelector('#reason')).toBeUndefined()
    expect(comp.querySelector('#refuse-submit')).toBeUndefined()
    expect(shownButtons(comp)).toEqual([])
  })
})
