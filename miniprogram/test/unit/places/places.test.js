const { loadPage, text, tap, type, fire } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { categories, request, page, login } = require('../../helpers/fixtures')
const placeLink = require('../../../utils/place-link')

const LINK = 'https://repair.example.edu.cn/q'
const area = { id: '1', name: '南校区' }
const building = { id: '3', area, name: '7号楼', kind: 'DORMITORY', kindName: '宿舍', latitude: null, longitude: null, retired: false }
const room = (id, number, over) => Object.assign({
  id, building: { id: '3', name: '7号楼', area, retired: false }, floor: number[0], number, name: null, use: '宿舍',
  retired: false, label: `7号楼 ${number}`
}, over)
const asset = { id: '40', room: room('12', '301'), name: '热水器', category: { code: 'NETWORK', name: '网络故障' }, model: null, serialNumber: null, installedOn: null, retired: false }

function openReport(query, user) {
  login(user)
  wx.__route('GET', '/api/categories', { data: categories })
  wx.__route('GET', '/api/places/buildings', { data: page([building]) })
  wx.__route('GET', '/api/places/rooms', { data: page([room('12', '301'), room('13', '302')]) })
  wx.__route('GET', '/api/places/rooms/matching', { data: [] })
  return loadPage('pages/user/report/report', query)
}

async function describeFault(comp) {
  await fire(comp, '#category', 'change', { value: 0 })
  await type(comp, '#description', '热水器不出热水')
}

describe('utils/place-link.js', () => {
  test('reads our labels, and nothing else', () => {
    expect(placeLink.parseLabel(`${LINK}/r/12`)).toEqual({ kind: 'room', id: '12' })
    expect(placeLink.parseLabel(`${LINK}/a/40`)).toEqual({ kind: 'asset', id: '40' })
    expect(placeLink.parseLabel('https://example.com/q/r/12')).toBeNull()
    expect(placeLink.parseLabel(`${LINK}x/r/12`)).toBeNull()
    expect(placeLink.parseLabel(`${LINK}/r/12/../../x`)).toBeNull()
    expect(placeLink.parseLabel('微信支付')).toBeNull()
    expect(placeLink.parseLabel(undefined)).toBeNull()
  })

  test('a mini program code scene, WeChat camera q and our own query all name the place', () => {
    expect(placeLink.parseScene('r%3D12')).toEqual({ kind: 'room', id: '12' })
    expect(placeLink.parseScene('a=40')).toEqual({ kind: 'asset', id: '40' })
    expect(placeLink.parseScene('x=1')).toBeNull()
    expect(placeLink.fromScan({ result: `${LINK}/r/12` })).toEqual({ kind: 'room', id: '12' })
    expect(placeLink.fromScan({ result: '', path: 'pages/user/report/report?scene=a%3D40' })).toEqual({ kind: 'asset', id: '40' })
    expect(placeLink.fromLaunch({ q: encodeURIComponent(`${LINK}/r/12`) })).toEqual({ kind: 'room', id: '12' })
    expect(placeLink.fromLaunch({ scene: 'r=12' })).toEqual({ kind: 'room', id: '12' })
    expect(placeLink.fromLaunch({ roomId: '12' })).toEqual({ kind: 'room', id: '12' })
    expect(placeLink.fromLaunch({})).toBeNull()
  })

  test('openReportAt opens the report form at the room or asset', () => {
    placeLink.openReportAt({ kind: 'asset', id: '40' })
    expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/user/report/report?assetId=40' })
  })
})

describe('pages/user/report/report.js with places', () => {
  test('suggests the last used room and the profile address first, then picks building → room from searched lists', async () => {
    wx.setStorageSync('recentRooms', [room('20', '512', { label: '7号楼 512' })])
    const { comp, page: report } = openReport({}, { address: '南校区7号楼301' })
    wx.__route('GET', '/api/places/rooms/matching', { data: [room('12', '301')] })
    await flush()
    report.selectComponent('#picker').suggest()
    await flush(6)
    const suggestions = comp.querySelectorAll('#picker >>> .suggestion').map(n => n.dom.textContent.trim())
    expect(suggestions).toEqual(['7号楼 512', '7号楼 301'])
    expect(wx.__calls.find(c => c.url.includes('/api/places/rooms/matching')).url).toContain(encodeURIComponent('南校区7号楼301'))

    await type(comp, '#picker >>> #building-search', '7号')
    expect(wx.__calls.filter(c => c.url.includes('/api/places/buildings?')).pop().url).toContain('q=7%E5%8F%B7')
    await tap(comp, '#picker >>> .building')
    await flush()
    await type(comp, '#picker >>> #room-search', '30')
    expect(wx.__calls.filter(c => c.url.includes('/api/places/rooms?')).pop().url).toMatch(/buildingId=3&q=30/)
    const rooms = comp.querySelectorAll('#picker >>> .room')
    expect(rooms).toHaveLength(2)
    await tap(comp, '#picker >>> .room')
    expect(text(comp, '#place-label')).toBe('7号楼 301')
    expect(comp.querySelector('#building')).toBeUndefined()

    wx.__route('POST', '/api/requests', { statusCode: 201, data: request({ id: 'r9' }) })
    await describeFault(comp)
    await type(comp, '#detail', '靠窗的灯')
    await tap(comp, '#submit')
    await flush()
    const post = wx.__calls.find(c => c.method === 'POST' && c.url.endsWith('/api/requests'))
    expect(post.data.location).toEqual({ roomId: '12', detail: '靠窗的灯' })
    expect(wx.getStorageSync('recentRooms').map(r => r.id)).toEqual(['12', '20'])
  })

  test('a scanned label of an asset fills in the place, the asset and its usual category', async () => {
    const { comp, page: report } = openReport()
    await flush()
    wx.__route('GET', '/api/places/assets/40', { data: asset })
    wx.scanCode = jest.fn(o => o.success({ result: `${LINK}/a/40`, scanType: 'QR_CODE' }))
    await tap(comp, '#scan')
    await flush()
    expect(wx.scanCode).toHaveBeenCalled()
    expect(text(comp, '#place-label')).toBe('7号楼 301 · 热水器')
    expect(report.data.form.categoryCode).toBe('NETWORK')

    wx.__route('POST', '/api/requests', { statusCode: 201, data: request({ id: 'r9' }) })
    await type(comp, '#description', '不出热水')
    await tap(comp, '#submit')
    await flush()
    const post = wx.__calls.find(c => c.method === 'POST' && c.url.endsWith('/api/requests'))
    expect(post.data.location).toEqual({ roomId: '12', assetId: '40', detail: '' })
    expect(post.data.categoryCode).toBe('NETWORK')
  })

  test('a code that is not ours says so and leaves the normal form', async () => {
    const { comp, page: report } = openReport()
    await flush()
    wx.scanCode = jest.fn(o => o.success({ result: 'https://shop.example.com/item/12', scanType: 'QR_CODE' }))
    await tap(comp, '#scan')
    await flush()
    expect(wx.showModal.mock.calls[0][0].content).toBe('这不是本系统的报修二维码，请在下方选择报修地点')
    expect(report.data.place).toBeNull()
    expect(comp.querySelector('#picker')).toBeDefined()
    expect(comp.querySelector('#building')).toBeDefined()
    expect(wx.__calls.filter(c => c.url.includes('/api/places/rooms/'))).toHaveLength(0)
  })

  test('a label of a retired room says so and leaves the normal form', async () => {
    const { comp, page: report } = openReport()
    await flush()
    wx.__route('GET', '/api/places/rooms/12', { data: room('12', '301', { retired: true }) })
    wx.scanCode = jest.fn(o => o.success({ result: `${LINK}/r/12` }))
    await tap(comp, '#scan')
    await flush()
    expect(wx.showModal.mock.calls[0][0].content).toBe('该房间已停用，请选择其他报修地点')
    expect(report.data.place).toBeNull()
    expect(comp.querySelector('#building')).toBeDefined()
  })

  test('opened by WeChat\'s camera on a label, the form starts at that room', async () => {
    wx.__route('GET', '/api/places/rooms/12', { data: room('12', '301') })
    const { comp } = openReport({ q: encodeURIComponent(`${LINK}/r/12`), scancode_time: '1700000000' })
    await flush(6)
    expect(text(comp, '#place-label')).toBe('7号楼 301')
  })

  test('a point on the map offers the buildings near it as the place', async () => {
    const { comp } = openReport()
    await flush()
    wx.__route('GET', '/api/places/buildings/nearest', { data: [{ building, distanceMeters: 80 }] })
    wx.chooseLocation.mockImplementation(o => o.success({ name: '路灯', address: '茶山街道', latitude: 27.91, longitude: 120.7 }))
    await tap(comp, '#choose-location')
    await flush()
    expect(text(comp, '.nearby-item')).toBe('7号楼（约80米）')
    await tap(comp, '.nearby-item')
    expect(text(comp, '#place-label')).toBe('7号楼附近')
    wx.__route('POST', '/api/requests', { statusCode: 201, data: request({ id: 'r9' }) })
    await describeFault(comp)
    await tap(comp, '#submit')
    await flush()
    const post = wx.__calls.find(c => c.method === 'POST' && c.url.endsWith('/api/requests'))
    expect(post.data.location).toEqual({ buildingId: '3', detail: '茶山街道', latitude: 27.91, longitude: 120.7 })
  })

  test('the server refusing the room shows its message at the place', async () => {
    const { comp } = openReport()
    await flush()
    await tap(comp, '#picker >>> .building')
    await flush()
    await tap(comp, '#picker >>> .room')
    wx.__route('POST', '/api/requests', { statusCode: 400, data: { status: 400, detail: 'location.roomId：房间不存在或已停用', errors: [{ field: 'location.roomId', message: '房间不存在或已停用' }] } })
    await describeFault(comp)
    await tap(comp, '#submit')
    await flush()
    expect(text(comp, '#error-place')).toBe('房间不存在或已停用')
  })
})

describe('components/place-history', () => {
  const history = {
    room: [{ id: 'r7', number: 'BX1', createdAt: '2024-04-02T03:00:00Z', status: 'CLOSED', category: { code: 'WATER', name: '水电维修' }, description: '水管漏水', assetName: null, worker: { id: 'w2', name: '王师傅' }, rating: { result: 2, efficiency: 3, comment: null } }],
    asset: [{ id: 'r6', number: 'BX0', createdAt: '2024-03-01T03:00:00Z', status: 'CLOSED', category: { code: 'WATER', name: '水电维修' }, description: '热水器不热', assetName: '热水器', worker: null, rating: null }]
  }
  const atRoom = over => request(Object.assign({ location: { building: '7号楼', room: '301', detail: '', roomId: '12', buildingId: '3', assetId: '40', assetName: '热水器' } }, over))

  test('the worker\'s task page shows the last repairs at the room and the asset', async () => {
    login({ id: 'w1', role: 'WORKER', name: '李师傅' })
    wx.__route('GET', '/api/requests/r1', { data: atRoom({ status: 'ASSIGNED', allowedActions: ['accept', 'refuse'] }) })
    wx.__route('GET', '/api/requests/r1/place-history', { data: history })
    const { comp } = loadPage('pages/worker/task/task', { id: 'r1' })
    await flush(6)
    expect(text(comp, '#place-history >>> #room-history')).toContain('2024-04-02 · 水电维修')
    // The score in TDesign's read-only stars, not hand-drawn ones.
    const stars = comp.querySelector('#place-history >>> #rating-r7').instance.data
    expect([stars.value, stars.disabled]).toEqual([2, true])
    expect(text(comp, '#place-history >>> #room-history')).not.toContain('★')
    expect(text(comp, '#place-history >>> #asset-history')).toContain('热水器不热')
    expect(text(comp, '#place-history >>> #asset-history')).toContain('未评价')
  })

  test('the admin\'s request page says when the room has no other repairs, and a typed place has no block', async () => {
    login({ id: 'a1', role: 'ADMIN', name: '管理员' })
    wx.__route('GET', '/api/requests/r1', { data: atRoom({ allowedActions: ['review'] }) })
    wx.__route('GET', '/api/requests/r1/place-history', { data: { room: [], asset: [] } })
    const { comp } = loadPage('pages/admin/request/request', { id: 'r1' })
    await flush(6)
    expect(text(comp, '#place-history >>> #no-history')).toBe('该房间暂无其他维修记录')

    wx.__route('GET', '/api/requests/r2', { data: request({ id: 'r2', allowedActions: ['review'] }) })
    const typed = loadPage('pages/admin/request/request', { id: 'r2' })
    await flush(6)
    expect(typed.comp.querySelector('#place-history')).toBeUndefined()
  })
})

describe('a label scanned before logging in', () => {
  test('the report page sends the person to log in, and the login opens the report at that room', async () => {
    wx.__route('GET', '/api/categories', { data: categories })
    loadPage('pages/user/report/report', { q: encodeURIComponent(`${LINK}/r/12`) })
    await flush()
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/login' })

    wx.__route('POST', '/api/auth/login', { data: { token: 't', expiresAt: '2030-01-01T00:00:00Z', user: { id: 'u1', role: 'USER', name: '张三', phone: '13912345678', hasPassword: true } } })
    const { comp } = loadPage('pages/login/login')
    wx.__answerModal({ confirm: false })
    await tap(comp, '#switch-mode')
    await type(comp, '#phone', '13912345678')
    await type(comp, '#password', 'secret-pass-1')
    await tap(comp, '#submit')
    await flush()
    expect(wx.reLaunch).toHaveBeenLastCalledWith({ url: '/pages/user/report/report?roomId=12' })
    expect(wx.getStorageSync('pendingPlace')).toBe('')
  })
})

describe('utils/format.js locationText', () => {
  test('names the asset a request was made at between the room and the detail', () => {
    const format = require('../../../utils/format')
    expect(format.locationText({ building: '7号楼', room: '301', assetName: '热水器', detail: '卫生间' })).toBe('7号楼 301 · 热水器 · 卫生间')
    expect(format.locationText({ building: '7号楼', room: null, assetName: null, detail: null })).toBe('7号楼')
  })
})
