// Bodies shaped like the contract's answers.
const categories = [
  { code: 'WATER', name: '水电维修', hotline: '0577-86680001' },
  { code: 'NETWORK', name: '网络故障', hotline: '0577-86680002' },
  { code: 'FURNITURE', name: '家具门窗', hotline: '' }
]

function request(over) {
  return Object.assign({
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
    history: [{ at: '2024-05-01T08:30:00+08:00', action: 'SUBMITTED', actor: '张三', note: null }]
  }, over)
}

function page(items, total, pageNo, size) {
  return { items, page: pageNo || 0, size: size || 10, total: total === undefined ? items.length : total }
}

function login(user) {
  wx.setStorageSync('token', 'tok')
  wx.setStorageSync('user', Object.assign({ id: 'u1', phone: '13912345678', name: '张三', role: 'USER', hasPassword: true }, user))
}

module.exports = { categories, request, page, login }
