const { loadPage, text, tap, type, fire, tapTab } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request, page, login, categories } = require('../../helpers/fixtures')

const asAdmin = () => login({ id: 'a1', role: 'ADMIN', name: '管理员', phone: '13800000000' })
const ACTION_BUTTONS = ['review', 'dispatch', 'revisit']
const shownButtons = comp => ACTION_BUTTONS.filter(id => comp.querySelector(`#${id}`))
const hoursAgo = h => new Date(Date.now() - h * 3600 * 1000).toISOString()

describe('pages/admin/requests/requests.js', () => {
  test('the tabs map to status groups, the work still to do most pressing first', async () => {
    asAdmin()
    // The page also reads the buildings for its filter.
    const lists = () => wx.__calls.filter(c => c.url.includes('/api/requests'))
    wx.__route('GET', '/api/requests', { data: page([request()]) })
    const { comp } = loadPage('pages/admin/requests/requests')
    await flush()
    expect(lists()[0].url).toContain('status=PENDING_REVIEW&')
    expect(lists()[0].url).toContain('&sort=due')
    await tapTab(comp, '#list >>> #tabs', 1)
    expect(lists()[1].url).toContain('status=AWAITING_DISPATCH&')
    await tapTab(comp, '#list >>> #tabs', 2)
    expect(lists()[2].url).toContain('status=PENDING_APPROVAL,AWAITING_OUTSOURCE&')
    expect(lists()[2].url).toContain('&sort=due')
    await tapTab(comp, '#list >>> #tabs', 3)
    expect(lists()[3].url).toContain('status=ASSIGNED,IN_PROGRESS,AWAITING_PARTS,OUTSOURCED&')
    expect(lists()[3].url).toContain('&sort=due')
    await tapTab(comp, '#list >>> #tabs', 4)
    expect(lists()[4].url).toContain('status=PENDING_REVISIT&')
    await tapTab(comp, '#list >>> #tabs', 5)
    expect(lists()[5].url).toContain('status=AWAITING_RATING,CLOSED,REJECTED,CANCELLED,MERGED&')
    expect(lists()[5].url).not.toContain('sort=')
    await tap(comp, '#go-staff')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/admin/staff/staff' })
  })

  test('urgent requests are marked, and an overdue one shows its due time in red', async () => {
    asAdmin()
    const dueAt = new Date(Date.now() - 10 * 60 * 1000).toISOString()
    wx.__route('GET', '/api/requests', {
      data: page([
        request({ id: 'r1', priority: 'URGENT', currentStep: { key: 'review', name: '审核报修', since: hoursAgo(1), assignee: null, dueAt, overdue: true } }),
        request({ id: 'r2', priority: 'NORMAL', currentStep: { key: 'review', name: '审核报修', since: hoursAgo(1), assignee: null, dueAt: null, overdue: false } })
      ])
    })
    const { comp } = loadPage('pages/admin/requests/requests')
    await flush()
    const cards = comp.querySelectorAll('#list >>> .item')
    expect(text(cards[0], '.card-urgent')).toBe('紧急')
    const due = cards[0].querySelector('.card-due')
    expect(due.dom.textContent).toMatch(/^截止 今天 \d\d:\d\d · 已超时$/)
    expect(due.dom.className).toContain('card-overdue')
    expect(cards[1].querySelector('.card-urgent')).toBeUndefined()
    expect(cards[1].querySelector('.card-due')).toBeUndefined()
  })
})

describe('pages/admin/request/request.js', () => {
  test.each([
    ['nothing', [], []],
    ['review', ['review'], ['review']],
    ['assign', ['assign'], ['dispatch']],
    ['assign and an action this version does not know', ['assign', 'escalate'], ['dispatch']],
    ['revisit', ['revisit'], ['revisit']]
  ])('shows only the buttons allowedActions names: %s', async (_, allowedActions, shown) => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'PENDING_REVIEW', allowedActions }) })
    const { comp } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush()
    expect(shownButtons(comp)).toEqual(shown)
    // the review note is in the popup the review button opens
    expect(comp.querySelector('#note')).toBeUndefined()
  })

  test('an unknown status reads as the current step, shown with when it started', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', {
      data: request({ status: 'AWAITING_APPROVAL', currentStep: { key: 'approve', name: '费用审批', since: hoursAgo(5), assignee: null }, allowedActions: [] })
    })
    const { comp } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush()
    expect(text(comp, '#info >>> .head')).toContain('费用审批')
    expect(text(comp, '#info >>> .current-step')).toBe('当前环节：费用审批 · 5小时前')
    expect(shownButtons(comp)).toEqual([])
  })

  test('accepts a request under review; the answer allows dispatch', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { data: request({ allowedActions: ['review'] }) })
    wx.__route('POST', '/api/requests/r1/review', { data: request({ status: 'AWAITING_DISPATCH', allowedActions: ['assign'] }) })
    const { comp, page: p } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush()
    expect(text(comp, '#info >>> .category')).toBe('水电维修')
    expect(text(comp, '#info >>> .current-step')).toContain('当前环节：审核报修 · 待你处理')
    await tap(comp, '#review')
    await tap(comp, '#accept')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/review')).data).toEqual({ decision: 'ACCEPT' })
    expect(p.data.request.status).toBe('AWAITING_DISPATCH')
    expect(shownButtons(comp)).toEqual(['dispatch'])
    expect(comp.querySelector('#accept')).toBeUndefined()
    await tap(comp, '#dispatch')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/admin/dispatch/dispatch?id=r1&specialty=WATER' })
  })

  test('rejecting needs a note and sends it', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { data: request({ allowedActions: ['review'] }) })
    wx.__route('POST', '/api/requests/r1/review', { data: request({ status: 'REJECTED', allowedActions: [] }) })
    const { comp } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush()
    await tap(comp, '#review')
    await tap(comp, '#reject')
    expect(text(comp, '#error-note')).toContain('驳回时请填写原因')
    expect(wx.showModal).not.toHaveBeenCalled()
    await type(comp, '#note', '不属于后勤维修范围')
    await tap(comp, '#reject')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/review')).data).toEqual({ decision: 'REJECT', note: '不属于后勤维修范围' })
    expect(shownButtons(comp)).toEqual([])
    expect(comp.querySelector('#note')).toBeUndefined()
  })
})

describe('pages/admin/dispatch/dispatch.js', () => {
  const workers = [
    { id: 'w1', name: '李师傅', phone: '13700001111', specialties: ['WATER'], activeTasks: 1, averageRating: 4.75, specialist: true },
    { id: 'w2', name: '王师傅', phone: '13700002222', specialties: ['NETWORK'], activeTasks: 0, averageRating: null, specialist: false }
  ]

  const assignable = () => request({ status: 'AWAITING_DISPATCH', allowedActions: ['assign'] })

  test('puts the request category\'s specialists first, shows load and rating, and assigns the chosen worker', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { data: assignable() })
    wx.__route('GET', '/api/categories', { data: categories })
    wx.__route('GET', '/api/workers', { data: { items: workers, page: 0, size: 100, total: 2 } })
    wx.__route('POST', '/api/requests/r1/assign', { data: request({ status: 'ASSIGNED', allowedActions: [] }) })
    const { comp, page: p } = loadPage('pages/admin/dispatch/dispatch', { id: 'r1', specialty: 'WATER' })
    await flush()
    const asked = wx.__calls.find(c => c.url.includes('/api/workers')).url
    expect(asked).toContain('category=WATER')
    expect(asked).not.toContain('specialty=')
    const rows = comp.querySelectorAll('.worker')
    expect(rows).toHaveLength(2)
    expect(rows[0].dom.textContent).toContain('李师傅')
    expect(rows[0].dom.textContent).toContain('137****1111')
    expect(rows[0].dom.textContent).toContain('进行中任务 1')
    expect(rows[0].dom.textContent).toContain('4.8 分')
    expect(rows[0].dom.textContent).toContain('专长')
    expect(rows[1].dom.textContent).not.toContain('专长')
    expect(rows[1].dom.textContent).toContain('网络故障')
    expect(rows[1].dom.textContent).toContain('暂无评分')

    await tap(comp, '#assign-w2')
    expect(wx.__calls.find(c => c.url.endsWith('/assign')).data).toEqual({ workerId: 'w2' })
    expect(wx.navigateBack).toHaveBeenCalled()
    expect(p.data.busy).toBe(false)
  })

  test('searching by name and changing the specialty query the workers again', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { data: assignable() })
    wx.__route('GET', '/api/categories', { data: categories })
    wx.__route('GET', '/api/workers', { data: [] })
    const { comp } = loadPage('pages/admin/dispatch/dispatch', { id: 'r1' })
    await flush()
    expect(text(comp, '.empty')).toBe('没有符合条件的维修工')
    await type(comp, '#q', '王')
    await fire(comp, '#specialty', 'change', { value: 2 })
    const last = wx.__calls.filter(c => c.url.includes('/api/workers')).pop()
    expect(last.url).toContain(`q=${encodeURIComponent('王')}`)
    expect(last.url).toContain('specialty=NETWORK')
  })

  test('a conflicting assignment (already assigned by another admin) is explained, and the list gives way', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { data: assignable() })
    wx.__route('GET', '/api/categories', { data: categories })
    wx.__route('GET', '/api/workers', { data: workers })
    wx.__route('POST', '/api/requests/r1/assign', { statusCode: 409, data: { status: 409, detail: '该报修单已被其他管理员派工' } })
    const { comp } = loadPage('pages/admin/dispatch/dispatch', { id: 'r1' })
    await flush()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'ASSIGNED', worker: { id: 'w2', name: '王师傅' }, allowedActions: [] }) })
    await tap(comp, '#assign-w1')
    await flush(5)
    expect(wx.showModal.mock.calls[1][0].content).toBe('该报修单已被其他管理员派工')
    expect(wx.navigateBack).not.toHaveBeenCalled()
    expect(comp.querySelectorAll('.worker')).toHaveLength(0)
    expect(text(comp, '#unavailable')).toContain('当前环节：维修工确认接单')
  })

  test('a request the server no longer lets this admin assign gets a message, and no worker is looked up', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', {
      data: request({ status: 'AWAITING_DISPATCH', currentStep: { key: 'survey', name: '现场勘察', since: '2024-05-01T09:00:00+08:00', assignee: null }, allowedActions: ['escalate'] })
    })
    wx.__route('GET', '/api/categories', { data: categories })
    wx.__route('GET', '/api/workers', { data: workers })
    const { comp } = loadPage('pages/admin/dispatch/dispatch', { id: 'r1', specialty: 'WATER' })
    await flush()
    expect(text(comp, '#unavailable')).toContain('这张报修单现在不能派工')
    expect(text(comp, '#unavailable')).toContain('当前环节：现场勘察')
    expect(comp.querySelector('#q')).toBeUndefined()
    expect(wx.__calls.some(c => c.url.includes('/api/workers'))).toBe(false)
  })

  test('a failed read of the request can be retried, and then the workers are looked up', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { statusCode: 500, data: { status: 500, title: 'Internal Server Error' } })
    wx.__route('GET', '/api/categories', { data: categories })
    wx.__route('GET', '/api/workers', { data: workers })
    const { comp } = loadPage('pages/admin/dispatch/dispatch', { id: 'r1' })
    await flush()
    expect(text(comp, '#load-error')).toContain('服务器开小差了，请稍后再试')
    expect(wx.__calls.some(c => c.url.includes('/api/workers'))).toBe(false)
    wx.__route('GET', '/api/requests/r1', { data: assignable() })
    await tap(comp, '#retry')
    await flush()
    expect(comp.querySelectorAll('.worker')).toHaveLength(2)
  })
})

describe('pages/admin/staff/staff.js', () => {
  test('adds a worker with specialties', async () => {
    asAdmin()
    wx.__route('GET', '/api/categories', { data: categories })
    wx.__route('POST', '/api/staff', { statusCode: 201, data: { id: 'w9', phone: '13700009999', name: '赵师傅', role: 'WORKER', specialties: ['WATER'] } })
    const { comp, page: p } = loadPage('pages/admin/staff/staff')
    await flush()
    await tap(comp, '#submit')
    expect(text(comp, '#error-phone')).toBe('请输入正确的11位手机号')
    expect(text(comp, '#error-name')).toBe('请填写姓名')
    expect(text(comp, '#error-specialties')).toBe('请至少选择一个工种')
    await type(comp, '#phone', '13700009999')
    await type(comp, '#name', '赵师傅')
    await fire(comp, '#specialties', 'change', { value: ['WATER'] })
    await tap(comp, '#submit')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/api/staff')).data).toEqual({ phone: '13700009999', name: '赵师傅', role: 'WORKER', specialties: ['WATER'] })
    expect(p.data.form.phone).toBe('')
  })

  test('adds an admin (no specialties) and shows a duplicate-phone error from the server', async () => {
    asAdmin()
    wx.__route('GET', '/api/categories', { data: categories })
    wx.__route('POST', '/api/staff', { statusCode: 409, data: { status: 409, detail: '该手机号已注册', errors: [{ field: 'phone', message: '该手机号已注册' }] } })
    const { comp } = loadPage('pages/admin/staff/staff')
    await flush()
    await type(comp, '#phone', '13700009999')
    await type(comp, '#name', '钱老师')
    await fire(comp, '#role', 'change', { value: 'ADMIN' })
    expect(comp.querySelector('#specialties')).toBeUndefined()
    await tap(comp, '#submit')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/api/staff')).data).toEqual({ phone: '13700009999', name: '钱老师', role: 'ADMIN' })
    expect(text(comp, '#error-phone')).toBe('该手机号已注册')
  })
})

describe('pages/admin/request/request.js revisit', () => {
  const poorlyRated = () => request({
    status: 'PENDING_REVISIT',
    rating: { result: 1, efficiency: 2, comment: '还在漏' },
    currentStep: { key: 'revisit', name: '回访', since: hoursAgo(1), assignee: null, dueAt: null, overdue: false },
    allowedActions: ['revisit']
  })

  test.each([
    ['CLOSE', '#revisit-close', 'CLOSED', [], '已结束'],
    ['REWORK', '#revisit-rework', 'AWAITING_DISPATCH', ['assign'], '已退回派工']
  ])('after the call the admin can %s, with the note typed', async (outcome, button, after, allowedActions, told) => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { data: poorlyRated() })
    wx.__route('POST', '/api/requests/r1/revisit', { data: request({ status: after, allowedActions }) })
    const { comp, page } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush()
    await tap(comp, '#revisit')
    await type(comp, '#revisit-note', '报修人说水龙头仍在滴水')
    wx.__answerModal({ confirm: true })
    await tap(comp, button)
    await flush()
    const call = wx.__calls.find(c => c.url.endsWith('/revisit'))
    expect(call.method).toBe('POST')
    expect(call.data).toEqual({ outcome, note: '报修人说水龙头仍在滴水' })
    expect(page.data.request.status).toBe(after)
    expect(comp.querySelector('#revisit-note')).toBeUndefined()
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: told }))
    expect(comp.querySelector('#dispatch') !== undefined).toBe(allowedActions.includes('assign'))
  })

  test('a note the server refuses is shown beside the field, and nothing else changes', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests/r1', { data: poorlyRated() })
    wx.__route('POST', '/api/requests/r1/revisit', {
      statusCode: 400,
      data: { status: 400, detail: '回访记录最多500个字', errors: [{ field: 'note', message: '回访记录最多500个字' }] }
    })
    const { comp, page } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush()
    await tap(comp, '#revisit')
    wx.__answerModal({ confirm: true })
    await tap(comp, '#revisit-close')
    await flush()
    expect(text(comp, '#error-revisit-note')).toBe('回访记录最多500个字')
    expect(page.data.request.status).toBe('PENDING_REVISIT')
  })
})
