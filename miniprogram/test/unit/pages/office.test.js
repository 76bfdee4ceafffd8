// The office's pages: the tab bars, search, staff, their open steps, the change log and categories.
const { loadPage, render, text, tap, type, fire, tapTab } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request, page, login } = require('../../helpers/fixtures')

const asAdmin = () => login({ id: 'a1', role: 'ADMIN', name: '管理员', phone: '13800000000' })
const asWorker = () => login({ id: 'w1', role: 'WORKER', name: '李师傅', phone: '13700000000' })
// Each tab as '<TDesign icon name>:<text>', the current one (t-tab-bar's value) marked with *.
const tabsOf = bar => bar.instance.data.tabs.map(tab => {
  const node = bar.querySelector(`#tab-${tab.key} >>> .t-tab-bar-item__content`)
  const icon = node.dom.innerHTML.match(/--t-icon-([a-z-]+) [\w-]*t-icon-base/)[1]
  const current = bar.instance.data.current === tab.key ? '*' : ''
  return `${current}${icon}:${node.dom.textContent.replace(/\s+/g, '')}`
})
const tabTexts = comp => tabsOf(comp.querySelector('#tab-bar'))

const staff = over => Object.assign({
  id: 'w2', phone: '13900000002', name: '王师傅', role: 'WORKER', department: null,
  specialties: ['WATER'], hasPassword: true, active: true
}, over)

describe('components/tab-bar/tab-bar.js', () => {
  test.each([
    ['USER', ['home:首页', 'call:电话报修', 'edit:网络报修', '*user:个人中心']],
    ['WORKER', ['tools:任务', 'search:查找', '*user:个人中心']],
    ['ADMIN', ['view-list:报修', 'search:查找', 'usergroup:人员', 'folder:类别', 'layers:库存', '*user:个人中心']],
    ['WAREHOUSE', ['cart:备料', 'layers:库存', 'download:入库', '*user:个人中心']]
  ])('a %s gets the tab bar of their role, with TDesign icons', async (role, tabs) => {
    login({ role })
    const comp = render('components/tab-bar/tab-bar', { current: 'profile' })
    await flush()
    expect(tabsOf(comp)).toEqual(tabs)
  })

  test('a page with a tab bar hides WeChat\'s 返回首页, which would lead to the login page', () => {
    login({ role: 'WORKER' })
    const comp = render('components/tab-bar/tab-bar', { current: 'tasks' })
    comp.triggerPageLifeTime('show')
    expect(wx.hideHomeButton).toHaveBeenCalled()
  })

  test('a tab starts its page afresh; the current one does nothing', async () => {
    login({ role: 'USER' })
    const comp = render('components/tab-bar/tab-bar', { current: 'home' })
    // t-tab-bar reports the tab tapped as `change` with its value.
    await fire(comp, '#bar', 'change', { value: 'home' })
    expect(wx.reLaunch).not.toHaveBeenCalled()
    await fire(comp, '#bar', 'change', { value: 'report' })
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/user/report/report' })
  })

  test('the role pages show it, with their own tab current', async () => {
    wx.__route('GET', '/api/requests', { data: page([]) })
    wx.__route('GET', '/api/categories', { data: [] })
    asWorker()
    expect(tabTexts(loadPage('pages/worker/tasks/tasks').comp)).toEqual(['*tools:任务', 'search:查找', 'user:个人中心'])
    asAdmin()
    expect(tabTexts(loadPage('pages/admin/requests/requests').comp)[0]).toBe('*view-list:报修')
    login({ role: 'USER' })
    expect(tabTexts(loadPage('pages/user/hotline/hotline').comp)[1]).toBe('*call:电话报修')
    await flush()
  })
})

describe('pages/worker/tasks/tasks.js', () => {
  test('已完成 asks for finished work only, not cancelled requests', async () => {
    asWorker()
    wx.__route('GET', '/api/requests', { data: page([]) })
    const { comp } = loadPage('pages/worker/tasks/tasks')
    await flush()
    await tapTab(comp, '#list >>> #tabs', 2)
    expect(wx.__calls[wx.__calls.length - 1].url).toContain('status=AWAITING_RATING,PENDING_REVISIT,CLOSED&')
  })
})

describe('pages/user/report/report.js', () => {
  test('the profile address starts the place', async () => {
    login({ role: 'USER', address: '南校区7号楼301' })
    wx.__route('GET', '/api/categories', { data: [] })
    const { page: p } = loadPage('pages/user/report/report')
    await flush()
    expect(p.data.form.building).toBe('南校区7号楼301')
  })
})

describe('pages/common/search/search.js', () => {
  test('an admin finds a request by what they type, narrows by status and dates, and opens it', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests', { data: page([request({ id: 'r9', number: 'BX20240501009' })], 1) })
    const { comp } = loadPage('pages/common/search/search')
    await tap(comp, '#search')
    expect(text(comp, '#error')).toContain('请输入')
    expect(wx.__calls).toHaveLength(0)

    await type(comp, '#q', ' 7号楼 301 ')
    await tap(comp, '#search')
    await flush()
    expect(wx.__calls[0].url).toContain('/api/requests?q=7%E5%8F%B7%E6%A5%BC%20301&page=0&size=20')
    expect(text(comp, '#summary')).toBe('找到 1 条')
    expect(text(comp, '#result-0')).toContain('BX20240501009')

    await fire(comp, '#status', 'change', { value: 1 })
    await fire(comp, '#from', 'change', { value: '2024-05-01' })
    await flush()
    expect(wx.__calls[wx.__calls.length - 1].url).toContain('status=PENDING_REVIEW&from=2024-05-01&page=0')
    await fire(comp, '#result-0', 'select', { id: 'r9' })
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/admin/request/request?id=r9' })
  })

  test('a worker opens their task; a refused search says why', async () => {
    asWorker()
    wx.__route('GET', '/api/requests', {
      statusCode: 400,
      data: { status: 400, detail: 'q：请至少输入两个连续的汉字', errors: [{ field: 'q', message: '请至少输入两个连续的汉字' }] },
      header: { 'Content-Type': 'application/problem+json' }
    })
    const { comp } = loadPage('pages/common/search/search')
    await type(comp, '#q', '门')
    await tap(comp, '#search')
    await flush()
    expect(text(comp, '#error')).toBe('请至少输入两个连续的汉字')
    expect(comp.querySelector('#summary')).toBeUndefined()
    wx.__route('GET', '/api/requests', { data: page([request({ id: 'r3' })]) })
    await type(comp, '#q', '门锁')
    await tap(comp, '#search')
    await flush()
    await fire(comp, '#result-0', 'select', { id: 'r3' })
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/worker/task/task?id=r3' })
  })
})

describe('pages/admin/staff-list/staff-list.js', () => {
  test('lists the active staff, searches, shows who has left, and opens a person', async () => {
    asAdmin()
    wx.__route('GET', '/api/staff', { data: page([staff(), staff({ id: 'a2', name: '赵老师', role: 'ADMIN', specialties: [] })]) })
    const { comp } = loadPage('pages/admin/staff-list/staff-list')
    await flush()
    expect(wx.__calls[0].url).toContain('/api/staff?active=true&page=0&size=20')
    expect(text(comp, '#person-w2')).toContain('王师傅 维修工')
    expect(text(comp, '#person-w2')).toContain('13900000002 · WATER')
    await type(comp, '#q', '王')
    await fire(comp, '#q', 'confirm')
    await flush()
    expect(wx.__calls[1].url).toContain('q=%E7%8E%8B&active=true')
    wx.__route('GET', '/api/staff', { data: page([staff({ active: false })]) })
    await fire(comp, '#state', 'change', { value: 1 })
    await flush()
    expect(wx.__calls[2].url).toContain('active=false')
    expect(text(comp, '#person-w2')).toContain('已停用')
    await tap(comp, '#person-w2')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/admin/staff-detail/staff-detail?id=w2' })
    await tap(comp, '#go-audit')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/admin/audit/audit' })
  })

  test('imports a spreadsheet sent in WeChat, and says which rows were refused', async () => {
    asAdmin()
    wx.__route('GET', '/api/staff', { data: page([]) })
    wx.chooseMessageFile = jest.fn(options => options.success({ tempFiles: [{ path: 'wxfile://staff.xlsx', name: '人员.xlsx' }] }))
    wx.__route('POST', '/api/staff/import', {
      statusCode: 400,
      data: { status: 400, detail: '没有导入任何人：第3行：该手机号已有账号', errors: [{ field: 'rows[3].phone', message: '第3行：该手机号已有账号' }] },
      header: { 'Content-Type': 'application/problem+json' }
    })
    const { comp } = loadPage('pages/admin/staff-list/staff-list')
    await flush()
    await tap(comp, '#import')
    await flush()
    const upload = wx.__calls.find(c => c.kind === 'upload')
    expect(upload.url).toContain('/api/staff/import')
    expect(upload.filePath).toBe('wxfile://staff.xlsx')
    expect(wx.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: expect.stringContaining('第3行：该手机号已有账号') }))
  })
})

describe('pages/admin/staff-detail/staff-detail.js', () => {
  const routes = () => {
    wx.__route('GET', '/api/staff/w2', { data: staff() })
    wx.__route('GET', '/api/categories', { data: [{ code: 'WATER', name: '水电' }, { code: 'FURNITURE', name: '家具' }] })
    wx.__route('GET', '/api/staff/w2/open-steps', {
      data: [{ taskId: 't1', stepKey: 'confirm', stepName: '维修工确认接单', since: '2024-05-01T09:00:00+08:00',
        requestId: 'r1', number: 'BX20240501001', categoryCode: 'WATER', forWorker: true }]
    })
    wx.__route('GET', '/api/workers', {
      data: page([
        { id: 'w2', name: '王师傅', specialties: ['WATER'], activeTasks: 1, averageRating: null, specialist: true },
        { id: 'w3', name: '陈师傅', specialties: ['WATER'], activeTasks: 0, averageRating: 4.5, specialist: true },
        { id: 'w4', name: '周师傅', specialties: [], activeTasks: 0, averageRating: null, specialist: false }
      ])
    })
  }

  test('edits the person and sends only what the form holds', async () => {
    asAdmin()
    routes()
    wx.__route('POST', '/api/staff/w2', { data: staff({ name: '王建国', specialties: ['WATER', 'FURNITURE'] }) })
    const { comp } = loadPage('pages/admin/staff-detail/staff-detail', { id: 'w2' })
    await flush()
    await flush()
    await type(comp, '#name', '王建国')
    await fire(comp, '#specialties', 'change', { value: ['WATER', 'FURNITURE'] })
    await tap(comp, '#save')
    await flush()
    const sent = wx.__calls.find(c => c.method === 'POST' && c.url.endsWith('/api/staff/w2'))
    expect(sent.header['X-HTTP-Method-Override']).toBe('PATCH')
    expect(sent.data).toEqual({ name: '王建国', phone: '13900000002', role: 'WORKER', specialties: ['WATER', 'FURNITURE'] })
    await type(comp, '#phone', '123')
    await tap(comp, '#save')
    expect(text(comp, '#error-phone')).toContain('11位手机号')
  })

  test('deactivates after asking, then hands the open job to the best placed other worker in one tap', async () => {
    asAdmin()
    routes()
    wx.__route('POST', '/api/staff/w2/deactivate', { data: staff({ active: false }) })
    wx.__route('POST', '/api/staff/w2/open-steps/t1/reassign', { data: {} })
    const { comp, page: p } = loadPage('pages/admin/staff-detail/staff-detail', { id: 'w2' })
    await flush()
    await flush()
    expect(wx.__calls.find(c => c.url.includes('/api/workers')).url).toContain('category=WATER')
    expect(text(comp, '#step-0')).toContain('BX20240501001 · 维修工确认接单')
    expect(text(comp, '#step-0')).toContain('转给：陈师傅（专长） · 进行中 0')
    await tap(comp, '#deactivate')
    await flush()
    await flush()
    expect(wx.showModal).toHaveBeenCalled()
    expect(p.data.person.active).toBe(false)
    expect(text(comp, '#state')).toContain('已停用')
    expect(comp.querySelector('#reactivate')).toBeDefined()
    wx.__route('GET', '/api/staff/w2/open-steps', { data: [] })
    await tap(comp, '#reassign-0')
    await flush()
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/reassign')).data).toEqual({ assignee: 'w3' })
    expect(text(comp, '#no-steps')).toBe('没有未完成的任务')
  })

  test('a refusal is shown, and nothing changes', async () => {
    asAdmin()
    routes()
    wx.__route('POST', '/api/staff/w2/deactivate', {
      statusCode: 409, data: { status: 409, detail: '不能停用最后一位在职管理员' }, header: { 'Content-Type': 'application/problem+json' }
    })
    const { comp, page: p } = loadPage('pages/admin/staff-detail/staff-detail', { id: 'w2' })
    await flush()
    await tap(comp, '#deactivate')
    await flush()
    await flush()
    expect(wx.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: '不能停用最后一位在职管理员' }))
    expect(p.data.person.active).toBe(true)
  })
})

describe('pages/admin/audit/audit.js', () => {
  test('shows who changed what, newest first, for one person when asked', async () => {
    asAdmin()
    wx.__route('GET', '/api/staff/audit', {
      data: page([{ id: 'e1', at: '2024-05-01T09:00:00+08:00', actor: { id: 'a1', name: '管理员' },
        subject: { id: 'w2', name: '王师傅' }, action: 'DEACTIVATED', detail: '尚有1项任务待转派' }])
    })
    const { comp } = loadPage('pages/admin/audit/audit', { staffId: 'w2' })
    await flush()
    expect(wx.__calls[0].url).toContain('/api/staff/audit?staffId=w2&page=0')
    expect(text(comp, '.entry')).toContain('停用 王师傅')
    expect(text(comp, '.entry')).toContain('尚有1项任务待转派')
    expect(text(comp, '.entry')).toContain('管理员')
  })
})

describe('pages/admin/categories/categories.js', () => {
  const all = () => [
    { code: 'WATER', name: '水电', icon: '💧', hotline: '0577-86680001', order: 10, active: true },
    { code: 'OLD', name: '旧类别', icon: null, hotline: null, order: 20, active: false }
  ]

  test('lists every category, retired ones too, and adds one', async () => {
    asAdmin()
    wx.__route('GET', '/api/categories', { data: all() })
    wx.__route('POST', '/api/categories', { statusCode: 201, data: { code: 'ELEVATOR', name: '电梯', active: true } })
    const { comp } = loadPage('pages/admin/categories/categories')
    await flush()
    expect(wx.__calls[0].url).toContain('/api/categories?all=true')
    expect(text(comp, '#category-WATER')).toContain('💧水电 WATER0577-86680001 · 排序 10')
    expect(text(comp, '#category-OLD')).toContain('已停用')
    await tap(comp, '#save')
    expect(text(comp, '#error-code')).toContain('大写字母')
    await type(comp, '#code', 'ELEVATOR')
    await type(comp, '#name', '电梯')
    await type(comp, '#hotline', '0577-86680009')
    await tap(comp, '#save')
    await flush()
    expect(wx.__calls.find(c => c.method === 'POST').data).toEqual({ code: 'ELEVATOR', name: '电梯', hotline: '0577-86680009' })
  })

  test('edits, retires, brings back and deletes; a category in use says to retire it', async () => {
    asAdmin()
    wx.__route('GET', '/api/categories', { data: all() })
    wx.__route('POST', '/api/categories/WATER', { data: {} })
    wx.__route('POST', '/api/categories/OLD', { data: {} })
    wx.__route('DELETE', '/api/categories/WATER', {
      statusCode: 409, data: { status: 409, detail: '类别 WATER 已被报修单或维修工专长使用，不能删除，只能停用' },
      header: { 'Content-Type': 'application/problem+json' }
    })
    const { comp } = loadPage('pages/admin/categories/categories')
    await flush()
    await tap(comp, '#edit-WATER')
    await type(comp, '#name', '水电维修')
    await tap(comp, '#save')
    await flush()
    const edit = wx.__calls.find(c => c.url.endsWith('/api/categories/WATER'))
    expect(edit.header['X-HTTP-Method-Override']).toBe('PATCH')
    expect(edit.data).toEqual({ name: '水电维修', icon: '💧', hotline: '0577-86680001', order: 10 })
    await tap(comp, '#toggle-OLD')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/api/categories/OLD')).data).toEqual({ active: true })
    await tap(comp, '#remove-WATER')
    await flush()
    await flush()
    expect(wx.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: expect.stringContaining('只能停用') }))
  })
})
