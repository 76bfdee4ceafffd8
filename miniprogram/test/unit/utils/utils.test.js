const validate = require('../../../utils/validate')
const format = require('../../../utils/format')
const status = require('../../../utils/status')
const { allowedActions } = require('../../../utils/actions')

describe('utils/validate.js', () => {
  test('phones: 11 digits starting with 1, +86 and spaces dropped', () => {
    expect(validate.normalizePhone('+86 139 1234 5678')).toBe('13912345678')
    expect(validate.isPhone('13912345678')).toBe(true)
    expect(validate.isPhone('23912345678')).toBe(false)
    expect(validate.isPhone('1391234567')).toBe(false)
  })

  test('the report form needs category, building and description; contact phone must be valid', () => {
    expect(validate.reportForm({ photos: [] })).toEqual({
      categoryCode: '请选择报修类别', building: '请填写楼栋', description: '请描述故障情况'
    })
    const ok = { categoryCode: 'WATER', building: 'A', description: '灯坏了', contactPhone: '', photos: [] }
    expect(validate.reportForm(ok)).toEqual({})
    expect(validate.reportForm(Object.assign({}, ok, { contactPhone: '123' })).contactPhone).toBeTruthy()
    expect(validate.reportForm(Object.assign({}, ok, { photos: new Array(10).fill('p') })).photos).toBe('最多上传9张照片')
  })
})

describe('utils/format.js', () => {
  test('masks phones and builds the card of a request', () => {
    expect(format.maskPhone('13800000000')).toBe('138****0000')
    const card = format.toCard({ id: 'r1', status: 'CLOSED', category: { code: 'W', name: '水电' }, description: 'd', location: { building: 'A楼', room: '101', detail: '东侧' }, createdAt: '2024-05-01T00:00:00Z' })
    expect(card).toMatchObject({ id: 'r1', category: '水电', location: 'A楼 101 · 东侧', createdAt: '2024-05-01 08:00', stepName: '' })
  })

  test('relative times read as people say them, and as a date after a month', () => {
    const now = new Date('2024-05-10T12:00:00+08:00').getTime()
    expect(format.relativeTime('2024-05-10T11:59:30+08:00', now)).toBe('刚刚')
    expect(format.relativeTime('2024-05-10T12:00:05+08:00', now)).toBe('刚刚') // the phone's clock a little behind
    expect(format.relativeTime('2024-05-10T11:35:00+08:00', now)).toBe('25分钟前')
    expect(format.relativeTime('2024-05-10T10:00:00+08:00', now)).toBe('2小时前')
    expect(format.relativeTime('2024-05-07T12:00:00+08:00', now)).toBe('3天前')
    expect(format.relativeTime('2024-03-01T08:30:00+08:00', now)).toBe('2024-03-01 08:30')
    expect(format.relativeTime(null, now)).toBe('')
  })

  test('the current step: name (else the task id), since, assignee; null once the request has ended', () => {
    const now = new Date('2024-05-01T11:00:00+08:00').getTime()
    const request = { currentStep: { key: 'confirm', name: '维修工确认接单', since: '2024-05-01T09:00:00+08:00', assignee: { id: 'w1', name: '李师傅' } } }
    expect(format.currentStep(request, now)).toEqual({ name: '维修工确认接单', since: '2小时前', assignee: '李师傅', due: '', overdue: false })
    expect(format.currentStep({ currentStep: { key: 'survey', name: null, since: null, assignee: null } }, now))
      .toEqual({ name: 'survey', since: '', assignee: '', due: '', overdue: false })
    const late = { currentStep: Object.assign({}, request.currentStep, { dueAt: '2024-05-01T10:30:00+08:00', overdue: true }) }
    expect(format.currentStep(late, now)).toEqual(expect.objectContaining({ due: '今天 10:30', overdue: true }))
    expect(format.currentStep({ currentStep: null }, now)).toBeNull()
    expect(format.currentStep({}, now)).toBeNull()
    expect(format.toCard({ id: 'r1', status: 'SURVEYING', currentStep: { key: 'survey', name: '现场勘察' } }).stepName).toBe('现场勘察')
  })
})

describe('utils/format.js service levels', () => {
  const now = new Date('2024-05-01T11:00:00+08:00').getTime()

  test('due times as people say them', () => {
    expect(format.dueText('2024-05-01T16:00:00+08:00', now)).toBe('今天 16:00')
    expect(format.dueText('2024-05-02T09:05:00+08:00', now)).toBe('明天 09:05')
    expect(format.dueText('2024-04-30T18:30:00+08:00', now)).toBe('昨天 18:30')
    expect(format.dueText('2024-05-05T09:05:00+08:00', now)).toBe('5月5日 09:05')
    expect(format.dueText(null, now)).toBe('')
    expect(format.dueText('soon', now)).toBe('')
  })

  test('the deadlines of the service level in words', () => {
    expect(format.durationText('PT30M')).toBe('30分钟')
    expect(format.durationText('PT4H')).toBe('4小时')
    expect(format.durationText('P3D')).toBe('3天')
    expect(format.durationText('P1DT12H')).toBe('1天12小时')
    expect(format.durationText('4小时')).toBe('')
    expect(format.durationText(null)).toBe('')
  })

  test('the requester\'s queue line', () => {
    expect(format.queueLine({ waiting: true, ahead: 3, estimatedBy: '2024-05-01T16:00:00+08:00', basis: 'HISTORY' }, now))
      .toBe('前面还有 3 单，预计 今天 16:00 前上门')
    expect(format.queueLine({ waiting: true, ahead: 0, estimatedBy: '2024-05-02T09:00:00+08:00', basis: 'SERVICE_LEVEL' }, now))
      .toBe('前面没有排队的报修，预计 明天 09:00 前上门')
    expect(format.queueLine({ waiting: true, ahead: 2, estimatedBy: null, basis: 'SERVICE_LEVEL' }, now))
      .toBe('前面还有 2 单，已超过承诺时间，正在加紧安排')
    expect(format.queueLine({ waiting: false, ahead: 0, estimatedBy: null, basis: null }, now)).toBe('')
    expect(format.queueLine(null, now)).toBe('')
  })

  test('a card says urgent and when its step is due', () => {
    const card = format.toCard({ id: 'r1', priority: 'URGENT', currentStep: { key: 'review', name: '审核报修', dueAt: '2024-05-01T16:00:00+08:00', overdue: true } })
    expect(card).toEqual(expect.objectContaining({ urgent: true, overdue: true }))
    expect(card.due).toMatch(/16:00$/)
    expect(format.toCard({ id: 'r2', priority: 'NORMAL', currentStep: null })).toEqual(expect.objectContaining({ urgent: false, due: '', overdue: false }))
  })
})

describe('utils/status.js', () => {
  test('only display words: what may be done comes from the server', () => {
    expect(status.statusText('AWAITING_RATING')).toBe('待评价')
    expect(status.actionText('WORKER_ACCEPTED')).toBe('维修工接单')
    expect(Object.keys(status).sort()).toEqual([
      'ACTION_TEXT', 'ADMIN_TABS', 'STATUS_TEXT', 'USER_TABS', 'WORKER_TABS', 'actionText', 'requestStatus', 'stageText', 'statusText', 'tabsOf'
    ])
  })

  test('a status this version does not know reads as the step name, else as itself', () => {
    expect(status.statusText('AWAITING_DISPATCH', '现场勘察')).toBe('待派工')
    expect(status.statusText('SURVEYING', '现场勘察')).toBe('现场勘察')
    expect(status.statusText('SURVEYING', '')).toBe('SURVEYING')
    expect(status.statusText(undefined)).toBe('')
  })

  test('a tab is titled with a status word only when it holds that status alone', () => {
    const words = Object.values(status.STATUS_TEXT)
    ;[status.USER_TABS, status.WORKER_TABS, status.ADMIN_TABS].forEach(tabs => tabs.forEach(tab => {
      if (words.includes(tab.title)) expect([tab.title, tab.status]).toEqual([tab.title, [Object.keys(status.STATUS_TEXT).find(k => status.STATUS_TEXT[k] === tab.title)]])
    }))
  })

  test("the tag says whose move it is: the viewer's own solid, someone else's an outline, an ended one its outcome", () => {
    const step = (key, assignee) => ({ key, name: key, since: null, assignee })
    expect(status.requestStatus({ status: 'AWAITING_RATING', currentStep: step('rate', { id: 'u1', name: '张三' }), allowedActions: ['rate'] }))
      .toEqual({ text: '待评价', theme: 'primary', variant: 'dark', mine: true, ended: false, waiting: '待你处理' })
    expect(status.requestStatus({ status: 'AWAITING_RATING', currentStep: step('rate', { id: 'u1', name: '张三' }), allowedActions: [] }))
      .toEqual({ text: '待评价', theme: 'warning', variant: 'light', mine: false, ended: false, waiting: '待张三处理' })
    // 取消报修 is allowed while the admins review: still their move, not the requester's.
    expect(status.requestStatus({ status: 'PENDING_REVIEW', currentStep: step('review', null), allowedActions: ['cancel'] }))
      .toEqual(expect.objectContaining({ text: '待审核', theme: 'warning', mine: false, waiting: '待管理员处理' }))
    expect(status.requestStatus({ status: 'CLOSED', currentStep: null, allowedActions: [] })).toEqual(expect.objectContaining({ text: '已完成', theme: 'success', ended: true, waiting: '' }))
    expect(status.requestStatus({ status: 'REJECTED', currentStep: null, allowedActions: [] }).theme).toBe('danger')
    expect(status.requestStatus({ status: 'CANCELLED', currentStep: null, allowedActions: [] }).theme).toBe('default')
    expect(status.requestStatus({ status: 'ASSIGNED', currentStep: step('survey', null), allowedActions: [] }).text).toBe('survey')
  })

  test('the statuses of materials and one fault say whose move it is too', () => {
    const step = (key, assignee) => ({ key, name: key, since: null, assignee })
    expect(status.requestStatus({ status: 'PENDING_APPROVAL', currentStep: step('approveParts', null), allowedActions: ['approveParts'] }))
      .toEqual(expect.objectContaining({ text: '待审批', theme: 'primary', variant: 'dark', waiting: '待你处理' }))
    expect(status.requestStatus({ status: 'PENDING_APPROVAL', currentStep: step('approveParts', null), allowedActions: [] }))
      .toEqual(expect.objectContaining({ text: '待审批', theme: 'warning', waiting: '待管理员处理' }))
    expect(status.requestStatus({ status: 'AWAITING_PARTS', currentStep: step('issueParts', null), allowedActions: ['issueParts'] }))
      .toEqual(expect.objectContaining({ text: '待备料', theme: 'primary', mine: true }))
    expect(status.requestStatus({ status: 'AWAITING_PARTS', currentStep: step('issueParts', null), allowedActions: [] }).waiting).toBe('待仓库处理')
    expect(status.requestStatus({ status: 'AWAITING_OUTSOURCE', currentStep: step('outsource', null), allowedActions: ['outsource'] }).theme).toBe('primary')
    expect(status.requestStatus({ status: 'OUTSOURCED', currentStep: step('outsourcedRepair', null), allowedActions: ['finishOutsourced'] }))
      .toEqual(expect.objectContaining({ text: '外包维修中', theme: 'primary', mine: true }))
    // Merging is allowed at any step, like cancelling: not the admin's move.
    expect(status.requestStatus({ status: 'AWAITING_DISPATCH', currentStep: step('assign', null), allowedActions: ['merge'] }).mine).toBe(false)
    expect(status.requestStatus({ status: 'MERGED', currentStep: null, allowedActions: [] }))
      .toEqual(expect.objectContaining({ text: '已合并', theme: 'default', ended: true }))
  })

  test('stageText says where a request stands', () => {
    expect(status.stageText({ status: 'ASSIGNED', currentStep: { key: 'confirm', name: '维修工确认接单' } })).toBe('当前环节：维修工确认接单')
    expect(status.stageText({ status: 'CANCELLED', currentStep: null })).toBe('当前状态：已取消')
    expect(status.stageText({ status: 'ARCHIVED', currentStep: null })).toBe('当前状态：ARCHIVED')
  })
})

describe('utils/actions.js', () => {
  test('allowedActions becomes a lookup; unknown names are kept harmlessly, odd values dropped', () => {
    expect(allowedActions({ allowedActions: ['accept', 'refuse'] })).toEqual({ accept: true, refuse: true })
    expect(allowedActions({ allowedActions: ['cancel', 'escalate'] })).toEqual({ cancel: true, escalate: true })
    expect(allowedActions({ allowedActions: [null, 3, '', '__proto__', 'Cancel', 'rate'] })).toEqual({ rate: true })
  })

  test('no allowedActions (an older server, or not a list) allows nothing', () => {
    expect(allowedActions({ status: 'PENDING_REVIEW' })).toEqual({})
    expect(allowedActions({ allowedActions: 'cancel' })).toEqual({})
    expect(allowedActions(null)).toEqual({})
  })
})
