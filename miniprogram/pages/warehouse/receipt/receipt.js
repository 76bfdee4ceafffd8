// Stock in (入库): a keeper picks the warehouse and a part from the catalogue, the quantity and a note
// (采购单号、来源); the answer says the new balance.
const api = require('../../../services/api')
const { showError, toast } = require('../../../utils/ui')

Page({
  data: { warehouses: [], warehouseIndex: 0, q: '', parts: [], part: null, quantity: '', note: '', errors: {}, busy: false },

  onShow() {
    return Promise.all([
      api.listWarehouses().then(warehouses => this.setData({ warehouses })),
      this.search()
    ]).catch(err => showError(err, '加载失败'))
  },

  search() {
    return api.listParts({ q: this.data.q.trim() || undefined, size: 30 })
      .then(page => this.setData({ parts: page.items || [] }))
  },

  onQuery(e) {
    this.setData({ q: e.detail.value })
    return this.search().catch(err => showError(err))
  },

  onWarehouse(e) {
    this.setData({ warehouseIndex: Number(e.detail.value) })
  },

  pick(e) {
    const part = this.data.parts.find(p => p.id === e.currentTarget.dataset.id)
    this.setData({ part, 'errors.partId': '' })
  },

  onInput(e) {
    this.setData({ [e.currentTarget.dataset.field]: e.detail.value, [`errors.${e.currentTarget.dataset.field}`]: '' })
  },

  save() {
    const quantity = parseInt(this.data.quantity, 10)
    const errors = {}
    if (!this.data.part) errors.partId = '请选择配件'
    if (!Number.isInteger(quantity) || quantity < 1) errors.quantity = '数量至少为1'
    const warehouse = this.data.warehouses[this.data.warehouseIndex]
    if (!warehouse) errors.warehouseId = '请先由管理员添加仓库'
    this.setData({ errors })
    if (Object.keys(errors).length || this.data.busy) return Promise.resolve()
    this.setData({ busy: true })
    return api.receiveStock({ warehouseId: warehouse.id, partId: this.data.part.id, quantity, note: this.data.note.trim() || undefined })
      .then(receipt => {
        toast(`已入库，结存 ${receipt.balance}`)
        this.setData({ busy: false, quantity: '', note: '', part: null })
      })
      .catch(err => {
        this.setData({ busy: false, errors: err.fieldErrors || {} })
        showError(err)
      })
  }
})
