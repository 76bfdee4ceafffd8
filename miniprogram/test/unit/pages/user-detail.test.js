const { loadPage, text, icons, tap, type, fire } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request, login } = require('../../helpers/fixtures')

const ACTION_BUTTONS = ['cancel', 'rate']
const shownButtons = comp => ACTION_BUTTONS.filter(id => comp.querySelector(`#${id}`))
const hoursAgo = h => new Date(Date.now() - h * 3600 * 1000).toISOString()

describe('pages/user/detail/detail.js', () => {
  test('renders the request, its timeline, photos and the worker once assigned', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', {
      data: request({
        status: 'IN_PROGRESS',
        worker: { id: 'w1', name: '李师傅', phone: '13700001111' },
        attachments: [{ id: 'img1', contentType: 'image/png', size: 10 }, { id: 'voc1', contentType: 'audio/mpeg', size: 10 }],
        history: [
          { at: '2024-05-01T08:30:00+08:00', action: 'SUBMITTED', actor: '张三', note: null },
          { at: '2024-05-01T09:00:00+08:00', action: 'ASSIGNED', actor: '管理员', note: '派给维修工 李师傅' },
          { at: '2024-05-01T09:10:00+08:00', action: 'WORKER_ACCEPTED', actor: '李师傅', note: null }
        ]
      })
    })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    const info = comp.querySelector('#info')
    expect(info.dom.textContent).toContain('宿舍水龙头漏水')
    expect(info.dom.textContent).toContain('维修中')
    expect(text(comp, '#info >>> .worker')).toBe('李师傅 13700001111')
    const steps = comp.querySelectorAll('#info >>> #timeline >>> .t-steps-item__title').map(n => n.dom.textContent)
    expect(steps[0]).toContain('维修工接单')
    expect(steps[2]).toContain('提交报修')
    // the photo is fetched with the token, not linked directly
    expect(wx.downloadFile.mock.calls[0][0].url).toBe('http://127.0.0.1:8080/api/attachments/img1')
    const photos = comp.querySelectorAll('#info >>> #photos >>> .photo')
    expect(photos).toHaveLength(1)
    expect(comp.querySelector('#info').instance.data.photos).toEqual(['wxfile://tmp/img1'])
    // the server allows the requester nothing while the work is under way
    expect(shownButtons(comp)).toEqual([])
  })

  test.each([
    ['nothing', [], []],
    ['cancel', ['cancel'], ['cancel']],
    ['rate', ['rate'], ['rate']],
    ['cancel and an action this version does not know', ['cancel', 'remind'], ['cancel']]
  ])('shows only the buttons allowedActions names: %s', async (_, allowedActions, shown) => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'PENDING_REVIEW', allowedActions }) })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(shownButtons(comp)).toEqual(shown)
    expect(comp.querySelector('.action-bar') !== undefined).toBe(shown.length > 0)
  })

  test('the status alone offers nothing: a request waiting for rating with no allowedActions has no rate button', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'AWAITING_RATING', allowedActions: [] }) })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(shownButtons(comp)).toEqual([])
  })

  test('an unknown status shows the current step\'s name, and the allowed buttons still work', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', {
      data: request({
        status: 'SURVEYING',
        currentStep: { key: 'survey', name: '现场勘察', since: hoursAgo(2), assignee: { id: 'w1', name: '李师傅' } },
        allowedActions: ['cancel']
      })
    })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(text(comp, '#info >>> .head')).toContain('现场勘察')
    expect(text(comp, '#info >>> .current-step')).toBe('当前环节：现场勘察 · 待李师傅处理 · 2小时前')
    expect(shownButtons(comp)).toEqual(['cancel'])
  })

  test('plays the voice note after downloading it with the token', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ attachments: [{ id: 'voc1', contentType: 'audio/mpeg', size: 10 }] }) })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    await tap(comp, '#info >>> .voice')
    await flush()
    expect(wx.downloadFile.mock.calls[0][0].url).toContain('/api/attachments/voc1')
    expect(wx.__audio.src).toBe('wxfile://tmp/voc1')
    expect(wx.__audio.play).toHaveBeenCalled()
  })

  test('shows the worker\'s phone only once the worker has accepted, then calls them', async () => {
    login()
    const worker = { id: 'w1', name: '李师傅', phone: '13700001111' }
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'ASSIGNED', worker }) })
    const first = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(first.comp.querySelector('#info >>> .call-worker')).toBeUndefined()
    expect(text(first.comp, '#info >>> .waiting')).toBe('已派工，等待维修工确认接单')

    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'IN_PROGRESS', worker }) })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    await tap(comp, '#info >>> .call-worker')
    expect(wx.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13700001111' })
  })

  test('cancels a pending request after confirmation, with the reason typed', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'AWAITING_DISPATCH', allowedActions: ['cancel'] }) })
    wx.__route('POST', '/api/requests/r1/cancel', { data: request({ status: 'CANCELLED', allowedActions: [] }) })
    const { comp, page } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    await tap(comp, '#cancel')
    expect(wx.__calls.some(c => c.url.endsWith('/cancel'))).toBe(false)
    await type(comp, '#cancel-reason', '已经自己修好了')
    await tap(comp, '#cancel-submit')
    await flush()
    const call = wx.__calls.find(c => c.url.endsWith('/cancel'))
    expect(call.method).toBe('POST')
    expect(call.data).toEqual({ reason: '已经自己修好了' })
    expect(page.data.request.status).toBe('CANCELLED')
    // the answer's allowedActions, not the status, takes the button away
    expect(shownButtons(comp)).toEqual([])
    expect(comp.querySelector('#cancel-reason')).toBeUndefined()
    expect(comp.querySelector('#info >>> .current-step')).toBeUndefined()
  })

  test('going back from the cancel popup cancels nothing', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'AWAITING_DISPATCH', allowedActions: ['cancel'] }) })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    await tap(comp, '#cancel')
    await tap(comp, '#cancel-back')
    expect(comp.querySelector('#cancel-submit')).toBeUndefined()
    expect(wx.__calls.some(c => c.url.endsWith('/cancel'))).toBe(false)
    expect(shownButtons(comp)).toEqual(['cancel'])
  })

  test('shows the conflict message when the request can no longer be cancelled', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'ASSIGNED', allowedActions: ['cancel'] }) })
    wx.__route('POST', '/api/requests/r1/cancel', { statusCode: 409, data: { status: 409, title: 'Conflict', detail: '维修工已接单，无法取消' } })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    // meanwhile the worker accepted: the request read again allows nothing
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'IN_PROGRESS', allowedActions: [] }) })
    await tap(comp, '#cancel')
    await tap(comp, '#cancel-submit')
    await flush()
    expect(wx.showModal.mock.calls[0][0].content).toBe('维修工已接单，无法取消')
    expect(shownButtons(comp)).toEqual([])
  })

  test('offers rating when the work is done', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'AWAITING_RATING', allowedActions: ['rate'] }) })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    await tap(comp, '#rate')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/user/rate/rate?id=r1' })
  })
})

describe('pages/user/rate/rate.js', () => {
  const rateable = () => request({ status: 'AWAITING_RATING', worker: { id: 'w1', name: '李师傅' }, allowedActions: ['rate'] })

  test('requires both star rows, then posts result, efficiency and comment', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: rateable() })
    wx.__route('POST', '/api/requests/r1/rate', { data: request({ status: 'CLOSED' }) })
    const { comp } = loadPage('pages/user/rate/rate', { id: 'r1' })
    await flush()
    expect(comp.querySelector('#unavailable')).toBeUndefined()
    await tap(comp, '#submit')
    expect(text(comp, '#error-result')).toBe('请为维修结果打分')
    expect(text(comp, '#error-efficiency')).toBe('请为维修效率打分')
    expect(wx.__calls.filter(c => c.method === 'POST')).toHaveLength(0)

    // TDesign's t-rate reports the stars chosen as `change`.
    await fire(comp, '#result', 'change', { value: 4 })
    await fire(comp, '#efficiency', 'change', { value: 5 })
    expect(text(comp, '#error-result')).toBeNull()
    expect(text(comp, '#result >>> .t-rate__text')).toBe('满意')
    await type(comp, '#comment', '师傅很专业')
    await tap(comp, '#submit')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/rate')).data).toEqual({ result: 4, efficiency: 5, comment: '师傅很专业' })
    expect(wx.navigateBack).toHaveBeenCalled()
  })

  test('a request the server no longer lets this person rate gets a message instead of the form', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'CLOSED', allowedActions: [] }) })
    const { comp } = loadPage('pages/user/rate/rate', { id: 'r1' })
    await flush()
    expect(comp.querySelector('#submit')).toBeUndefined()
    expect(comp.querySelector('#result')).toBeUndefined()
    expect(text(comp, '#unavailable')).toContain('这张报修单现在不能评价')
    expect(text(comp, '#unavailable')).toContain('当前状态：已完成')
    await tap(comp, '#back')
    expect(wx.navigateBack).toHaveBeenCalled()
  })

  test('the status alone does not open the form: waiting for rating but rate not allowed (another person\'s request)', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'AWAITING_RATING', allowedActions: ['remind'] }) })
    const { comp } = loadPage('pages/user/rate/rate', { id: 'r1' })
    await flush()
    expect(comp.querySelector('#submit')).toBeUndefined()
    expect(text(comp, '#unavailable')).toContain('当前环节：评价')
  })

  test('rated meanwhile (409): the error is shown and the form gives way to the message', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: rateable() })
    wx.__route('POST', '/api/requests/r1/rate', { statusCode: 409, data: { status: 409, detail: '该报修单已评价' } })
    const { comp } = loadPage('pages/user/rate/rate', { id: 'r1' })
    await flush()
    await fire(comp, '#result', 'change', { value: 5 })
    await fire(comp, '#efficiency', 'change', { value: 5 })
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'CLOSED', allowedActions: [] }) })
    await tap(comp, '#submit')
    await flush()
    expect(wx.showModal.mock.calls[0][0].content).toBe('该报修单已评价')
    expect(comp.querySelector('#submit')).toBeUndefined()
    expect(text(comp, '#unavailable')).toContain('这张报修单现在不能评价')
    expect(wx.navigateBack).not.toHaveBeenCalled()
  })

  test('a failed read of the request can be retried', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { networkError: true })
    const { comp } = loadPage('pages/user/rate/rate', { id: 'r1' })
    await flush()
    expect(text(comp, '#load-error')).toContain('网络连接失败，请检查网络后重试')
    wx.__route('GET', '/api/requests/r1', { data: rateable() })
    await tap(comp, '#retry')
    await flush()
    expect(comp.querySelector('#submit')).toBeDefined()
  })
})

describe('pages/user/hotline/hotline.js', () => {
  test('lists the hotlines by category; call or save as a contact', async () => {
    const { categories } = require('../../helpers/fixtures')
    wx.__route('GET', '/api/categories', { data: categories })
    const { comp } = loadPage('pages/user/hotline/hotline')
    await flush()
    expect(comp.querySelectorAll('.hotline')).toHaveLength(2) // the category without a hotline is left out
    expect(text(comp, '#hotline-WATER')).toContain('水电维修')
    expect(text(comp, '#hotline-WATER')).toContain('0577-86680001')
    // Each category's own icon; NETWORK's 🌐 from before shows as wifi.
    expect([icons(comp, '#hotline-WATER')[0], icons(comp, '#hotline-NETWORK')[0]]).toEqual(['lightbulb', 'wifi'])
    await tap(comp, '#call-NETWORK')
    await tap(comp, '#save-WATER')
    expect(wx.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0577-86680002' })
    expect(wx.addPhoneContact).toHaveBeenCalledWith(expect.objectContaining({ firstName: '水电维修报修', mobilePhoneNumber: '0577-86680001' }))
  })

  test('a skeleton while loading, the error with 重试, and 暂无报修电话 when none has one', async () => {
    wx.__route('GET', '/api/categories', { networkError: true })
    const { comp } = loadPage('pages/user/hotline/hotline')
    expect(comp.querySelector('#skeleton')).toBeTruthy()
    await flush()
    expect(comp.querySelector('#skeleton')).toBeUndefined()
    expect(text(comp, '#load-error')).toContain('重试')
    wx.__route('GET', '/api/categories', { data: [{ code: 'FURNITURE', name: '家具门窗', hotline: '' }] })
    await tap(comp, '#retry')
    await flush()
    expect(comp.querySelector('#load-error')).toBeUndefined()
    expect(text(comp, '#empty')).toBe('暂无报修电话')
  })
})

describe('pages/user/detail/detail.js queue', () => {
  const waiting = () => request({
    status: 'PENDING_REVIEW',
    priority: 'URGENT',
    currentStep: { key: 'review', name: '审核报修', since: hoursAgo(1), assignee: null, dueAt: new Date(Date.now() + 1800 * 1000).toISOString(), overdue: false },
    allowedActions: ['cancel']
  })

  test('while a worker has yet to accept, the requester sees where they stand and when to expect one', async () => {
    login()
    const estimatedBy = new Date()
    estimatedBy.setHours(16, 0, 0, 0)
    wx.__route('GET', '/api/requests/r1', { data: waiting() })
    wx.__route('GET', '/api/requests/r1/queue', { data: { waiting: true, ahead: 3, estimatedBy: estimatedBy.toISOString(), basis: 'HISTORY' } })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(text(comp, '#queue')).toBe('前面还有 3 单，预计 今天 16:00 前上门')
    expect(text(comp, '#info >>> .urgent')).toBe('紧急')
    expect(text(comp, '#info >>> .due')).toMatch(/^截止 (今天|明天) \d\d:\d\d$/)
  })

  test('no line once the server says it no longer waits, nor when the estimate cannot be read', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'IN_PROGRESS' }) })
    wx.__route('GET', '/api/requests/r1/queue', { data: { waiting: false, ahead: 0, estimatedBy: null, basis: null } })
    const accepted = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(accepted.comp.querySelector('#queue')).toBeUndefined()

    wx.__route('GET', '/api/requests/r1', { data: waiting() })
    wx.__route('GET', '/api/requests/r1/queue', { statusCode: 503, data: { status: 503, detail: '服务暂时不可用，请稍后重试' } })
    const failed = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(failed.comp.querySelector('#queue')).toBeUndefined()
    expect(failed.page.data.error).toBe('')
  })

  test('an ended request asks for no queue', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'CLOSED', currentStep: null }) })
    loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(wx.__calls.filter(c => c.url.endsWith('/queue'))).toHaveLength(0)
  })

  test('the timeline says which step was done after its due time', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', {
      data: request({
        status: 'AWAITING_DISPATCH',
        history: [
          { at: '2024-05-01T08:30:00+08:00', action: 'SUBMITTED', actor: '张三', note: null, dueAt: null },
          { at: '2024-05-01T09:40:00+08:00', action: 'ACCEPTED', actor: '管理员', note: null, dueAt: '2024-05-01T09:00:00+08:00' }
        ]
      })
    })
    wx.__route('GET', '/api/requests/r1/queue', { data: { waiting: true, ahead: 0, estimatedBy: null, basis: 'SERVICE_LEVEL' } })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    const times = comp.querySelectorAll('#info >>> .step-time').map(n => n.dom.textContent)
    expect(times[0]).toContain('超时完成')
    expect(times[1]).not.toContain('超时')
    expect(text(comp, '#queue')).toBe('前面没有排队的报修，已超过承诺时间，正在加紧安排')
  })
})

