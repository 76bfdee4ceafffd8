// One function per endpoint of the REST API (docs/api.md). Pages call these, never
// wx.request. Every function returns a Promise of the response body or rejects with an ApiError.
const http = require('./http')

const enc = encodeURIComponent

// --- Accounts -----------------------------------------------------------------------------------
const sendSmsCode = phone =>
  http.request({ method: 'POST', path: '/api/auth/sms-code', data: { phone }, auth: false })

/** login({phone, code}) or login({phone, password}) → {token, expiresAt, user} */
const login = credentials =>
  http.request({ method: 'POST', path: '/api/auth/login', data: credentials, auth: false })

const logout = () => http.request({ method: 'POST', path: '/api/auth/logout' })

// --- WeChat (docs/wechat.md) ---------------------------------------------------------------------
/** wechatLogin(wx.login's code) → {bound: true, token, expiresAt, user} or {bound: false, ticket, ticketExpiresAt} */
const wechatLogin = code => http.request({ method: 'POST', path: '/api/auth/wechat', data: { code }, auth: false })
/** wechatBind({ticket, phoneCode}) or wechatBind({ticket, phone, code}) → {bound: true, token, expiresAt, user} */
const wechatBind = body => http.request({ method: 'POST', path: '/api/auth/wechat/bind', data: body, auth: false })
/** → {enabled, subscribe: {submit: [template id], accept: [template id]}} */
const wechatSettings = () => http.request({ path: '/api/wechat/settings', auth: false })
/** → {bound, boundAt, subscriptions: {REQUEST_ACCEPTED: 1, ...}} */
const getWechat = () => http.request({ path: '/api/me/wechat' })
const unbindWechat = () => http.request({ method: 'DELETE', path: '/api/me/wechat' })
/** reportSubscriptions({<template id>: 'accept'|'reject'|'ban'|'filter'}) → as getWechat */
const reportSubscriptions = results =>
  http.request({ method: 'POST', path: '/api/me/wechat/subscriptions', data: { results } })

const getMe = () => http.request({ path: '/api/me' })

/** updateMe({name?, department?, address?}) → user */
const updateMe = changes => http.request({ method: 'PATCH', path: '/api/me', data: changes })

/** changePassword({currentPassword?, newPassword}) → null (204) */
const changePassword = body => http.request({ method: 'PUT', path: '/api/me/password', data: body })

/** createStaff({phone, name, role: 'WORKER'|'ADMIN', specialties?}) → user */
const createStaff = body => http.request({ method: 'POST', path: '/api/staff', data: body })

/**
 * listWorkers({q?, specialty?, category?, request?, page?, size?}) → [{id, name, phone, specialties, activeTasks,
 * averageRating, specialist}]; with `category` that category's specialists come first; with `request`
 * the workers who refused that request as outside their specialty are left out
 */
const listWorkers = ({ q, specialty, category, request, page, size } = {}) =>
  http.request({ path: '/api/workers', query: { q, specialty, category, request, page, size } })
    .then(body => (Array.isArray(body) ? body : (body && body.items) || []))

// --- Staff (admins; docs/office.md) -------------------------------------------------------------
/** listStaff({q?, role?, specialty?, active?, page?, size?}) → {items: [staff], page, size, total} */
const listStaff = ({ q, role, specialty, active, page, size } = {}) =>
  http.request({ path: '/api/staff', query: { q, role, specialty, active, page, size } })
const getStaff = id => http.request({ path: `/api/staff/${enc(id)}` })
/** updateStaff(id, {name?, phone?, role?, specialties?}) → staff */
const updateStaff = (id, changes) => http.request({ method: 'PATCH', path: `/api/staff/${enc(id)}`, data: changes })
const deactivateStaff = id => http.request({ method: 'POST', path: `/api/staff/${enc(id)}/deactivate` })
const reactivateStaff = id => http.request({ method: 'POST', path: `/api/staff/${enc(id)}/reactivate` })
/** → [{taskId, stepKey, stepName, since, requestId, number, categoryCode, forWorker}] */
const listOpenSteps = id => http.request({ path: `/api/staff/${enc(id)}/open-steps` })
const reassignStep = (id, taskId, assignee) =>
  http.request({ method: 'POST', path: `/api/staff/${enc(id)}/open-steps/${enc(taskId)}/reassign`, data: { assignee } })
/** importStaff(localPath of an .xlsx or .csv) → {imported, staff}; a refused file names each refused row */
const importStaff = filePath => http.upload({ path: '/api/staff/import', filePath, name: 'file' })
/** listStaffAudit({staffId?, page?, size?}) → {items: [{at, actor, subject, action, detail}], ...} */
const listStaffAudit = ({ staffId, page, size } = {}) =>
  http.request({ path: '/api/staff/audit', query: { staffId, page, size } })

// --- Catalogue ----------------------------------------------------------------------------------
/** → [{code, name, icon, hotline, order, active}], the categories offered now */
const listCategories = () => http.request({ path: '/api/categories', auth: false })
/** Every category, retired ones too (admins). */
const listAllCategories = () => http.request({ path: '/api/categories', query: { all: true } })
/** createCategory({code, name, icon?, hotline?, order?}) → category */
const createCategory = body => http.request({ method: 'POST', path: '/api/categories', data: body })
/** updateCategory(code, {name?, icon?, hotline?, order?, active?}) → category */
const updateCategory = (code, changes) =>
  http.request({ method: 'PATCH', path: `/api/categories/${enc(code)}`, data: changes })
const deleteCategory = code => http.request({ method: 'DELETE', path: `/api/categories/${enc(code)}` })

// --- Attachments --------------------------------------------------------------------------------
/** uploadAttachment(localPath) → {id, contentType, size} */
const uploadAttachment = filePath => http.upload({ path: '/api/attachments', filePath, name: 'file' })

/** downloadAttachment(id) → a local temp file path */
const downloadAttachment = id => http.download({ path: `/api/attachments/${enc(id)}` })

// --- Repair requests ----------------------------------------------------------------------------
/**
 * submitRequest({categoryCode, description, location: {building, room?, detail?, latitude?, longitude?,
 * buildingType?}, contactPhone?, attachmentIds?, priority?: 'URGENT'|'NORMAL'}, idempotencyKey)
 */
const submitRequest = (body, idempotencyKey) =>
  http.request({
    method: 'POST',
    path: '/api/requests',
    data: body,
    headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}
  })

/**
 * listRequests({status: ['A','B'] | 'A,B', buildingId?, roomId?, assetId?, page, size, sort?}) →
 * {items, page, size, total}; sort 'due': urgent first, then the earliest due (unfinished statuses only).
 */
const listRequests = ({ status, buildingId, roomId, assetId, page = 0, size = 20, sort } = {}) =>
  http.request({
    path: '/api/requests',
    query: { status: Array.isArray(status) ? status.join(',') : status, buildingId, roomId, assetId, page, size, sort }
  })

/** searchRequests({q?, status?, from?: 'yyyy-MM-dd', to?, page, size}) → the same page as listRequests */
const searchRequests = ({ q, status, from, to, page = 0, size = 20 } = {}) =>
  http.request({
    path: '/api/requests',
    query: { q, status: Array.isArray(status) ? status.join(',') : status, from, to, page, size }
  })

const getRequest = id => http.request({ path: `/api/requests/${enc(id)}` })

/** getQueue(id) → {waiting, ahead, estimatedBy, basis}: where the request stands until a worker accepts it */
const getQueue = id => http.request({ path: `/api/requests/${enc(id)}/queue` })

const action = (id, name, data) =>
  http.request({ method: 'POST', path: `/api/requests/${enc(id)}/${name}`, data: data || {} })

/** review(id, {decision: 'ACCEPT'|'REJECT', note?}) */
const reviewRequest = (id, { decision, note }) => action(id, 'review', { decision, note })
const assignRequest = (id, workerId) => action(id, 'assign', { workerId })
const acceptTask = id => action(id, 'accept')
const refuseTask = (id, reason) => action(id, 'refuse', { reason })
/**
 * refuseTaskFor(id, {category: 'PARTS'|'NOT_MY_SPECIALTY'|'OUTSOURCE'|'OTHER', reason?, parts?}): the model
 * routes the refusal by its category; PARTS needs parts [{partId} or {name}, quantity] and keeps the worker
 */
const refuseTaskFor = (id, { category, reason, parts }) => action(id, 'refuse', { category, reason, parts })
const completeTask = (id, note) => action(id, 'complete', { note })
/** completeTaskWithParts(id, note, [{lineId, used}]): what is not used of each issued line goes back to stock */
const completeTaskWithParts = (id, note, parts) => action(id, 'complete', { note, parts })
/** requestParts(id, [{partId} or {name}, quantity], note?): during the repair */
const requestParts = (id, parts, note) => action(id, 'requestParts', { parts, note })
/** issueParts(id, warehouseId, note?): a keeper; 409 names what is left when a part is short */
const issueParts = (id, warehouseId, note) => action(id, 'issueParts', { warehouseId, note })
/** approveParts(id, {approved, note?}): an admin, for parts over the model's threshold */
const approveParts = (id, { approved, note }) => action(id, 'approveParts', { approved, note })
/** outsourceRequest(id, {contractor, dueDate: 'yyyy-MM-dd', note?}) */
const outsourceRequest = (id, { contractor, dueDate, note }) => action(id, 'outsource', { contractor, dueDate, note })
const finishOutsourced = (id, note) => action(id, 'finishOutsourced', { note })
/** rateRequest(id, {result: 1..5, efficiency: 1..5, comment?}) */
const rateRequest = (id, { result, efficiency, comment }) => action(id, 'rate', { result, efficiency, comment })
const cancelRequest = (id, reason) => action(id, 'cancel', { reason })
/** revisitRequest(id, {outcome: 'CLOSE'|'REWORK', note?}): after the call to a requester who rated poorly */
const revisitRequest = (id, { outcome, note }) => action(id, 'revisit', { outcome, note })

// --- Places (docs/places.md) -------------------------------------------------------------------
/** → [{id, name, retired}] */
const listAreas = () => http.request({ path: '/api/places/areas' })
/** listBuildings({areaId?, q?, includeRetired?, page?, size?}) → {items, total, ...} */
const listBuildings = ({ areaId, q, includeRetired, page, size } = {}) =>
  http.request({ path: '/api/places/buildings', query: { areaId, q, includeRetired, page, size } })
const getBuilding = id => http.request({ path: `/api/places/buildings/${enc(id)}` })
/** → [{building, distanceMeters}] nearest first, within 2 km */
const nearestBuildings = (latitude, longitude) =>
  http.request({ path: '/api/places/buildings/nearest', query: { latitude, longitude } })
/** listRooms({buildingId, q?, includeRetired?, page?, size?}) → {items, total, ...} */
const listRooms = ({ buildingId, q, includeRetired, page, size } = {}) =>
  http.request({ path: '/api/places/rooms', query: { buildingId, q, includeRetired, page, size } })
/** The rooms an address names ("南校区7号楼301"), best first. */
const matchingRooms = text => http.request({ path: '/api/places/rooms/matching', query: { text } })
const getRoom = id => http.request({ path: `/api/places/rooms/${enc(id)}` })
const listAssets = (roomId, includeRetired) =>
  http.request({ path: `/api/places/rooms/${enc(roomId)}/assets`, query: { includeRetired } })
const getAsset = id => http.request({ path: `/api/places/assets/${enc(id)}` })
/** savePlace('buildings'|'rooms'|'assets'|'areas', body, id?): creates without an id, changes with one */
const savePlace = (kind, body, id) => http.request(id
  ? { method: 'PUT', path: `/api/places/${kind}/${enc(id)}`, data: body }
  : { method: 'POST', path: `/api/places/${kind}`, data: body })
/** retirePlace('rooms', id, true) retires, (…, false) restores */
const retirePlace = (kind, id, retire) =>
  http.request({ method: 'POST', path: `/api/places/${kind}/${enc(id)}/${retire ? 'retire' : 'restore'}` })
/** importPlaces(localPath, trial) → the report {applied, created, updated, unchanged, refused, rows} */
const importPlaces = (filePath, trial) =>
  http.upload({ path: `/api/places/import${trial ? '?trial=true' : ''}`, filePath, name: 'file' })
/** → a local temp file path: the import template (xlsx), a building's label sheets (pdf), a room's code (png) */
const downloadImportTemplate = () => http.download({ path: '/api/places/import/template' })
const downloadLabels = buildingId => http.download({ path: `/api/places/buildings/${enc(buildingId)}/labels.pdf` })
const downloadRoomCode = roomId => http.download({ path: `/api/places/rooms/${enc(roomId)}/qr.png` })
/** → {room: [...], asset: [...]}: the last repairs at the request's room and asset (staff) */
const getPlaceHistory = requestId => http.request({ path: `/api/requests/${enc(requestId)}/place-history` })

// --- Materials (docs/materials.md) ---------------------------------------------------------------
/** listParts({q?, category?, page?, size?}) → {items: [{id, name, spec, unit, unitPrice, ...}], total, ...} */
const listParts = ({ q, category, includeRetired, page, size } = {}) =>
  http.request({ path: '/api/materials/parts', query: { q, category, includeRetired, page, size } })
/** savePart(body, id?): creates without an id, changes with one */
const savePart = (body, id) => http.request(id
  ? { method: 'PUT', path: `/api/materials/parts/${enc(id)}`, data: body }
  : { method: 'POST', path: '/api/materials/parts', data: body })
/** → [{id, name, location}] */
const listWarehouses = () => http.request({ path: '/api/materials/warehouses' })
const createWarehouse = (name, location) =>
  http.request({ method: 'POST', path: '/api/materials/warehouses', data: { name, location } })
/** getStock(warehouseId?, low?) → [{part, quantity, low, value}] */
const getStock = (warehouseId, low) => http.request({ path: '/api/materials/stock', query: { warehouseId, low } })
/** receiveStock({warehouseId, partId, quantity, note?}) → {balance, ...} */
const receiveStock = body => http.request({ method: 'POST', path: '/api/materials/receipts', data: body })
/** countStock({warehouseId, partId, counted, note?}) → {difference, ...} */
const countStock = body => http.request({ method: 'POST', path: '/api/materials/counts', data: body })
/** listMovements({partId?, warehouseId?, from?, to?, page?, size?}) → a page of movements, newest first */
const listMovements = ({ partId, warehouseId, from, to, page, size } = {}) =>
  http.request({ path: '/api/materials/movements', query: { partId, warehouseId, from, to, page, size } })
/** → a local temp file path of the movements workbook (.xlsx) */
const downloadMovements = ({ partId, warehouseId, from, to } = {}) => http.download({
  path: '/api/materials/movements.xlsx?' + Object.entries({ partId, warehouseId, from, to })
    .filter(([, v]) => v).map(([k, v]) => `${k}=${enc(v)}`).join('&')
})
/** getCostReport({from?, to?}) → {cost, stockValue, parts: [{partName, unit, used, cost, requests}]} (admins) */
const getCostReport = ({ from, to } = {}) => http.request({ path: '/api/materials/report', query: { from, to } })
/** → [{request, parts}]: the requests waiting for a keeper, the longest waiting first */
const getPartsQueue = () => http.request({ path: '/api/materials/queue' })

// --- Development outbox (only when the server keeps SMS in its local outbox) ---------------------
/** → [{phone, template, params, text, at}] newest first; admins only (it holds everyone's codes) */
const readDevSms = phone => http.request({ path: '/api/dev/sms', query: { phone } })

// --- One fault, one request (docs/duplicates.md) ------------------------------------------------
/**
 * findDuplicates({categoryCode, roomId?, assetId?, buildingId?}) → {items: [{id, number, status, currentStep,
 * category, place, createdAt, followers, mine, following}], buildingWide}: open requests of the same fault
 */
const findDuplicates = ({ categoryCode, roomId, assetId, buildingId }) =>
  http.request({ path: '/api/requests/duplicates', query: { categoryCode, roomId, assetId, buildingId } })
/** followRequest(id) → {requestId, following, followers}: 我也遇到了 (idempotent) */
const followRequest = id => http.request({ method: 'POST', path: `/api/requests/${enc(id)}/follow` })
const unfollowRequest = id => http.request({ method: 'DELETE', path: `/api/requests/${enc(id)}/follow` })
/** listFollowed({page?, size?}) → the requests the caller follows, as listRequests */
const listFollowed = ({ page = 0, size = 20 } = {}) =>
  http.request({ path: '/api/requests/followed', query: { page, size } })
/** mergeRequest(id, keptId) → the duplicate, now MERGED (admins) */
const mergeRequest = (id, keptId) => action(id, 'merge', { into: keptId })
/** listNotices({buildingId?, categoryCode?}) → the outage notices in force [{id, place, category, reason, endsAt, followers, following}] */
const listNotices = ({ buildingId, categoryCode } = {}) =>
  http.request({ path: '/api/notices', query: { buildingId, categoryCode } })
/** listAllNotices({page?, size?}) → every notice, newest first (admins) */
const listAllNotices = ({ page = 0, size = 20 } = {}) => http.request({ path: '/api/notices/all', query: { page, size } })
/** postNotice({buildingId | areaId, categoryCode, reason, startsAt?, endsAt}) → notice (admins) */
const postNotice = body => http.request({ method: 'POST', path: '/api/notices', data: body })
const closeNotice = id => http.request({ method: 'POST', path: `/api/notices/${enc(id)}/close` })
const followNotice = id => http.request({ method: 'POST', path: `/api/notices/${enc(id)}/follow` })
const unfollowNotice = id => http.request({ method: 'DELETE', path: `/api/notices/${enc(id)}/follow` })
// --- The office's numbers (admins) ---
/** getStats(kind, {from?, to?, category?, buildingId?, workerId?}): kind is overview, flow, backlog, categories… */
const getStats = (kind, { from, to, category, buildingId, workerId, interval } = {}) =>
  http.request({ path: `/api/stats/${enc(kind)}`, query: { from, to, category, buildingId, workerId, interval } })

module.exports = {
  sendSmsCode,
  getStats,
  login,
  logout,
  getMe,
  updateMe,
  changePassword,
  createStaff,
  listWorkers,
  listStaff,
  getStaff,
  updateStaff,
  deactivateStaff,
  reactivateStaff,
  listOpenSteps,
  reassignStep,
  importStaff,
  listStaffAudit,
  listCategories,
  listAllCategories,
  createCategory,
  updateCategory,
  deleteCategory,
  uploadAttachment,
  downloadAttachment,
  submitRequest,
  listRequests,
  searchRequests,
  getRequest,
  getQueue,
  reviewRequest,
  assignRequest,
  acceptTask,
  refuseTask,
  refuseTaskFor,
  completeTask,
  completeTaskWithParts,
  requestParts,
  issueParts,
  approveParts,
  outsourceRequest,
  finishOutsourced,
  listParts,
  savePart,
  listWarehouses,
  createWarehouse,
  getStock,
  receiveStock,
  countStock,
  listMovements,
  downloadMovements,
  getPartsQueue,
  getCostReport,
  rateRequest,
  cancelRequest,
  revisitRequest,
  listAreas,
  listBuildings,
  getBuilding,
  nearestBuildings,
  listRooms,
  matchingRooms,
  getRoom,
  listAssets,
  getAsset,
  savePlace,
  retirePlace,
  importPlaces,
  downloadImportTemplate,
  downloadLabels,
  downloadRoomCode,
  getPlaceHistory,
  readDevSms,
  findDuplicates,
  followRequest,
  unfollowRequest,
  listFollowed,
  mergeRequest,
  listNotices,
  listAllNotices,
  postNotice,
  closeNotice,
  followNotice,
  unfollowNotice,
  wechatLogin,
  wechatBind,
  wechatSettings,
  getWechat,
  unbindWechat,
  reportSubscriptions
}
