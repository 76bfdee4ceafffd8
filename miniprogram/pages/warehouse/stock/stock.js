// Stock in a warehouse: every part with its quantity and value, the ones under their minimum marked
// (or alone, with 只看低库存); a count (盘点) replaces a part's quantity with what was counted. Keepers
// and admins; admins also see the total value and export the movements as a spreadsheet.
const api = require('../../../services/api')
const session = require('../../../services/session')
const { showError, toast } = require('../../../utils/ui')

Page({
  data: { warehouses: [], warehouseIndex: 0, lines: [], onlyLow: false, total: '0.00', counting: '', countingName: '', counted: '', countError: '', loaded: false, error: '', report: null },

  onShow() {
    return this.reload()
  },

  /** The warehouses, then the chosen one's stock (and an admin's report); 重试 does it again. */
  reload() {
    const user = session.getUser()
    if (user && user.role === 'ADMIN') this.loadReport()
    this.setData({ error: '' })
    return api.listWarehouses()
      .then(warehouses => {
        this.setData({ warehouses })
        return this.load()
      })
      .catch(err => this.failed(err, '仓库加载失败'))
  },

  // The stock on screen stays when a refresh fails; a page never read shows the error with 重试.
  failed(err, title) {
    if (this.data.loaded) showError(err, title)
    else this.setData({ error: err.message || title })
  },

  load() {
    const warehouse = this.data.warehouses[this.data.warehouseIndex]
    if (!warehouse) {
      this.setData({ loaded: true, lines: [] })
      return Promise.resolve()
    }
    return api.getStock(warehouse.id, this.data.onlyLow || undefined)
      .then(stock => this.setData({
        loaded: true,
        lines: stock.map(line => ({
          id: line.part.id,
          name: line.part.spec ? `${line.part.name} ${line.part.spec}` : line.part.name,
          shelf: line.part.shelf,
          quantity: line.quantity,
          unit: line.part.unit,
          minStock: line.part.minStock,
          low: line.low
        })),
        total: stock.reduce((sum, line) => sum + Number(line.value), 0).toFixed(2)
      }))
      .catch(err => this.failed(err, '库存加载失败'))
  },

  /** Admins: what repairs used in the last 30 days and what it cost, the costliest parts first. */
  loadReport() {
    return api.getCostReport()
      .then(report => this.setData({
        report: {
          cost: Number(report.cost).toFixed(2),
          stockValue: Number(report.stockValue).toFixed(2),
          parts: report.parts.slice(0, 10).map(line => ({
            id: line.partId, text: `${line.partName} · 用 ${line.used}${line.unit} · ${line.requests} 单`, cost: Number(line.cost).toFixed(2)
          }))
        }
      }))
      .catch(err => showError(err, '费用报表加载失败'))
  },

  onWarehouse(e) {
    this.setData({ warehouseIndex: Number(e.detail.value) })
    return this.load()
  },

  toggleLow() {
    this.setData({ onlyLow: !this.data.onlyLow })
    return this.load()
  },

  startCount(e) {
    const line = this.data.lines.find(l => l.id === e.currentTarget.dataset.id)
    this.setData({ counting: e.currentTarget.dataset.id, countingName: line ? line.name : '', counted: '', countError: '' })
  },

  closeCount() {
    this.setData({ counting: '', countError: '' })
  },

  // Closed by a tap outside it.
  onPopup(e) {
    if (!e.detail.visible) this.closeCount()
  },

  onCounted(e) {
    this.setData({ counted: e.detail.value, countError: '' })
  },

  saveCount() {
    const counted = parseInt(this.data.counted, 10)
    if (!Number.isInteger(counted) || counted < 0) {
      this.setData({ countError: '请填写盘点数量' })
      return Promise.resolve()
    }
    const warehouse = this.data.warehouses[this.data.warehouseIndex]
    return api.countStock({ warehouseId: warehouse.id, partId: this.data.counting, counted, note: '小程序盘点' })
      .then(result => {
        toast(result.difference === 0 ? '账实相符' : `已调整 ${result.difference > 0 ? '+' : ''}${result.difference}`)
        this.setData({ counting: '' })
        return this.load()
      })
      .catch(err => {
        const field = (err.fieldErrors || {}).counted
        if (field) this.setData({ countError: field })
        else showError(err)
      })
  },

  exportMovements() {
    const warehouse = this.data.warehouses[this.data.warehouseIndex]
    return api.downloadMovements({ warehouseId: warehouse && warehouse.id })
      .then(filePath => wx.openDocument({ filePath, fileType: 'xlsx', showMenu: true }))
      .catch(err => showError(err, '导出失败'))
  }
})
