// One fault, one request in the mini program: the "same fault" sheet before a report is sent, the
// notices on the requester's home page, the follower line of a request, and the admins' merge and
// notice pages.
const { render, loadPage, text, tap, type, fire } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { request, page, login, categories } = require('../../helpers/fixtures')

const hoursAgo = h => new Date(Date.now() - h * 3600 * 1000).toISOString()
const NOTICE = {
  id: 'n1', state: 'ACTIVE', buildingId: 'b3', place: '3号楼', category: { code: 'WATER', name: '水电维修' },
  reason: '管道检修', startsAt: '2024-05-01T08:00:00+08:00', endsAt: '2024-05-01T18:00:00+08:00',
  followers: 4, following: false
}
const CARD = {
  id: 'r7', number: 'BX7', status: 'ASSIGNED', currentStep: '维修工确认接单', category: { code: 'WATER', name: '水电维修' },
  place: '3号楼 512', createdAt: hoursAgo(2), followers: 2, mine: false, following: false
}

describe('components/same-fault/same-fault.js', () => {
  test('asks nothing until it knows the category and the place', async () => {
    login()
    render('components/same-fault/same-fault', { categoryCode: 'WATER' })
    await flush()
    expect(wx.__calls).toHaveLength(0)
  })

  test('shows the notice and the open request of the same fault as short cards', async () => {
    login()
    wx.__route('GET', '/api/requests/duplicates', { data: { items: [CARD], buildingWide: false } })
    wx.__route('GET', '/api/notices', { data: [NOTICE] })
    const comp = render('components/same-fault/same-fault', { categoryCode: 'WATER', roomId: 'r512', buildingId: 'b3' })
    await flush(5)
    const asked = wx.__calls.find(c => c.url.includes('/duplicates'))
    expect(asked.url).toContain('categoryCode=WATER')
    expect(asked.url).toContain('roomId=r512')
    expect(asked.url).not.toContain('buildingId')
    expect(wx.__calls.find(c => c.url.includes('/api/notices')).url).toContain('buildingId=b3')
    expect(text(comp, '.sf-card .sf-line')).toBe('3号楼 512 · 水电维修 · 待接单 · 2小时前')
    expect(text(comp, '.sf-card .sf-hint')).toBe('3人受影响')
    expect(text(comp, '.sf-notice .sf-line')).toContain('3号楼 水电维修 停供至')
    expect(text(comp, '.sf-notice .sf-reason')).toBe('原因：管道检修')
  })

  test('我也遇到了 follows the request and says which, instead of reporting', async () => {
    login()
    wx.__route('GET', '/api/requests/duplicates', { data: { items: [CARD], buildingWide: true } })
    wx.__route('POST', '/api/requests/r7/follow', { data: { requestId: 'r7', following: true, followers: 3 } })
    const comp = render('components/same-fault/same-fault', { categoryCode: 'WATER', buildingId: 'b3' })
    const followed = jest.fn()
    comp.addEventListener('followed', followed)
    await flush(5)
    expect(wx.__calls[0].url).toContain('buildingId=b3')
    await tap(comp, '#follow-request-0')
    await flush()
    expect(wx.__calls.some(c => c.method === 'POST' && c.url.endsWith('/api/requests/r7/follow'))).toBe(true)
    expect(followed).toHaveBeenCalled()
    expect(followed.mock.calls[0][0].detail).toEqual({ kind: 'request', id: 'r7' })
  })

  test('the requester own request is a link, one already followed says so, and a notice can be followed', async () => {
    login()
    wx.__route('GET', '/api/requests/duplicates', {
      data: { items: [Object.assign({}, CARD, { mine: true }), Object.assign({}, CARD, { id: 'r8', following: true })] }
    })
    wx.__route('GET', '/api/notices', { data: [NOTICE] })
    wx.__route('POST', '/api/notices/n1/follow', { data: Object.assign({}, NOTICE, { following: true }) })
    const comp = render('components/same-fault/same-fault', { categoryCode: 'WATER', roomId: 'r512', buildingId: 'b3' })
    const followed = jest.fn()
    comp.addEventListener('followed', followed)
    await flush(5)
    expect(text(comp, '#open-mine-0')).toBe('我的报修')
    expect(comp.querySelector('#follow-request-1')).toBeUndefined()
    await tap(comp, '#follow-notice-0')
    await flush()
    expect(followed.mock.calls[0][0].detail).toEqual({ kind: 'notice', id: 'n1' })
  })

  test('a follow refused (the request ended meanwhile) says why and asks again', async () => {
    login()
    wx.__route('GET', '/api/requests/duplicates', { data: { items: [CARD] } })
    wx.__route('POST', '/api/requests/r7/follow', {
      statusCode: 409, header: { 'Content-Type': 'application/problem+json' },
      data: { status: 409, title: 'Conflict', detail: '报修单已结束（CLOSED），不能再关注' }
    })
    const comp = render('components/same-fault/same-fault', { categoryCode: 'WATER', roomId: 'r512' })
    await flush(5)
    await tap(comp, '#follow-request-0')
    await flush(5)
    expect(wx.showModal.mock.calls.concat(wx.showToast.mock.calls).map(c => JSON.stringify(c[0])).join())
      .toContain('不能再关注')
    expect(wx.__calls.filter(c => c.url.includes('/duplicates'))).toHaveLength(2)
  })
})

describe('pages/user/report/report.js with the same-fault sheet', () => {
  test('a picked room and category ask for the same fault there; following one opens it', async () => {
    login()
    wx.__route('GET', '/api/categories', { data: categories })
    wx.__route('GET', '/api/requests/duplicates', { data: { items: [CARD] } })
    wx.__route('GET', '/api/notices', { data: [] })
    const { comp, page: p } = loadPage('pages/user/report/report')
    await flush()
    await fire(comp, '#category', 'change', { value: 0 })
    p.setPlace({ id: 'r512', label: '3号楼 512', building: { id: 'b3', name: '3号楼' } }, null)
    await flush(5)
    const asked = wx.__calls.filter(c => c.url.includes('/duplicates')).pop()
    expect(asked.url).toContain('roomId=r512')
    expect(text(comp, '#same-fault >>> .sf-card .sf-line')).toContain('3号楼 512')
    p.onFollowed({ detail: { kind: 'request', id: 'r7' } })
    expect(wx.redirectTo).toHaveBeenCalledWith({ url: '/pages/user/detail/detail?id=r7' })
  })
})

describe('components/notice-list on pages/user/home/home.js', () => {
  test('lists the active notices and follows one', async () => {
    login()
    wx.__route('GET', '/api/requests', { data: page([]) })
    let following = false
    wx.__route('GET', '/api/notices', () => ({ data: [Object.assign({}, NOTICE, { following })] }))
    wx.__route('POST', '/api/notices/n1/follow', () => {
      following = true
      return { data: Object.assign({}, NOTICE, { following }) }
    })
    const { comp } = loadPage('pages/user/home/home')
    await flush(5)
    expect(text(comp, '#notices >>> .notice-line')).toContain('3号楼 水电维修 停供至')
    expect(text(comp, '#notices >>> .notice-reason')).toBe('原因：管道检修')
    expect(text(comp, '#notices >>> #toggle-0')).toBe('恢复时通知我')
    await tap(comp, '#notices >>> #toggle-0')
    await flush(5)
    expect(text(comp, '#notices >>> #toggle-0')).toBe('已关注 · 取消')
  })

  test('lists the requests the requester follows, each opening its detail', async () => {
    login()
    wx.__route('GET', '/api/requests', { data: page([]) })
    wx.__route('GET', '/api/notices', { data: [] })
    wx.__route('GET', '/api/requests/followed', {
      data: page([request({ id: 'r7', status: 'IN_PROGRESS', following: true, requester: null, contactPhone: null })])
    })
    const { comp } = loadPage('pages/user/home/home')
    await flush(5)
    expect(text(comp, '#followed >>> #followed-0')).toMatch(/^北区3号楼 402\s*水电维修\s*维修中$/)
    await tap(comp, '#followed >>> #followed-0')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/user/detail/detail?id=r7' })
  })

  test('no notice, no panel', async () => {
    login()
    wx.__route('GET', '/api/requests', { data: page([]) })
    wx.__route('GET', '/api/notices', { data: [] })
    const { comp } = loadPage('pages/user/home/home')
    await flush(5)
    expect(comp.querySelector('#notices >>> .notice')).toBeUndefined()
  })
})

describe('components/follow-bar on pages/user/detail/detail.js', () => {
  test('a follower sees how many people it affects and can stop following', async () => {
    login()
    let following = true
    wx.__route('GET', '/api/requests/r1', () => ({ data: request({ followers: following ? 3 : 2, following }) }))
    wx.__route('GET', '/api/requests/r1/queue', { data: { waiting: false } })
    wx.__route('DELETE', '/api/requests/r1/follow', () => {
      following = false
      return { data: { requestId: 'r1', following: false, followers: 2 } }
    })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(text(comp, '#follow >>> #affected')).toBe('共4人受影响（3人关注）')
    await tap(comp, '#follow >>> #unfollow')
    await flush(5)
    expect(wx.__calls.some(c => c.method === 'DELETE')).toBe(true)
    expect(comp.querySelector('#follow >>> #unfollow')).toBeUndefined()
    expect(text(comp, '#follow >>> #affected')).toBe('共3人受影响（2人关注）')
  })

  test('a merged duplicate links to the request kept', async () => {
    login()
    wx.__route('GET', '/api/requests/r1', { data: request({ status: 'MERGED', mergedInto: 'r9', followers: 0 }) })
    const { comp } = loadPage('pages/user/detail/detail', { id: 'r1' })
    await flush(5)
    expect(text(comp, '#info')).toContain('已合并')
    await tap(comp, '#follow >>> #merged')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/user/detail/detail?id=r9' })
  })
})

describe('pages/admin/merge/merge.js', () => {
  const duplicate = request({ id: 'r2', location: { building: '3号楼', room: '512', roomId: 'r512', buildingId: 'b3' }, allowedActions: ['merge'] })

  test('offers the open requests of the same fault, and merges into the one picked', async () => {
    login({ role: 'ADMIN' })
    wx.__route('GET', '/api/requests/r2', { data: duplicate })
    wx.__route('GET', '/api/requests/duplicates', { data: { items: [Object.assign({}, CARD, { id: 'r2' }), CARD] } })
    wx.__route('POST', '/api/requests/r2/merge', { data: request({ id: 'r2', status: 'MERGED', mergedInto: 'r7' }) })
    const { comp } = loadPage('pages/admin/merge/merge', { id: 'r2' })
    await flush(5)
    expect(wx.__calls.find(c => c.url.includes('/duplicates')).url).toContain('roomId=r512')
    expect(comp.querySelectorAll('.merge-sub')).toHaveLength(1)
    expect(text(comp, '#candidate-0')).toContain('BX7')
    await tap(comp, '#candidate-0')
    await tap(comp, '#merge')
    await flush(5)
    const merge = wx.__calls.find(c => c.method === 'POST')
    expect(merge.url).toContain('/api/requests/r2/merge')
    expect(merge.data).toEqual({ into: 'r7' })
    expect(wx.redirectTo).toHaveBeenCalledWith({ url: '/pages/admin/request/request?id=r7' })
  })

  test('nothing picked is said before asking; a merge made first by another admin says so', async () => {
    login({ role: 'ADMIN' })
    wx.__route('GET', '/api/requests/r2', { data: duplicate })
    wx.__route('GET', '/api/requests/duplicates', { data: { items: [] } })
    wx.__route('POST', '/api/requests/r2/merge', {
      statusCode: 409, header: { 'Content-Type': 'application/problem+json' },
      data: { status: 409, title: 'Conflict', detail: '报修单已合并到另一报修单，不能再合并' }
    })
    const { comp, page: p } = loadPage('pages/admin/merge/merge', { id: 'r2' })
    await flush(5)
    expect(comp.querySelector('#no-candidates')).toBeDefined()
    await tap(comp, '#merge')
    expect(text(comp, '#error')).toBe('请选择或填写要保留的报修单')
    await type(comp, '#kept', 'r7')
    await tap(comp, '#merge')
    await flush(5)
    expect(p.data.error).toContain('已合并')
  })
})

describe('admin request page', () => {
  test('shows 合并 only when the server allows it, and the number of people affected', async () => {
    login({ role: 'ADMIN' })
    wx.__route('GET', '/api/requests/r1', { data: request({ allowedActions: ['review', 'merge'], followers: 5 }) })
    const { comp } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush(5)
    expect(text(comp, '#follow >>> #affected')).toBe('共6人受影响（5人关注）')
    await tap(comp, '#merge')
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/admin/merge/merge?id=r1' })
  })
})

describe('pages/admin/notices/notices.js and notice-post', () => {
  test('lists the notices and ends an open one', async () => {
    login({ role: 'ADMIN' })
    let state = 'ACTIVE'
    wx.__route('GET', '/api/notices/all', () => ({ data: page([Object.assign({}, NOTICE, { state })]) }))
    wx.__route('POST', '/api/notices/n1/close', () => {
      state = 'ENDED'
      return { data: Object.assign({}, NOTICE, { state }) }
    })
    const { comp } = loadPage('pages/admin/notices/notices')
    await flush(5)
    expect(text(comp, '.notice-title')).toBe('3号楼 · 水电维修')
    expect(text(comp, '.notice-state')).toBe('生效中')
    await tap(comp, '#close-0')
    await flush(5)
    expect(wx.showModal.mock.calls[0][0].content).toContain('4位关注者')
    expect(text(comp, '.notice-state')).toBe('已结束')
    expect(comp.querySelector('#close-0')).toBeUndefined()
  })

  test('posting checks the form, sends a building or the whole area, and shows the server field errors', async () => {
    login({ role: 'ADMIN' })
    wx.__route('GET', '/api/places/areas', { data: [{ id: 'a1', name: '南校区', retired: false }] })
    wx.__route('GET', '/api/categories', { data: categories })
    wx.__route('GET', '/api/places/buildings', { data: page([{ id: 'b3', name: '3号楼' }]) })
    let answer = { statusCode: 400, header: { 'Content-Type': 'application/problem+json' },
      data: { status: 400, title: 'Bad Request', detail: '结束时间已过', errors: [{ field: 'endsAt', message: '结束时间已过' }] } }
    wx.__route('POST', '/api/notices', () => answer)
    const { comp, page: p } = loadPage('pages/admin/notice-post/notice-post')
    await flush(5)
    await tap(comp, '#submit')
    expect(text(comp, '#error-place')).toBe('请选择区域')
    expect(text(comp, '#error-reason')).toBe('请填写原因')
    await fire(comp, '#area', 'change', { value: 0 })
    await flush(5)
    await fire(comp, '#category', 'change', { value: 0 })
    await type(comp, '#reason', '管道检修')
    await fire(comp, '#end-date', 'change', { value: '2024-05-01' })
    await fire(comp, '#end-time', 'change', { value: '18:00' })
    await tap(comp, '#submit')
    await flush(5)
    const posted = wx.__calls.filter(c => c.method === 'POST').pop()
    expect(posted.data).toEqual({ categoryCode: 'WATER', reason: '管道检修', endsAt: '2024-05-01T18:00:00+08:00', areaId: 'a1' })
    expect(text(comp, '#error-ends')).toBe('结束时间已过')
    answer = { statusCode: 201, data: NOTICE }
    await fire(comp, '#building', 'change', { value: 1 })
    await tap(comp, '#submit')
    await flush(5)
    expect(wx.__calls.filter(c => c.method === 'POST').pop().data.buildingId).toBe('b3')
    expect(wx.navigateBack).toHaveBeenCalled()
    expect(p.data.errors).toEqual({})
  })
})
