// The admin's home: requests waiting for review/dispatch, waiting for repair, and done, in every
// building or one (?buildingId= opens it at one, as the building page's 本楼报修 does).
const api = require('../../../services/api')
const pagedList = require('../../../utils/paged-list')
const { ADMIN_TABS } = require('../../../utils/status')

const ALL = { id: '', name: '全部楼栋' }

Page(pagedList.page(ADMIN_TABS, {
  data: { buildings: [ALL], buildingIndex: 0 },

  onLoad(query) {
    this.buildingId = (query && query.buildingId) || ''
    return api.listBuildings({ size: 100 })
      .then(res => {
        const buildings = [ALL].concat(res.items || [])
        this.setData({ buildings, buildingIndex: Math.max(0, buildings.findIndex(b => b.id === this.buildingId)) })
      })
      .catch(() => {})
  },

  onShow() {
    return this.reload()
  },

  listFilter() {
    return { buildingId: this.buildingId || undefined }
  },

  onBuilding(e) {
    const index = Number(e.detail.value)
    this.buildingId = this.data.buildings[index].id
    this.setData({ buildingIndex: index })
    return this.reload()
  },

  places() {
    wx.navigateTo({ url: '/pages/admin/places/places' })
  },

  openRequest(e) {
    wx.navigateTo({ url: `/pages/admin/request/request?id=${e.detail.id}` })
  },

  staff() {
    wx.navigateTo({ url: '/pages/admin/staff/staff' })
  },

  profile() {
    wx.navigateTo({ url: '/pages/common/profile/profile' })
  }
}))
