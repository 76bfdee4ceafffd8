// Posting an outage notice: an area, and one of its buildings or the whole area; the category; the
// reason; until when (campus time). The server checks it again (an end before the start, a place
// gone) and names the field.
const api = require('../../../services/api')
const { showError, toast } = require('../../../utils/ui')

const WHOLE_AREA = { id: '', name: '整个区域' }
const pad = n => (n < 10 ? `0${n}` : `${n}`)

/** Today's date and a time a few hours on, as the pickers show them (campus time). */
function defaults(now) {
  const later = new Date(now.getTime() + 4 * 3600 * 1000 + 8 * 3600 * 1000)
  return {
    endDate: `${later.getUTCFullYear()}-${pad(later.getUTCMonth() + 1)}-${pad(later.getUTCDate())}`,
    endTime: `${pad(later.getUTCHours())}:00`
  }
}

Page({
  data: {
    areas: [],
    areaIndex: -1,
    buildings: [WHOLE_AREA],
    buildingIndex: 0,
    categories: [],
    categoryIndex: -1,
    reason: '',
    endDate: '',
    endTime: '',
    errors: {},
    busy: false
  },

  onLoad() {
    this.setData(defaults(new Date()))
    return Promise.all([api.listAreas(), api.listCategories()])
      .then(([areas, categories]) => this.setData({ areas: (areas || []).filter(a => !a.retired), categories }))
      .catch(err => showError(err, '加载失败'))
  },

  onArea(e) {
    const areaIndex = Number(e.detail.value)
    const area = this.data.areas[areaIndex]
    this.setData({ areaIndex, buildings: [WHOLE_AREA], buildingIndex: 0, 'errors.place': '' })
    return api.listBuildings({ areaId: area.id, size: 100 })
      .then(res => this.setData({ buildings: [WHOLE_AREA].concat(res.items || []) }))
      .catch(err => showError(err))
  },

  onBuilding(e) {
    this.setData({ buildingIndex: Number(e.detail.value) })
  },

  onCategory(e) {
    this.setData({ categoryIndex: Number(e.detail.value), 'errors.categoryCode': '' })
  },

  onReason(e) {
    this.setData({ reason: e.detail.value, 'errors.reason': '' })
  },

  onEndDate(e) {
    this.setData({ endDate: e.detail.value, 'errors.endsAt': '' })
  },

  onEndTime(e) {
    this.setData({ endTime: e.detail.value, 'errors.endsAt': '' })
  },

  submit() {
    const area = this.data.areas[this.data.areaIndex]
    const category = this.data.categories[this.data.categoryIndex]
    const reason = this.data.reason.trim()
    const errors = {}
    if (!area) errors.place = '请选择区域'
    if (!category) errors.categoryCode = '请选择类别'
    if (!reason) errors.reason = '请填写原因'
    if (Object.keys(errors).length) {
      this.setData({ errors })
      return Promise.resolve()
    }
    const building = this.data.buildings[this.data.buildingIndex]
    const body = {
      categoryCode: category.code,
      reason,
      endsAt: `${this.data.endDate}T${this.data.endTime}:00+08:00`
    }
    if (building && building.id) body.buildingId = building.id
    else body.areaId = area.id
    this.setData({ busy: true, errors: {} })
    return api.postNotice(body)
      .then(() => {
        this.setData({ busy: false })
        toast('已发布')
        wx.navigateBack()
      })
      .catch(err => {
        const fieldErrors = {}
        ;(err.errors || []).forEach(e => {
          const field = e.field === 'buildingId' || e.field === 'areaId' ? 'place' : e.field
          if (!fieldErrors[field]) fieldErrors[field] = e.message
        })
        this.setData({ busy: false, errors: fieldErrors })
        showError(err, '发布失败')
      })
  }
})
