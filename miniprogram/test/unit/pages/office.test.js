// The office's pages: the tab bars, search, staff, their open steps, the change log and categories.
const { loadPage, render, text, icons, tap, type, fire, tapTab } = require('../../helpers/simulate')
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
    await fire(comp, '#q', 'action-click')
    expect(text(comp, '#error')).toContain('请输入')
    expect(wx.__calls).toHaveLength(0)

    await type(comp, '#q', ' 7号楼 301 ')
    await fire(comp, '#q', 'action-click')
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
    await fire(comp, '#q', 'action-click')
    await flush()
    expect(text(comp, '#error')).toBe('请至少输入两个连续的汉字')
    expect(comp.querySelector('#summary')).toBeUndefined()
    wx.__route('GET', '/api/requests', { data: page([request({ id: 'r3' })]) })
    await type(comp, '#q', '门锁')
    await fire(comp, '#q', 'action-click')
    await flush()
    await fire(comp, '#result-0', 'select', { id: 'r3' })
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/worker/task/task?id=r3' })
  })

  test('the keyboard\'s 搜索 searches too; nothing found is said, a failed search offers 重试', async () => {
    asAdmin()
    wx.__route('GET', '/api/requests', { networkError: true })
    const { comp } = loadPage('pages/common/search/search')
    expect(comp.querySelector('#start')).toBeTruthy()
    await type(comp, '#q', '门锁')
    await fire(comp, '#q', 'submit', { value: '门锁' })
    await flush()
    expect(comp.querySelector('#start')).toBeUndefined()
    expect(text(comp, '#load-error')).toContain('重试')
    expect(comp.querySelector('#error')).toBeUndefined()
    wx.__route('GET', '/api/requests', { data: page([]) })
    await tap(comp, '#retry')
    await flush()
    expect(text(comp, '#summary')).toBe('找到 0 条')
    expect(text(comp, '#empty')).toBe('没有找到符合条件的报修单')
  })

  test('a long result pages on at the bottom and ends with 没有更多了; pulling down searches again', async () => {
    asAdmin()
    const cards = from => Array.from({ length: 20 }, (_, i) => request({ id: `r${from + i}`, number: `BX${from + i}` }))
    wx.__route('GET', '/api/requests', call => ({ data: page(call.url.includes('page=1') ? [request({ id: 'r99' })] : cards(0), 21) }))
    const { comp, page: p } = loadPage('pages/common/search/search')
    await type(comp, '#q', '门锁')
    await fire(comp, '#q', 'action-click')
    await flush()
    expect(comp.querySelectorAll('.result')).toHaveLength(20)
    expect(comp.querySelector('#no-more')).toBeUndefined()
    await p.onReachBottom()
    await flush()
    expect(comp.querySelectorAll('.result')).toHaveLength(21)
    expect(text(comp, '#no-more')).toContain('没有更多了')
    await p.onPullDownRefresh()
    await flush()
    expect(wx.__calls[wx.__calls.length - 1].url).toContain('page=0')
    expect(wx.stopPullDownRefresh).toHaveBeenCalled()
  })
})

describe('pages/admin/staff-list/staff-list.js', () => {
  test('lists the active staff, searches, shows who has left, and opens a person', async () => {
    asAdmin()
    wx.__route('GET', '/api/staff', { data: page([staff(), staff({ id: 'a2', name: '赵老师', role: 'ADMIN', specialties: [] })]) })
    wx.__route('GET', '/api/categories', { data: [{ code: 'WATER', name: '水电', active: true }] })
    const staffCalls = () => wx.__calls.filter(c => c.url.includes('/api/staff'))
    const { comp } = loadPage('pages/admin/staff-list/staff-list')
    await flush()
    expect(staffCalls()[0].url).toContain('/api/staff?active=true&page=0&size=20')
    expect(text(comp, '#person-w2')).toContain('王师傅')
    expect(text(comp, '#person-w2')).toContain('维修工')
    // Specialties by the categories' names, retired ones too.
    expect(wx.__calls.filter(c => c.url.includes('/api/categories')).map(c => c.url)).toEqual([expect.stringContaining('/api/categories?all=true')])
    expect(text(comp, '#person-w2')).toContain('13900000002 · 水电')
    expect(text(comp, '#person-w2')).not.toContain('已停用')
    expect(text(comp, '#total')).toBe('共 2 人')
    await type(comp, '#q', '王')
    await fire(comp, '#q', 'submit', { value: '王' })
    await flush()
    expect(staffCalls()[1].url).toContain('q=%E7%8E%8B&active=true')
    wx.__route('GET', '/api/staff', { data: page([staff({ active: false })]) })
    await fire(comp, '#state', 'change', { value: 1 })
    await flush()
    expect(staffCalls()[2].url).toContain('active=false')
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

  test('a skeleton while loading, the error with 重试, 没有找到人员 when none match', async () => {
    asAdmin()
    wx.__route('GET', '/api/staff', { networkError: true })
    const { comp } = loadPage('pages/admin/staff-list/staff-list')
    expect(comp.querySelector('#skeleton')).toBeTruthy()
    await flush()
    expect(text(comp, '#load-error')).toContain('重试')
    wx.__route('GET', '/api/staff', { data: page([]) })
    await tap(comp, '#retry')
    await flush()
    expect(comp.querySelector('#load-error')).toBeUndefined()
    expect(text(comp, '#empty')).toBe('没有找到人员')
  })

  test('pages on at the bottom until all are shown, then 没有更多了; pulling down reads it again', async () => {
    asAdmin()
    const people = (from, n) => Array.from({ length: n }, (_, i) => staff({ id: `w${from + i}`, name: `师傅${from + i}` }))
    wx.__route('GET', '/api/staff', call => ({ data: page(call.url.includes('page=1') ? people(20, 1) : people(0, 20), 21) }))
    const { comp, page: p } = loadPage('pages/admin/staff-list/staff-list')
    await flush()
    expect(comp.querySelectorAll('.person')).toHaveLength(20)
    await p.onReachBottom()
    await flush()
    expect(comp.querySelectorAll('.person')).toHaveLength(21)
    expect(text(comp, '#no-more')).toContain('没有更多了')
    await p.onPullDownRefresh()
    await flush()
    expect(wx.__calls.filter(c => c.url.includes('/api/staff')).pop().url).toContain('page=0')
    expect(wx.stopPullDownRefresh).toHaveBeenCalled()
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
    expect(text(comp, '#step-0')).toContain('转给陈师傅（专长） · 进行中 0')
    expect(text(comp, '#state')).toContain('在职')
    await tap(comp, '#deactivate')
    expect(comp.querySelector('#deactivate-dialog').instance.data.visible).toBe(true)
    expect(wx.__calls.some(c => c.url.endsWith('/deactivate'))).toBe(false)
    await fire(comp, '#deactivate-dialog', 'confirm')
    await flush()
    await flush()
    expect(comp.querySelector('#deactivate-dialog').instance.data.visible).toBe(false)
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
    await fire(comp, '#deactivate-dialog', 'cancel')
    expect(comp.querySelector('#deactivate-dialog').instance.data.visible).toBe(false)
    expect(wx.__calls.some(c => c.url.endsWith('/deactivate'))).toBe(false)
    await tap(comp, '#deactivate')
    await fire(comp, '#deactivate-dialog', 'confirm')
    await flush()
    await flush()
    expect(wx.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: '不能停用最后一位在职管理员' }))
    expect(p.data.person.active).toBe(true)
  })

  test('a skeleton while the person loads; one who could not be read says why, with 重试', async () => {
    asAdmin()
    routes()
    wx.__route('GET', '/api/staff/w2', { networkError: true })
    const { comp } = loadPage('pages/admin/staff-detail/staff-detail', { id: 'w2' })
    expect(comp.querySelector('#skeleton')).toBeTruthy()
    await flush()
    await flush()
    expect(text(comp, '#load-error')).toContain('重试')
    expect(comp.querySelector('#save')).toBeUndefined()
    wx.__route('GET', '/api/staff/w2', { data: staff() })
    await tap(comp, '#retry')
    await flush()
    await flush()
    expect(comp.querySelector('#load-error')).toBeUndefined()
    expect(comp.querySelector('#name').instance.data.value).toBe('王师傅')
  })

  test('open jobs that could not be read say so under their title, with their own 重试', async () => {
    asAdmin()
    routes()
    wx.__route('GET', '/api/staff/w2/open-steps', { networkError: true })
    const { comp } = loadPage('pages/admin/staff-detail/staff-detail', { id: 'w2' })
    await flush()
    await flush()
    expect(comp.querySelector('#save')).toBeTruthy()
    expect(text(comp, '#steps-error')).toContain('重试')
    routes()
    await tap(comp, '#retry-steps')
    await flush()
    await flush()
    expect(comp.querySelector('#steps-error')).toBeUndefined()
    expect(text(comp, '#step-0')).toContain('BX20240501001')
    expect(wx.__calls.filter(c => c.url.includes('/open-steps'))).toHaveLength(2)
  })

  test('errors from the server sit under their fields; a worker\'s specialties are ticked', async () => {
    asAdmin()
    routes()
    wx.__route('POST', '/api/staff/w2', { statusCode: 400, data: { status: 400, detail: '请检查输入', errors: [
      { field: 'name', message: '姓名最多50个字' }, { field: 'specialties', message: '未知的类别' }] },
    header: { 'Content-Type': 'application/problem+json' } })
    const { comp } = loadPage('pages/admin/staff-detail/staff-detail', { id: 'w2' })
    await flush()
    await flush()
    expect(comp.querySelector('#specialties').instance.data.value).toEqual(['WATER'])
    await tap(comp, '#save')
    await flush()
    expect(text(comp, '#error-name')).toBe('姓名最多50个字')
    expect(text(comp, '#error-specialties')).toBe('未知的类别')
    await fire(comp, '#role', 'change', { value: 'ADMIN' })
    expect(comp.querySelector('#specialties')).toBeUndefined()
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
    expect(text(comp, '#entry-e1')).toContain('王师傅')
    expect(text(comp, '#entry-e1')).toContain('尚有1项任务待转派')
    expect(text(comp, '#entry-e1')).toContain('管理员')
    expect(text(comp, '#action-e1')).toBe('停用')
  })

  test('an empty log says so; one that could not be read offers 重试; the bottom brings the next page', async () => {
    asAdmin()
    wx.__route('GET', '/api/staff/audit', { networkError: true })
    const { comp, page: p } = loadPage('pages/admin/audit/audit')
    expect(comp.querySelector('#skeleton')).toBeTruthy()
    await flush()
    expect(text(comp, '#load-error')).toContain('重试')
    wx.__route('GET', '/api/staff/audit', { data: page([]) })
    await tap(comp, '#retry')
    await flush()
    expect(text(comp, '#empty')).toBe('暂无变更记录')
    const entry = i => ({ id: `e${i}`, at: '2024-05-01T09:00:00+08:00', actor: { id: 'a1', name: '管理员' }, subject: { id: 'w2', name: '王师傅' }, action: 'UPDATED', detail: '' })
    wx.__route('GET', '/api/staff/audit', call => ({ data: page(call.url.includes('page=1') ? [entry(21)] : Array.from({ length: 20 }, (_, i) => entry(i)), 21) }))
    await p.onPullDownRefresh()
    await flush()
    expect(comp.querySelectorAll('.entry')).toHaveLength(20)
    await p.onReachBottom()
    await flush()
    expect(comp.querySelectorAll('.entry')).toHaveLength(21)
    expect(text(comp, '#no-more')).toContain('没有更多了')
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
    expect(text(comp, '#category-WATER')).toContain('水电 WATER')
    expect(text(comp, '#category-WATER')).toContain('0577-86680001 · 排序 10')
    expect(text(comp, '#category-WATER')).not.toContain('已停用')
    expect(text(comp, '#category-OLD')).toContain('已停用')
    expect(comp.querySelector('#category-form')).toBeUndefined()
    await tap(comp, '#add')
    await tap(comp, '#save')
    expect(text(comp, '#error-code')).toContain('大写字母')
    await type(comp, '#code', 'ELEVATOR')
    await type(comp, '#name', '电梯')
    await type(comp, '#hotline', '0577-86680009')
    await tap(comp, '#save')
    await flush()
    expect(wx.__calls.find(c => c.method === 'POST').data).toEqual({ code: 'ELEVATOR', name: '电梯', hotline: '0577-86680009' })
    expect(comp.querySelector('#category-form')).toBeUndefined()
  })

  test('each category shows its TDesign icon, an old emoji as the nearest one; the form picks one from a grid', async () => {
    asAdmin()
    wx.__route('GET', '/api/categories', { data: all().concat([{ code: 'AC', name: '空调', icon: 'snowflake', hotline: null, order: 30, active: true }]) })
    wx.__route('POST', '/api/categories/AC', { data: {} })
    const { comp } = loadPage('pages/admin/categories/categories')
    await flush()
    expect(['WATER', 'OLD', 'AC'].map(code => icons(comp, `#category-${code}`)[0])).toEqual(['lightbulb', 'tools', 'snowflake'])
    expect(comp.dom.innerHTML).not.toMatch(/💧/)
    await tap(comp, '#edit-AC')
    expect(comp.querySelectorAll('.icon-choice').length).toBe(11)
    expect(comp.querySelector('#icon-snowflake').dom.className).toContain('icon-chosen')
    await tap(comp, '#icon-wifi')
    expect(comp.querySelector('#icon-snowflake').dom.className).not.toContain('icon-chosen')
    expect(comp.querySelector('#icon-wifi').dom.className).toContain('icon-chosen')
    await tap(comp, '#save')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/api/categories/AC')).data).toEqual({ name: '空调', icon: 'wifi', hotline: '', order: 30 })
  })

  test('each error sits under its field in the popup; 返回 closes it unsent', async () => {
    asAdmin()
    wx.__route('GET', '/api/categories', { data: all() })
    wx.__route('POST', '/api/categories', { statusCode: 409, data: { status: 409, detail: '类别代码已存在', errors: [{ field: 'code', message: '类别代码已存在' }] },
      header: { 'Content-Type': 'application/problem+json' } })
    const { comp } = loadPage('pages/admin/categories/categories')
    await flush()
    await tap(comp, '#add')
    await type(comp, '#code', 'WATER')
    await type(comp, '#order', 'x')
    await tap(comp, '#save')
    expect(text(comp, '#error-name')).toBe('请填写类别名称')
    expect(text(comp, '#error-order')).toBe('排序为0到9999的整数')
    expect(comp.querySelector('#error-code')).toBeUndefined()
    await type(comp, '#name', '水')
    await type(comp, '#order', '5')
    await tap(comp, '#save')
    await flush()
    expect(text(comp, '#error-code')).toBe('类别代码已存在')
    await tap(comp, '#cancel-edit')
    expect(comp.querySelector('#category-form')).toBeUndefined()
  })

  test('a list that could not be read says why, with 重试', async () => {
    asAdmin()
    wx.__route('GET', '/api/categories', { networkError: true })
    const { comp } = loadPage('pages/admin/categories/categories')
    expect(comp.querySelector('#skeleton')).toBeTruthy()
    await flush()
    expect(text(comp, '#load-error')).toContain('重试')
    expect(comp.querySelector('#add')).toBeUndefined()
    wx.__route('GET', '/api/categories', { data: all() })
    await tap(comp, '#retry')
    await flush()
    expect(comp.querySelector('#category-WATER')).toBeTruthy()
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
    // The old emoji is saved as the TDesign icon it showed as.
    expect(edit.data).toEqual({ name: '水电维修', icon: 'lightbulb', hotline: '0577-86680001', order: 10 })
    await tap(comp, '#toggle-OLD')
    await flush()
    expect(wx.__calls.find(c => c.url.endsWith('/api/categories/OLD')).data).toEqual({ active: true })
    await tap(comp, '#remove-WATER')
    expect(comp.querySelector('#remove-dialog').instance.data.visible).toBe(true)
    expect(comp.querySelector('#remove-dialog').instance.data.content).toContain('用过的请停用')
    await fire(comp, '#remove-dialog', 'confirm')
    await flush()
    await flush()
    expect(wx.__calls.find(c => c.method === 'DELETE').url).toContain('/api/categories/WATER')
    expect(wx.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: expect.stringContaining('只能停用') }))
  })
})
