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

const getMe = () => http.request({ path: '/api/me' })

/** updateMe({name?, department?, address?}) → user */
const updateMe = changes => http.request({ method: 'PATCH', path: '/api/me', data: changes })

/** changePassword({currentPassword?, newPassword}) → null (204) */
const changePassword = body => http.request({ method: 'PUT', path: '/api/me/password', data: body })

/** createStaff({phone, name, role: 'WORKER'|'ADMIN', specialties?}) → user */
const createStaff = body => http.request({ method: 'POST', path: '/api/staff', data: body })

/**
 * listWorkers({q?, specialty?, category?, page?, size?}) → [{id, name, phone, specialties, activeTasks,
 * averageRating, specialist}]; with `category` that category's specialists come first
 */
const listWorkers = ({ q, specialty, category, page, size } = {}) =>
  http.request({ path: '/api/workers', query: { q, specialty, category, page, size } })
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
const completeTask = (id, note) => action(id, 'complete', { note })
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

// --- Development outbox (only when the server keeps SMS in its local outbox) ---------------------
/** → [{phone, template, params, text, at}] newest first; admins only (it holds everyone's codes) */
const readDevSms = phone => http.request({ path: '/api/dev/sms', query: { phone } })

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
  completeTask,
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
  readDevSms
}
