const { render, text, tap } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request } = require('../../helpers/fixtures')
const { toCard } = require('../../../utils/format')

describe('components/request-card/request-card.js', () => {
  test('renders a request and emits select with its id on tap', async () => {
    const comp = render('components/request-card/request-card', {
      item: toCard(request({ id: 'r5', status: 'CLOSED', category: { code: 'NETWORK', name: '网络故障' }, description: '宿舍断网', worker: { id: 'w2', name: '王师傅' } }))
    })
    expect(text(comp, '.card-title')).toBe('网络故障')
    expect(text(comp, '.status')).toBe('已完成')
    expect(text(comp, '.card-meta')).toBe('北区3号楼 402')
    expect(text(comp, '.card-party')).toBe('维修工 王师傅')
    const onSelect = jest.fn()
    comp.addEventListener('select', onSelect)
    await tap(comp, '.card')
    expect(onSelect.mock.calls[0][0].detail).toEqual({ id: 'r5' })
  })

  test('a status this version does not know shows the step name', () => {
    const comp = render('components/request-card/request-card', {
      item: toCard(request({ id: 'r6', status: 'SURVEYING', currentStep: { key: 'survey', name: '现场勘察', since: null, assignee: null } }))
    })
    expect(text(comp, '.status')).toBe('现场勘察')
  })
})

describe('components/request-info/request-info.js', () => {
  const hoursAgo = h => new Date(Date.now() - h * 3600 * 1000).toISOString()

  test('shows the step the request waits at, who holds it and since when', () => {
    const comp = render('components/request-info/request-info', {
      request: request({ status: 'ASSIGNED', currentStep: { key: 'confirm', name: '维修工确认接单', since: hoursAgo(2), assignee: { id: 'w1', name: '李师傅' } } }),
      viewer: 'admin'
    })
    expect(text(comp, '.current-step')).toBe('当前环节：维修工确认接单 · 待李师傅处理 · 2小时前')
    expect(text(comp, '.head')).toContain('待接单')
  })

  test('staff see the deadlines the service level gave, an overdue step in red, and the kind of building', () => {
    const request_ = request({
      status: 'PENDING_REVIEW',
      priority: 'URGENT',
      location: { building: '食堂', room: '', detail: '', latitude: null, longitude: null, buildingType: 'CANTEEN' },
      serviceLevel: { review: 'PT30M', dispatch: 'PT30M', confirm: 'PT15M', repair: 'PT4H', escalateTo: 'supervisors' },
      currentStep: { key: 'review', name: '审核报修', since: hoursAgo(2), assignee: null, dueAt: hoursAgo(1.5), overdue: true }
    })
    const admin = render('components/request-info/request-info', { request: request_, viewer: 'admin' })
    expect(text(admin, '.service-level')).toBe('审核 30分钟 · 派工 30分钟 · 接单 15分钟 · 维修 4小时')
    expect(text(admin, '.building-type')).toBe('食堂')
    expect(text(admin, '.urgent')).toBe('紧急')
    const due = admin.querySelector('.due')
    expect(due.dom.textContent).toMatch(/^截止 (今天|昨天) \d\d:\d\d · 已超时$/)
    expect(due.dom.className).toContain('overdue')

    const requester = render('components/request-info/request-info', { request: request_, viewer: 'requester' })
    expect(requester.querySelector('.service-level')).toBeUndefined()
    expect(requester.querySelector('.due')).not.toBeUndefined()
  })

  test('a step a manager added (the status kept, or one this version does not know) is shown by its name', () => {
    const kept = render('components/request-info/request-info', {
      request: request({ status: 'AWAITING_DISPATCH', currentStep: { key: 'survey', name: '现场勘察', since: hoursAgo(2), assignee: null } })
    })
    // The tag names the step: the status word 待派工 would say it waits for dispatch, which it does not.
    expect(text(kept, '#status')).toBe('现场勘察')
    expect(text(kept, '.current-step')).toBe('当前环节：现场勘察 · 2小时前')

    const unknown = render('components/request-info/request-info', {
      request: request({ status: 'SURVEYING', currentStep: { key: 'survey', name: '现场勘察', since: hoursAgo(2), assignee: null } })
    })
    expect(text(unknown, '.head')).toContain('现场勘察')
  })

  test('for a status it does not know, the requester is not told the request waits for the worker', () => {
    const comp = render('components/request-info/request-info', {
      request: request({ status: 'SURVEYING', worker: { id: 'w1', name: '李师傅', phone: '13700001111' }, currentStep: { key: 'survey', name: '现场勘察', since: hoursAgo(1), assignee: null } }),
      viewer: 'requester'
    })
    expect(comp.querySelector('.waiting')).toBeUndefined()
    expect(comp.querySelector('.call-worker')).toBeUndefined()
    expect(text(comp, '.current-step')).toBe('当前环节：现场勘察 · 1小时前')
  })

  test('an ended request has no current step', () => {
    const comp = render('components/request-info/request-info', { request: request({ status: 'CLOSED' }) })
    expect(comp.querySelector('.current-step')).toBeUndefined()
    expect(text(comp, '.head')).toContain('已完成')
  })
})

describe('the timeline of components/request-info', () => {
  test('lists history newest first with Chinese action names, actor and note, on TDesign steps', () => {
    const comp = render('components/request-info/request-info', {
      request: request({
        history: [
          { at: '2024-05-01T08:30:00+08:00', action: 'SUBMITTED', actor: '张三', note: null },
          { at: '2024-05-01T10:00:00+08:00', action: 'REFUSED', actor: '李师傅', note: '缺少配件' },
          { at: '2024-05-01T09:00:00+08:00', action: 'ACCEPTED', actor: '管理员', note: '' }
        ]
      })
    })
    const titles = comp.querySelectorAll('#timeline >>> .t-steps-item__title').map(n => n.dom.textContent.replace(/\s/g, ''))
    expect(titles).toEqual(['维修工拒单·李师傅', '审核通过·管理员', '提交报修·张三'])
    expect(text(comp, '.step-note')).toBe('缺少配件')
    expect(text(comp, '.step-time')).toBe('2024-05-01 10:00')
  })

  test('says so when there is no history', () => {
    const comp = render('components/request-info/request-info', { request: request({ history: [] }) })
    expect(text(comp, '.timeline-empty')).toBe('暂无进度')
  })

  test('photos are shown as thumbnails and preview full screen on tap', async () => {
    wx.downloadFile.mockImplementation(o => setTimeout(() => o.success({ statusCode: 200, tempFilePath: `wxfile://${o.url.split('/').pop()}` }), 0))
    const comp = render('components/request-info/request-info', {
      request: request({ attachments: [{ id: 'a1', contentType: 'image/jpeg' }, { id: 'a2', contentType: 'image/png' }] })
    })
    await flush()
    const photos = comp.querySelectorAll('#photos >>> .photo')
    expect(photos).toHaveLength(2)
  })
})
