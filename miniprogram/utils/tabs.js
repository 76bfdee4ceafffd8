// Each role's tab bar (components/tab-bar): the requester's is the seed's 首页 / 电话报修 / 网络报修 /
// 个人中心; workers, keepers and admins get their own. A tab is a page; switching tabs starts that page afresh.
// `icon` is a TDesign icon name (t-icon).
const PROFILE = { key: 'profile', text: '个人中心', icon: 'user', url: '/pages/common/profile/profile' }
const SEARCH = { key: 'search', text: '查找', icon: 'search', url: '/pages/common/search/search' }

const TABS_BY_ROLE = {
  USER: [
    { key: 'home', text: '首页', icon: 'home', url: '/pages/user/home/home' },
    { key: 'hotline', text: '电话报修', icon: 'call', url: '/pages/user/hotline/hotline' },
    { key: 'report', text: '网络报修', icon: 'edit', url: '/pages/user/report/report' },
    PROFILE
  ],
  WORKER: [
    { key: 'tasks', text: '任务', icon: 'tools', url: '/pages/worker/tasks/tasks' },
    SEARCH,
    PROFILE
  ],
  ADMIN: [
    { key: 'requests', text: '报修', icon: 'view-list', url: '/pages/admin/requests/requests' },
    SEARCH,
    { key: 'staff', text: '人员', icon: 'usergroup', url: '/pages/admin/staff-list/staff-list' },
    { key: 'categories', text: '类别', icon: 'folder', url: '/pages/admin/categories/categories' },
    { key: 'stock', text: '库存', icon: 'layers', url: '/pages/warehouse/stock/stock' },
    PROFILE
  ],
  WAREHOUSE: [
    { key: 'queue', text: '备料', icon: 'cart', url: '/pages/warehouse/queue/queue' },
    { key: 'stock', text: '库存', icon: 'layers', url: '/pages/warehouse/stock/stock' },
    { key: 'receipt', text: '入库', icon: 'download', url: '/pages/warehouse/receipt/receipt' },
    PROFILE
  ]
}

/** The tabs of a person of this role; an unknown role gets the requester's. */
const tabsFor = role => TABS_BY_ROLE[role] || TABS_BY_ROLE.USER

module.exports = { TABS_BY_ROLE, tabsFor }
