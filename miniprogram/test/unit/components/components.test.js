const { render, text, tap } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request } = require('../../helpers/fixtures')

describe('components/status-tag/status-tag.js', () => {
  test('shows the Chinese name of each status', async () => {
    const names = {
      PENDING_REVIEW: '待审核', AWAITING_DISPATCH: '待派工', ASSIGNED: '已派工', IN_PROGRESS: '维修中',
      AWAITING_RATING: '待评价', CLOSED: '已完成', REJECTED: '已驳回', CANCELLED: '已取消'
    }
    for (const status of Object.keys(names)) {
      const comp = render('components/status-tag/status-tag', { status })
      expect(comp.dom.textContent).toBe(names[status])
    }
  })

  test('a status it does not know shows the step name given as fallback, else the raw word', () => {
    expect(render('components/status-tag/status-tag', { status: 'SURVEYING', fallback: '现场勘察' }).dom.textContent).toBe('现场勘察')
    expect(render('components/status-tag/status-tag', { status: 'SURVEYING' }).dom.textContent).toBe('SURVEYING')
    expect(render('components/status-tag/status-tag', { status: 'ASSIGNED', fallback: '现场勘察' }).dom.textContent).toBe('已派工')
  })
})

describe('components/request-card/request-card.js', () => {
  test('renders a request and emits select with its id on tap', async () => {
    const comp = render('components/request-card/request-card', {
      item: { id: 'r5', number: 'BX1', status: 'CLOSED', category: '网络故障', description: '宿舍断网', location: '南区5号楼 101', createdAt: '2024-05-01 08:30', workerName: '王师傅' }
    })
    expect(text(comp, '.card-title')).toBe('网络故障')
    expect(comp.dom.textContent).toContain('已完成')
    expect(text(comp, '.card-meta')).toBe('📍 南区5号楼 101')
    expect(text(comp, '.card-party')).toBe('维修工：王师傅')
    const onSelect = jest.fn()
    comp.addEventListener('select', onSelect)
    await tap(comp, '.card')
    expect(onSelect.mock.calls[0][0].detail).toEqual({ id: 'r5' })
  })

  test('a status this version does not know shows the step name', () => {
    const comp = render('components/request-card/request-card', {
      item: { id: 'r6', status: 'SURVEYING', stepName: '现场勘察', category: '水电维修', description: 'd' }
    })
    expect(comp.dom.textContent).toContain('现场勘察')
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
    expect(text(comp, '.head')).toContain('已派工')
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
    expect(text(kept, '.head')).toContain('待派工')
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

describe('components/action-unavailable/action-unavailable.js', () => {
  test('says where the request stands: its step, else its status (raw when unknown); back leads back', async () => {
    const atStep = render('components/action-unavailable/action-unavailable', { message: '这张报修单现在不能派工', request: request({ status: 'ASSIGNED' }) })
    expect(text(atStep, '.unavailable-message')).toBe('这张报修单现在不能派工')
    expect(text(atStep, '.unavailable-stage')).toBe('当前环节：维修工确认接单')
    expect(text(render('components/action-unavailable/action-unavailable', { request: request({ status: 'CANCELLED' }) }), '.unavailable-stage')).toBe('当前状态：已取消')
    expect(text(render('components/action-unavailable/action-unavailable', { request: request({ status: 'ARCHIVED' }) }), '.unavailable-stage')).toBe('当前状态：ARCHIVED')
    await tap(atStep, '#back')
    expect(wx.navigateBack).toHaveBeenCalled()
  })
})

describe('components/status-timeline/status-timeline.js', () => {
  test('lists history newest first with Chinese action names, actor and note', () => {
    const comp = render('components/status-timeline/status-timeline', {
      history: [
        { at: '2024-05-01T08:30:00+08:00', action: 'SUBMITTED', actor: '张三', note: null },
        { at: '2024-05-01T10:00:00+08:00', action: 'REFUSED', actor: '李师傅', note: '缺少配件' },
        { at: '2024-05-01T09:00:00+08:00', action: 'ACCEPTED', actor: '管理员', note: '' }
      ]
    })
    const titles = comp.querySelectorAll('.step-title').map(n => n.dom.textContent.replace(/\s/g, ''))
    expect(titles).toEqual(['维修工拒单·李师傅', '审核通过·管理员', '提交报修·张三'])
    expect(text(comp, '.step-note')).toBe('缺少配件')
    expect(text(comp, '.step-time')).toBe('2024-05-01 10:00')
  })

  test('says so when there is no history', () => {
    const comp = render('components/status-timeline/status-timeline', { history: [] })
    expect(text(comp, '.timeline-empty')).toBe('暂无进度')
  })
})

describe('components/star-rating/star-rating.js', () => {
  test('tapping a star sets the value and emits change', async () => {
    const comp = render('components/star-rating/star-rating', { label: '维修结果', value: 0 })
    const onChange = jest.fn()
    comp.addEventListener('change', onChange)
    comp.querySelectorAll('.star')[2].dispatchEvent('tap')
    await flush()
    expect(onChange.mock.calls[0][0].detail).toEqual({ value: 3 })
    expect(comp.querySelectorAll('.star-on')).toHaveLength(3)
    expect(text(comp, '.rating-word')).toBe('一般')
  })

  test('a read-only row ignores taps', async () => {
    const comp = render('components/star-rating/star-rating', { value: 4, readonly: true })
    const onChange = jest.fn()
    comp.addEventListener('change', onChange)
    comp.querySelectorAll('.star')[0].dispatchEvent('tap')
    await flush()
    expect(onChange).not.toHaveBeenCalled()
    expect(comp.querySelectorAll('.star-on')).toHaveLength(4)
  })
})

describe('components/photo-grid/photo-grid.js', () => {
  test('previews a photo full screen on tap', async () => {
    const comp = render('components/photo-grid/photo-grid', { photos: ['a.jpg', 'b.jpg'] })
    expect(comp.querySelector('.add')).toBeUndefined()
    comp.querySelectorAll('.photo')[1].dispatchEvent('tap')
    await flush()
    expect(wx.previewImage).toHaveBeenCalledWith({ current: 'b.jpg', urls: ['a.jpg', 'b.jpg'] })
  })

  test('when editable: remove emits its index, add shows until the maximum', async () => {
    const comp = render('components/photo-grid/photo-grid', { photos: ['a.jpg', 'b.jpg'], editable: true, max: 3 })
    const onRemove = jest.fn()
    const onAdd = jest.fn()
    comp.addEventListener('remove', onRemove)
    comp.addEventListener('add', onAdd)
    comp.querySelectorAll('.remove')[1].dispatchEvent('tap')
    await tap(comp, '.add')
    expect(onRemove.mock.calls[0][0].detail).toEqual({ index: 1 })
    expect(onAdd.mock.calls[0][0].detail).toEqual({ remaining: 1 })
    expect(text(comp, '.add-count')).toBe('2/3')
    comp.setData({ photos: ['a.jpg', 'b.jpg', 'c.jpg'] })
    expect(comp.querySelector('.add')).toBeUndefined()
  })
})
