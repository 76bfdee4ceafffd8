// The admin's home (a tab page: 报修 in the admin's tab bar, which also holds 查找, 人员, 类别 and
// 个人中心): shortcuts to the places and to adding a person, then the requests waiting for review,
// for dispatch, for repair, for a revisit, and the past ones, in every
// building or one (?buildingId= opens it at one, as the building page's 本楼报修 does), or at one room
// or asset (?roomId= / ?assetId= with a label: their repair history, from the building page).
const api = require('../../../services/api')
const pagedList = require('../../../utils/paged-list')
const { ADMIN_TABS } = require('../../../utils/status')

const ALL = { id: '', name: '全部楼栋' }

Page(pagedList.page(ADMIN_TABS, {
  data: { buildings: [ALL], buildingIndex: 0, placeLabel: '' },

  onLoad(query) {
    this.buildingId = (query && query.buildingId) || ''
    this.place = query && (query.roomId || query.assetId) ? { roomId: query.roomId, assetId: query.assetId } : null
    if (this.place) this.setData({ placeLabel: decodeURIComponent(query.label || '') || '所选地点' })
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
    return Object.assign({ buildingId: this.buildingId || undefined }, this.place || {})
  },

  clearPlace() {
    this.place = null
    this.setData({ placeLabel: '' })
    return this.reload()
  },

  onBuilding(e) {
    const index = Number(e.detail.value)
    this.buildingId = this.data.buildings[index].id
    this.setData({ buildingIndex: index })
    return this.reload()
  },

  notices() {
    wx.navigateTo({ url: '/pages/admin/notices/notices' })
  },

  places() {
    wx.navigateTo({ url: '/pages/admin/places/places' })
  },

  openRequest(e) {
    wx.navigateTo({ url: `/pages/admin/request/request?id=${e.detail.id}` })
  },

  staff() {
    wx.navigateTo({ url: '/pages/admin/staff/staff' })
  }
}))
