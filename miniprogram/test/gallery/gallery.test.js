// The page gallery: every page of the mini program with sample data, drawn by headless Chromium as a
// 375 × 812 phone and written to docs/screenshots/<name>.png (docs/gallery.md shows them by role and
// flow). It runs with the unit tests, so CI draws it for every change; reviewers look at the PNGs.
//
// Pages are rendered by miniprogram-simulate exactly as the unit tests render them (the same stand-in
// `wx`, answering the API from the sample data below), then drawn by test/gallery/render.js.
const fs = require('fs')
const os = require('os')
const path = require('path')
const { execFileSync } = require('child_process')
const { PNG } = require('pngjs')
const { loadPage, tap, type, fire } = require('../helpers/simulate')
const { flush } = require('../helpers/wx')
const { request, page, login, categories } = require('../helpers/fixtures')
const { pageHtml, rpx } = require('./render')

// The charts are uCharts on WeChat's 2d canvas, which the simulator has not: what a page asks
// utils/charts.js to draw is kept, and Chromium draws it with the same uCharts and the same options
// on the page's canvas (render.js).
jest.mock('../../utils/charts', () => ({
  draw: (page, id, options) => {
    global.galleryCharts.push({ id, options })
    return Promise.resolve({})
  }
}))

// miniprogram-simulate writes 1rpx as 1px, in the WXSS and in a component's style (TDesign's sizes:
// an icon's `size="32rpx"`, a star's); on a 375 pt screen it is half that.
require('miniprogram-simulate/src/utils').transformRpx = rpx
require('j-component/src/tool/utils').transformRpx = style => rpx(style)

const ROOT = path.resolve(__dirname, '../..')
const OUT = path.resolve(ROOT, '../docs/screenshots')
const app = require('../../app.json')

const hoursAgo = h => new Date(Date.now() - h * 3600 * 1000).toISOString()
const hoursOn = h => new Date(Date.now() + h * 3600 * 1000).toISOString()

// --- sample people and requests ----------------------------------------------------------------
const USER = { id: 'u1', role: 'USER', name: '张三', phone: '13912345678' }
const WORKER = { id: 'w1', role: 'WORKER', name: '李师傅', phone: '13700001111' }
const ADMIN = { id: 'a1', role: 'ADMIN', name: '王老师', phone: '13800000000' }
const KEEPER = { id: 'k1', role: 'WAREHOUSE', name: '赵库管', phone: '13700002222' }
const worker = { id: 'w1', name: '李师傅', phone: '13700001111' }
const step = (key, name, assignee, dueInHours) => ({
  key, name, since: hoursAgo(2), assignee, dueAt: dueInHours == null ? null : hoursOn(dueInHours), overdue: dueInHours != null && dueInHours < 0
})
const history = entries => entries.map(([h, action, actor, note]) => ({ at: hoursAgo(h), action, actor, note: note || null }))

const PART_LINE = over => Object.assign({ id: 'l1', partId: 'p1', name: '球阀 DN20', unit: '个', unitPrice: 48, quantity: 2, issued: 0, used: null, state: 'REQUESTED', warehouseId: null }, over)
const PARTS = [
  { id: 'p1', name: '球阀', spec: 'DN20', unit: '个', unitPrice: 48, category: '水暖', shelf: 'A-01', minStock: 2, retired: false },
  { id: 'p2', name: '生料带', spec: '', unit: '卷', unitPrice: 2, category: '水暖', shelf: 'A-02', minStock: 10, retired: false },
  { id: 'p4', name: 'LED灯管', spec: 'T8 1.2m', unit: '根', unitPrice: 25, category: '电工', shelf: 'B-03', minStock: 20, retired: false }
]
const WAREHOUSES = [{ id: 'h1', name: '主仓库', location: '后勤楼' }, { id: 'h2', name: '北区仓库', location: '' }]
// Constants are made before the clock stands still (below): their times are written out.
const NOTICE = {
  id: 'n1', state: 'ACTIVE', buildingId: '4', place: '北区3号楼', category: { code: 'WATER', name: '水电维修' },
  reason: '主管道检修', startsAt: '2026-11-30T09:00:00+08:00', endsAt: '2026-11-30T15:00:00+08:00', followers: 12, following: false
}
const CARD = {
  id: 'r3', number: 'BX20261130003', status: 'ASSIGNED', currentStep: '维修工确认接单', category: { code: 'WATER', name: '水电维修' },
  place: '北区3号楼 402', createdAt: '2026-11-30T08:00:00+08:00', followers: 2, mine: false, following: false
}

// A request created when its history says it was submitted (the fixture's own date is a fixed one).
function sample(over) {
  const body = request(over)
  const submitted = body.history.find(entry => entry.action === 'SUBMITTED')
  return Object.assign(body, { createdAt: submitted.at, updatedAt: body.history[body.history.length - 1].at })
}

const SAMPLES = {
  review: over => sample(Object.assign({
    id: 'r1', number: 'BX20261130001', status: 'PENDING_REVIEW', priority: 'URGENT', description: '宿舍卫生间水管爆裂，水漫到走廊，需要马上关闭总阀',
    location: { building: '北区3号楼', room: '402', detail: '卫生间', latitude: null, longitude: null, buildingType: 'DORMITORY' },
    currentStep: step('review', '审核报修', null, 0.3),
    serviceLevel: { review: 'PT30M', dispatch: 'PT30M', confirm: 'PT15M', repair: 'PT4H' },
    history: history([[2, 'SUBMITTED', '张三']])
  }, over)),
  dispatch: over => sample(Object.assign({
    id: 'r2', number: 'BX20261130002', status: 'AWAITING_DISPATCH', category: { code: 'NETWORK', name: '网络故障' }, description: '宿舍网口没有信号，换了网线也不行',
    location: { building: '南区5号楼', room: '101', detail: '', latitude: null, longitude: null },
    currentStep: step('assign', '派工', null, 1.5), history: history([[5, 'SUBMITTED', '张三'], [4, 'ACCEPTED', '王老师']])
  }, over)),
  assigned: over => sample(Object.assign({
    id: 'r3', number: 'BX20261130003', status: 'ASSIGNED', description: '教室灯管闪烁，上课看不清黑板', category: { code: 'WATER', name: '水电维修' },
    location: { building: '第一教学楼', room: '204', detail: '讲台上方', latitude: null, longitude: null, buildingType: 'TEACHING' },
    worker, currentStep: step('confirm', '维修工确认接单', { id: 'w1', name: '李师傅' }, 0.2),
    history: history([[6, 'SUBMITTED', '张三'], [5, 'ACCEPTED', '王老师'], [4, 'ASSIGNED', '王老师', '李师傅']])
  }, over)),
  repairing: over => sample(Object.assign({
    id: 'r4', number: 'BX20261130004', status: 'IN_PROGRESS', description: '宿舍门锁坏了，钥匙插不进去', category: { code: 'FURNITURE', name: '家具门窗' },
    location: { building: '北区3号楼', room: '402', detail: '', latitude: null, longitude: null },
    worker, currentStep: step('repair', '维修', { id: 'w1', name: '李师傅' }, 3),
    history: history([[8, 'SUBMITTED', '张三'], [7, 'ACCEPTED', '王老师'], [6, 'ASSIGNED', '王老师', '李师傅'], [5, 'WORKER_ACCEPTED', '李师傅']])
  }, over)),
  rating: over => sample(Object.assign({
    id: 'r5', number: 'BX20261129008', status: 'AWAITING_RATING', description: '空调不制冷，遥控器显示正常', category: { code: 'WATER', name: '水电维修' },
    location: { building: '北区3号楼', room: '402', detail: '', latitude: null, longitude: null },
    worker, currentStep: step('rate', '评价', { id: 'u1', name: '张三' }, null),
    history: history([[30, 'SUBMITTED', '张三'], [29, 'ACCEPTED', '王老师'], [28, 'ASSIGNED', '王老师', '李师傅'], [27, 'WORKER_ACCEPTED', '李师傅'], [20, 'COMPLETED', '李师傅', '补充了制冷剂，已恢复']])
  }, over)),
  closed: over => sample(Object.assign({
    id: 'r6', number: 'BX20261120002', status: 'CLOSED', description: '洗手台下水堵塞', currentStep: null, worker,
    rating: { result: 5, efficiency: 4, comment: '师傅很专业' },
    history: history([[200, 'SUBMITTED', '张三'], [150, 'COMPLETED', '李师傅'], [140, 'RATED', '张三']])
  }, over)),
  partsWaiting: over => sample(Object.assign({
    id: 'r10', number: 'BX20261130010', status: 'PENDING_APPROVAL', description: '锅炉房循环水泵异响，需要更换水泵', category: { code: 'WATER', name: '水电维修' },
    location: { building: '锅炉房', room: '', detail: '', latitude: null, longitude: null },
    worker, currentStep: step('approveParts', '配件审批', null, null),
    parts: { lines: [PART_LINE({ id: 'l2', partId: 'p3', name: '循环水泵 50W', unit: '台', unitPrice: 560, quantity: 1 })], estimate: 560, cost: 0 },
    history: history([[9, 'SUBMITTED', '张三'], [8, 'ACCEPTED', '王老师'], [7, 'ASSIGNED', '王老师', '李师傅'], [6, 'WORKER_ACCEPTED', '李师傅'], [1, 'PARTS_REQUESTED', '李师傅', '循环水泵 50W × 1']])
  }, over)),
  cancelled: over => sample(Object.assign({ id: 'r7', number: 'BX20261118001', status: 'CANCELLED', description: '窗户关不严', category: { code: 'FURNITURE', name: '家具门窗' }, currentStep: null,
    history: history([[300, 'SUBMITTED', '张三'], [290, 'CANCELLED', '张三']]) }, over))
}

// Each role's view of the same requests: the server's allowedActions for that viewer (docs/api.md).
const asUser = r => Object.assign(r, { allowedActions: { PENDING_REVIEW: ['cancel'], AWAITING_DISPATCH: ['cancel'], ASSIGNED: ['cancel'], AWAITING_RATING: ['rate'] }[r.status] || [] })
const asWorker = r => Object.assign(r, { allowedActions: { ASSIGNED: ['accept', 'refuse'], IN_PROGRESS: ['requestParts', 'complete'] }[r.status] || [] })
const asAdmin = r => Object.assign(r, { allowedActions: { PENDING_REVIEW: ['review', 'merge'], AWAITING_DISPATCH: ['assign', 'merge'], PENDING_REVISIT: ['revisit'], PENDING_APPROVAL: ['approveParts'], AWAITING_OUTSOURCE: ['outsource'] }[r.status] || [] })

const staff = over => Object.assign({ id: 'w2', phone: '13900000002', name: '王师傅', role: 'WORKER', department: '后勤维修中心', specialties: ['WATER'], hasPassword: true, active: true }, over)
const building = over => Object.assign({ id: '3', area: { id: '1', name: '南校区' }, name: '7号楼', kind: 'DORMITORY', kindName: '宿舍', latitude: null, longitude: null, retired: false }, over)
const room = (id, number, over) => Object.assign({ id, building: { id: '3', name: '7号楼', retired: false }, floor: '3', number, name: null, use: '宿舍', retired: false, label: `7号楼 ${number}` }, over)
const me = who => Object.assign({ department: '计算机学院', address: '北区3号楼 402', specialties: [], hasPassword: true }, who)
const workers = [
  { id: 'w1', name: '李师傅', phone: '13700001111', specialties: ['WATER'], activeTasks: 1, averageRating: 4.75, specialist: true },
  { id: 'w3', name: '陈师傅', phone: '13700003333', specialties: ['WATER', 'FURNITURE'], activeTasks: 3, averageRating: 4.2, specialist: true },
  { id: 'w2', name: '王师傅', phone: '13700002222', specialties: ['NETWORK'], activeTasks: 0, averageRating: null, specialist: false }
]

function commonRoutes(who) {
  wx.__route('GET', '/api/me', { data: me(who) })
  wx.__route('GET', '/api/categories', { data: categories.map((c, i) => Object.assign({ icon: null, order: i * 10, active: true }, c)) })
  wx.__route('GET', '/api/places/buildings', { data: page([building(), building({ id: '4', name: '北区3号楼' })]) })
  wx.__route('GET', '/api/places/areas', { data: [{ id: '1', name: '南校区', retired: false }] })
  wx.__route('GET', /^\/api\/requests\/r\d+\/queue/, { data: { waiting: true, ahead: 2, estimatedBy: hoursOn(3), basis: 'QUEUE' } })
  wx.__route('GET', /^\/api\/requests\/r\d+\/place-history/, { data: { room: [], asset: [] } })
  wx.__route('GET', /^\/api\/attachments\//, { data: '' })
  wx.__route('GET', '/api/notices', { data: [NOTICE] })
  wx.__route('GET', '/api/requests/followed', { data: page([]) })
  wx.__route('GET', '/api/materials/parts', { data: page(PARTS) })
  wx.__route('GET', '/api/materials/warehouses', { data: WAREHOUSES })
}

// --- the screens: [file name, role, page, query, sample routes, what to do once it shows] ----------
const SCREENS = [
  ['login', null, 'pages/login/login', {}, () => {}],
  ['login-errors', null, 'pages/login/login', {}, () => {}, async comp => { await type(comp, '#phone', '1391234'); await tap(comp, '#submit') }],
  ['user-home', USER, 'pages/user/home/home', {}, () => {
    wx.__route('GET', '/api/requests', { data: page([SAMPLES.rating(), SAMPLES.assigned(), SAMPLES.review({ priority: 'NORMAL', description: '宿舍水龙头一直滴水' })].map(asUser)) })
  }],
  ['user-report', USER, 'pages/user/report/report', {}, () => {}, async comp => {
    await type(comp, '#description', '宿舍卫生间水龙头一直滴水，关不紧')
  }],
  ['user-report-errors', USER, 'pages/user/report/report', {}, () => {}, async comp => { await tap(comp, '#submit') }],
  ['user-detail-assigned', USER, 'pages/user/detail/detail', { id: 'r3' }, () => {
    wx.__route('GET', '/api/requests/r3', { data: asUser(SAMPLES.assigned()) })
  }],
  ['user-detail-cancel', USER, 'pages/user/detail/detail', { id: 'r3' }, () => {
    wx.__route('GET', '/api/requests/r3', { data: asUser(SAMPLES.assigned()) })
  }, async comp => { await tap(comp, '#cancel') }],
  ['user-detail-rating', USER, 'pages/user/detail/detail', { id: 'r5' }, () => {
    wx.__route('GET', '/api/requests/r5', { data: asUser(SAMPLES.rating()) })
  }],
  ['user-rate', USER, 'pages/user/rate/rate', { id: 'r5' }, () => {
    wx.__route('GET', '/api/requests/r5', { data: asUser(SAMPLES.rating()) })
  }],
  ['user-hotline', USER, 'pages/user/hotline/hotline', {}, () => {}],
  ['user-profile', USER, 'pages/common/profile/profile', {}, () => {}],
  ['common-password', USER, 'pages/common/password/password', {}, () => {}],
  ['worker-tasks', WORKER, 'pages/worker/tasks/tasks', {}, () => {
    wx.__route('GET', '/api/requests', { data: page([SAMPLES.assigned(), SAMPLES.assigned({ id: 'r8', number: 'BX20261130008', priority: 'URGENT', description: '实验室水槽漏水', currentStep: step('confirm', '维修工确认接单', { id: 'w1', name: '李师傅' }, -0.5) })].map(asWorker)) })
  }],
  ['worker-task-assigned', WORKER, 'pages/worker/task/task', { id: 'r3' }, () => {
    wx.__route('GET', '/api/requests/r3', { data: asWorker(SAMPLES.assigned()) })
    wx.__route('GET', '/api/requests/r3/place-history', { data: { asset: [], room: [
      { id: 'r12', number: 'BX20261102004', createdAt: '2026-11-02T09:00:00+08:00', status: 'CLOSED', category: { code: 'WATER', name: '水电维修' },
        description: '讲台上方灯管不亮', assetName: null, worker, rating: { result: 4, efficiency: 5, comment: null } }] } })
  }],
  ['worker-task-refuse', WORKER, 'pages/worker/task/task', { id: 'r3' }, () => {
    wx.__route('GET', '/api/requests/r3', { data: asWorker(SAMPLES.assigned()) })
  }, async comp => { await tap(comp, '#refuse'); await tap(comp, '#refuse-submit') }],
  ['worker-task-repair', WORKER, 'pages/worker/task/task', { id: 'r4' }, () => {
    wx.__route('GET', '/api/requests/r4', { data: asWorker(SAMPLES.repairing()) })
  }],
  ['worker-task-complete', WORKER, 'pages/worker/task/task', { id: 'r4' }, () => {
    wx.__route('GET', '/api/requests/r4', { data: asWorker(SAMPLES.repairing()) })
  }, async comp => { await tap(comp, '#complete'); await type(comp, '#note', '更换了锁芯，已试用正常') }],
  ['worker-search', WORKER, 'pages/common/search/search', {}, () => {
    wx.__route('GET', '/api/requests', { data: page([SAMPLES.closed(), SAMPLES.repairing()].map(asWorker)) })
  }, async comp => { await type(comp, '#q', '北区3号楼'); await fire(comp, '#q', 'action-click') }],
  ['admin-requests', ADMIN, 'pages/admin/requests/requests', {}, () => {
    wx.__route('GET', '/api/requests', { data: page([SAMPLES.review(), SAMPLES.review({ id: 'r9', number: 'BX20261130009', priority: 'NORMAL', description: '图书馆二楼插座没电', currentStep: step('review', '审核报修', null, 1) })].map(asAdmin)) })
  }],
  ['admin-request-review', ADMIN, 'pages/admin/request/request', { id: 'r1' }, () => {
    wx.__route('GET', '/api/requests/r1', { data: asAdmin(SAMPLES.review()) })
  }],
  ['admin-request-review-popup', ADMIN, 'pages/admin/request/request', { id: 'r1' }, () => {
    wx.__route('GET', '/api/requests/r1', { data: asAdmin(SAMPLES.review()) })
  }, async comp => { await tap(comp, '#review'); await tap(comp, '#reject') }],
  ['admin-request-dispatch', ADMIN, 'pages/admin/request/request', { id: 'r2' }, () => {
    wx.__route('GET', '/api/requests/r2', { data: asAdmin(SAMPLES.dispatch()) })
  }],
  ['admin-dispatch', ADMIN, 'pages/admin/dispatch/dispatch', { id: 'r2', specialty: 'WATER' }, () => {
    wx.__route('GET', '/api/requests/r2', { data: asAdmin(SAMPLES.dispatch()) })
    wx.__route('GET', '/api/workers', { data: { items: workers, page: 0, size: 100, total: 3 } })
  }],
  ['admin-staff-list', ADMIN, 'pages/admin/staff-list/staff-list', {}, () => {
    wx.__route('GET', '/api/staff', { data: page([staff(), staff({ id: 'w3', name: '陈师傅', phone: '13900000003', specialties: ['WATER', 'FURNITURE'] }), staff({ id: 'a2', name: '赵老师', role: 'ADMIN', specialties: [] })]) })
  }],
  ['admin-staff-detail', ADMIN, 'pages/admin/staff-detail/staff-detail', { id: 'w2' }, () => {
    wx.__route('GET', '/api/staff/w2', { data: staff() })
    wx.__route('GET', '/api/staff/w2/open-steps', { data: [] })
    wx.__route('GET', '/api/workers', { data: page(workers) })
  }],
  ['admin-staff-deactivate', ADMIN, 'pages/admin/staff-detail/staff-detail', { id: 'w2' }, () => {
    wx.__route('GET', '/api/staff/w2', { data: staff() })
    wx.__route('GET', '/api/staff/w2/open-steps', { data: [{ taskId: 't1', stepKey: 'confirm', stepName: '维修工确认接单', since: '2026-11-30T08:00:00+08:00',
      requestId: 'r3', number: 'BX20261130003', categoryCode: 'WATER', forWorker: true }] })
    wx.__route('GET', '/api/workers', { data: page(workers) })
  }, async comp => { await tap(comp, '#deactivate') }],
  ['admin-staff', ADMIN, 'pages/admin/staff/staff', {}, () => {}],
  ['admin-staff-errors', ADMIN, 'pages/admin/staff/staff', {}, () => {}, async comp => { await tap(comp, '#submit') }],
  ['admin-audit', ADMIN, 'pages/admin/audit/audit', {}, () => {
    wx.__route('GET', '/api/staff/audit', { data: page([{ id: 'e1', at: hoursAgo(3), actor: { id: 'a1', name: '王老师' }, subject: { id: 'w2', name: '王师傅' }, action: 'DEACTIVATED', detail: '尚有1项任务待转派' }]) })
  }],
  ['admin-categories', ADMIN, 'pages/admin/categories/categories', {}, () => {}],
  ['admin-categories-form', ADMIN, 'pages/admin/categories/categories', {}, () => {}, async comp => {
    await tap(comp, '#add')
    await type(comp, '#code', 'elevator')
    await tap(comp, '#save')
  }],
  ['admin-places', ADMIN, 'pages/admin/places/places', {}, () => {}],
  ['admin-building', ADMIN, 'pages/admin/building/building', { id: '3' }, () => {
    wx.__route('GET', '/api/places/buildings/3', { data: building() })
    wx.__route('GET', '/api/places/rooms', { data: page([room('12', '301'), room('13', '302')]) })
  }],
  ['admin-building-room', ADMIN, 'pages/admin/building/building', { id: '3' }, () => {
    wx.__route('GET', '/api/places/buildings/3', { data: building() })
    wx.__route('GET', '/api/places/rooms', { data: page([room('12', '301'), room('13', '302', { retired: true })]) })
    wx.__route('GET', '/api/places/rooms/12/assets', { data: [{ id: '40', name: '空调', category: { code: 'WATER', name: '水电维修' }, model: 'KFR-35GW', retired: false }] })
  }, async comp => { await tap(comp, '#assets-toggle-12'); await tap(comp, '#add-room'); await tap(comp, '#save-room') }],
  ['admin-import', ADMIN, 'pages/admin/import/import', {}, () => {}],
  ['admin-import-checked', ADMIN, 'pages/admin/import/import', {}, () => {
    wx.__route('POST', /^\/api\/places\/import/, { statusCode: 400, data: { status: 400, detail: '2行无法导入，未做任何更改，请修改后重新导入', errors: [
      { field: 'file', message: '房间表第5行楼栋：楼栋不存在：南校区 / 9号楼' }, { field: 'file', message: '房间表第9行房间号：请填写房间号' }] } })
  }, async comp => {
    wx.chooseMessageFile = o => o.success({ tempFiles: [{ path: 'wxfile://campus.xlsx', name: '校园地点.xlsx', size: 1000 }] })
    await tap(comp, '#choose')
  }],
  // materials and the warehouse (docs/materials.md)
  ['worker-task-refuse-parts', WORKER, 'pages/worker/task/task', { id: 'r3' }, () => {
    wx.__route('GET', '/api/requests/r3', { data: asWorker(SAMPLES.assigned()) })
  }, async comp => {
    await tap(comp, '#refuse')
    await fire(comp, '#refuse-category', 'change', { value: 'PARTS' })
    await tap(comp, '#refuse-picker >>> #part-p1')
  }],
  ['worker-task-parts-issued', WORKER, 'pages/worker/task/task', { id: 'r4' }, () => {
    wx.__route('GET', '/api/requests/r4', { data: asWorker(SAMPLES.repairing({ parts: { lines: [PART_LINE({ issued: 2, state: 'ISSUED', warehouseId: 'h1' })], estimate: 96, cost: 0 } })) })
  }, async comp => { await tap(comp, '#complete') }],
  ['worker-parts', WORKER, 'pages/worker/parts/parts', { id: 'r4' }, () => {}, async comp => {
    await tap(comp, '#picker >>> #part-p1')
    await tap(comp, '#picker >>> #part-p2')
  }],
  ['admin-request-approval', ADMIN, 'pages/admin/request/request', { id: 'r10' }, () => {
    wx.__route('GET', '/api/requests/r10', { data: asAdmin(SAMPLES.partsWaiting()) })
  }],
  ['admin-request-approval-popup', ADMIN, 'pages/admin/request/request', { id: 'r10' }, () => {
    wx.__route('GET', '/api/requests/r10', { data: asAdmin(SAMPLES.partsWaiting()) })
  }, async comp => { await tap(comp, '#parts-decisions >>> #decline') }],
  ['admin-request-outsource', ADMIN, 'pages/admin/request/request', { id: 'r10' }, () => {
    wx.__route('GET', '/api/requests/r10', { data: asAdmin(SAMPLES.partsWaiting({ status: 'AWAITING_OUTSOURCE', currentStep: step('outsource', '安排外包', null, null), parts: null })) })
  }, async comp => { await tap(comp, '#parts-decisions >>> #outsource'); await tap(comp, '#parts-decisions >>> #outsource-submit') }],
  ['keeper-queue', KEEPER, 'pages/warehouse/queue/queue', {}, () => {
    wx.__route('GET', '/api/materials/queue', { data: [{ request: SAMPLES.repairing({ status: 'AWAITING_PARTS' }), parts: { lines: [PART_LINE(), PART_LINE({ id: 'l3', partId: 'p2', name: '生料带', unit: '卷', unitPrice: 2, quantity: 1 })], estimate: 98, cost: 0 } }] })
  }],
  ['keeper-stock', KEEPER, 'pages/warehouse/stock/stock', {}, () => {
    wx.__route('GET', '/api/materials/stock', { data: [{ part: PARTS[0], quantity: 1, low: true, value: 48 }, { part: PARTS[1], quantity: 30, low: false, value: 60 }, { part: PARTS[2], quantity: 40, low: false, value: 1000 }] })
  }],
  ['keeper-receipt', KEEPER, 'pages/warehouse/receipt/receipt', {}, () => {}],
  // one fault, one request (docs/duplicates.md)
  ['user-report-same-fault', USER, 'pages/user/report/report', {}, () => {
    wx.__route('GET', '/api/requests/duplicates', { data: { items: [CARD], buildingWide: false } })
  }, async comp => {
    await fire(comp, '#category', 'change', { value: 0 })
    comp.instance.setPlace({ id: '12', label: '北区3号楼 402', building: { id: '4', name: '北区3号楼' } }, null)
    await flush(5)
  }],
  ['user-detail-followers', USER, 'pages/user/detail/detail', { id: 'r3' }, () => {
    wx.__route('GET', '/api/requests/r3', { data: asUser(SAMPLES.assigned({ followers: 3 })) })
  }],
  ['user-detail-merged', USER, 'pages/user/detail/detail', { id: 'r11' }, () => {
    wx.__route('GET', '/api/requests/r11', { data: asUser(SAMPLES.cancelled({ id: 'r11', status: 'MERGED', mergedInto: 'r3' })) })
  }],
  ['admin-merge', ADMIN, 'pages/admin/merge/merge', { id: 'r2' }, () => {
    wx.__route('GET', '/api/requests/r2', { data: asAdmin(SAMPLES.dispatch({ location: { building: '北区3号楼', room: '402', roomId: '12', buildingId: '4' } })) })
    wx.__route('GET', '/api/requests/duplicates', { data: { items: [CARD], buildingWide: false } })
  }],
  ['admin-notices', ADMIN, 'pages/admin/notices/notices', {}, () => {
    wx.__route('GET', '/api/notices/all', { data: page([NOTICE, Object.assign({}, NOTICE, { id: 'n2', state: 'ENDED', place: '南区5号楼', reason: '变压器更换', category: { code: 'POWER', name: '供电' } })]) })
  }],
  ['admin-notice-post', ADMIN, 'pages/admin/notice-post/notice-post', {}, () => {}],
  // numbers (docs/stats.md): the charts are uCharts, drawn by Chromium on the page's canvases
  ['admin-stats', ADMIN, 'pages/admin/stats/stats', {}, () => {
    const spread = (median, p90) => ({ count: 2, medianMinutes: median, p90Minutes: p90 })
    wx.__route('GET', '/api/stats/overview', { data: {
      period: { from: '2026-11-24', to: '2026-11-30' }, received: 12, finished: 9, rejected: 1, cancelled: 0, backlog: 4,
      completion: spread(150, 600), withinServiceLevel: { total: 8, onTime: 6, share: 0.75 },
      rating: { count: 5, result: 4.4, efficiency: 4.2 }, refusals: 2, repeats: 1,
      worstBuilding: { id: '3', name: '7号楼', count: 5 }, busiestWorker: { id: 'w1', name: '李师傅', count: 4 }
    } })
    wx.__route('GET', '/api/stats/flow', { data: { interval: 'DAY', buckets: [{ start: '2026-11-29', received: 3, finished: 1 }, { start: '2026-11-30', received: 2, finished: 4 }] } })
    wx.__route('GET', '/api/stats/backlog', { data: { total: 4, byStatus: [{ status: 'AWAITING_DISPATCH', count: 3 }, { status: 'IN_PROGRESS', count: 1 }], trend: [] } })
    wx.__route('GET', '/api/stats/categories', { data: [{ id: 'WATER', name: '水电维修', received: 7, finished: 5, backlog: 2, rating: { count: 3, result: 4.5, efficiency: 4 } }] })
  }]
]

// The pages WeChat shows without a back arrow: the first page and those opened from a tab bar.
const TAB_PAGES = new Set(['pages/login/login', 'pages/user/home/home', 'pages/user/hotline/hotline', 'pages/user/report/report',
  'pages/common/profile/profile', 'pages/worker/tasks/tasks', 'pages/common/search/search', 'pages/admin/requests/requests',
  'pages/admin/staff-list/staff-list', 'pages/admin/categories/categories', 'pages/warehouse/queue/queue',
  'pages/warehouse/stock/stock', 'pages/warehouse/receipt/receipt'])

const titleOf = pagePath => require(path.join(ROOT, `${pagePath}.json`)).navigationBarTitleText || app.window.navigationBarTitleText

/** The share of pixels that are not the page's background: a blank or broken drawing is near 0. */
function inkOf(file) {
  const png = PNG.sync.read(fs.readFileSync(file))
  let ink = 0
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]]
    if (Math.abs(r - 0xed) + Math.abs(g - 0xed) + Math.abs(b - 0xed) > 24) ink++
  }
  return ink / (png.data.length / (4 * 7))
}

// The clock stands still at one moment (only Date is faked: the pages' timers run as usual), so the
// times the pages show, and with them the PNGs, change only when a page does.
const NOW = new Date('2026-11-30T10:00:00+08:00')
const REAL_TIMERS = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame',
  'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout']

describe('the page gallery (docs/screenshots)', () => {
  beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: REAL_TIMERS }))
  afterEach(() => jest.useRealTimers())
  // GALLERY_HTML=<folder> keeps the HTML drawn, to look into a page in a browser.
  const tmp = process.env.GALLERY_HTML || fs.mkdtempSync(path.join(os.tmpdir(), 'gallery-'))

  afterAll(() => { if (!process.env.GALLERY_HTML) fs.rmSync(tmp, { recursive: true, force: true }) })

  test('every page of app.json has a screen', () => {
    const drawn = new Set(SCREENS.map(s => s[2]))
    expect(app.pages.filter(p => !drawn.has(p))).toEqual([])
  })

  test.each(SCREENS.map(s => [s[0], s]))('renders %s', async (name, [, who, pagePath, query, routes, act]) => {
    global.galleryCharts = []
    // Each load adds its page's WXSS to the document, classes prefixed alike on every page: only this
    // screen's may draw it.
    document.head.querySelectorAll('style').forEach(style => style.remove())
    if (who) login(who)
    commonRoutes(who || USER)
    routes()
    const { comp } = loadPage(pagePath, query)
    await flush(6)
    if (act) await act(comp)
    // ...and TDesign's transitions (a popup's 240 ms) have ended.
    await new Promise(resolve => setTimeout(resolve, 400))
    await flush(6)
    fs.writeFileSync(path.join(tmp, `${name}.html`), pageHtml(comp, { title: titleOf(pagePath), back: !TAB_PAGES.has(pagePath), charts: global.galleryCharts }))
  })

  test('headless Chromium draws every screen, none of them blank', () => {
    execFileSync(process.execPath, [path.join(__dirname, 'shoot.js'), tmp, OUT], { stdio: 'inherit', timeout: 300000 })
    SCREENS.forEach(([name]) => expect([name, inkOf(path.join(OUT, `${name}.png`)) > 0.02]).toEqual([name, true]))
  }, 300000)
})
