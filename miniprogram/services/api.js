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
/** submitRequest({categoryCode, description, location, contactPhone?, attachmentIds?}, idempotencyKey) */
const submitRequest = (body, idempotencyKey) =>
  http.request({
    method: 'POST',
    path: '/api/requests',
    data: body,
    headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}
  })

/** listRequests({status: ['A','B'] | 'A,B', page, size}) → {items, page, size, total} */
const listRequests = ({ status, page = 0, size = 20 } = {}) =>
  http.request({
    path: '/api/requests',
    query: { status: Array.isArray(status) ? status.join(',') : status, page, size }
  })

/** searchRequests({q?, status?, from?: 'yyyy-MM-dd', to?, page, size}) → the same page as listRequests */
const searchRequests = ({ q, status, from, to, page = 0, size = 20 } = {}) =>
  http.request({
    path: '/api/requests',
    query: { q, status: Array.isArray(status) ? status.join(',') : status, from, to, page, size }
  })

const getRequest = id => http.request({ path: `/api/requests/${enc(id)}` })

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

// --- Development outbox (only when the server keeps SMS in its local outbox) ---------------------
/** → [{phone, template, params, text, at}] newest first; admins only (it holds everyone's codes) */
const readDevSms = phone => http.request({ path: '/api/dev/sms', query: { phone } })

module.exports = {
  sendSmsCode,
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
  reviewRequest,
  assignRequest,
  acceptTask,
  refuseTask,
  completeTask,
  rateRequest,
  cancelRequest,
  readDevSms
}
