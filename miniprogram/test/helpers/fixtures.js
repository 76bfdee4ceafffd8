// Bodies shaped like the contract's answers.
// Icons as the server keeps them: a TDesign icon's name, or an emoji stored before those (NETWORK).
const categories = [
  { code: 'WATER', name: '水电维修', icon: 'lightbulb', hotline: '0577-86680001', urgentByDefault: true },
  { code: 'NETWORK', name: '网络故障', icon: '🌐', hotline: '0577-86680002' },
  { code: 'FURNITURE', name: '家具门窗', icon: null, hotline: '' }
]

// The seeded model's user tasks (processes/repair-request.bpmn) as the server names them in
// `currentStep`, and who holds each: a group (the admins) when no one is named.
const STEPS = {
  PENDING_REVIEW: { key: 'review', name: '审核报修', holder: null },
  AWAITING_DISPATCH: { key: 'assign', name: '派工', holder: null },
  ASSIGNED: { key: 'confirm', name: '维修工确认接单', holder: 'worker' },
  IN_PROGRESS: { key: 'repair', name: '维修', holder: 'worker' },
  AWAITING_RATING: { key: 'rate', name: '评价', holder: 'requester' }
}
const STEP_SINCE = '2024-05-01T09:00:00+08:00'

/** The `currentStep` the server sends for a request of the seeded model; null once it has ended. */
function stepOf(body) {
  const step = STEPS[body.status]
  if (!step) return null
  const holder = step.holder && (body[step.holder] || { id: 'w1', name: '李师傅' })
  return { key: step.key, name: step.name, since: STEP_SINCE, assignee: holder ? { id: holder.id, name: holder.name } : null }
}

/**
 * A request as GET /api/requests/{id} and every action answer it. `allowedActions` depends on who
 * asks, so it is [] (a bystander) unless the test says; `currentStep` follows the status unless given.
 */
function request(over) {
  const body = Object.assign({
    id: 'r1',
    number: 'BX20240501001',
    status: 'PENDING_REVIEW',
    category: { code: 'WATER', name: '水电维修' },
    description: '宿舍水龙头漏水',
    location: { building: '北区3号楼', room: '402', detail: '', latitude: null, longitude: null },
    contactPhone: '13912345678',
    requester: { id: 'u1', name: '张三', phone: '13912345678' },
    worker: null,
    attachments: [],
    rating: null,
    createdAt: '2024-05-01T08:30:00+08:00',
    updatedAt: '2024-05-01T08:30:00+08:00',
    history: [{ at: '2024-05-01T08:30:00+08:00', action: 'SUBMITTED', actor: '张三', note: null }],
    allowedActions: []
  }, over)
  if (!over || !('currentStep' in over)) body.currentStep = stepOf(body)
  return body
}

function page(items, total, pageNo, size) {
  return { items, page: pageNo || 0, size: size || 10, total: total === undefined ? items.length : total }
}

function login(user) {
  wx.setStorageSync('token', 'tok')
  wx.setStorageSync('user', Object.assign({ id: 'u1', phone: '13912345678', name: '张三', role: 'USER', hasPassword: true }, user))
}

module.exports = { categories, request, page, login }
