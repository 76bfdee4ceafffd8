// The keeper's queue: requests waiting for their parts (备料发放), the longest waiting first, each
// with its lines. Pick the warehouse once; 发放 issues a request's parts from it, all or nothing: a
// shortage says what is left and the request stays in the queue.
const api = require('../../../services/api')
const { showError, toast, confirm } = require('../../../utils/ui')

const lineText = line => `${line.name} × ${line.quantity}${line.unit || ''}${line.partId ? '' : '（目录外）'}`

Page({
  data: { items: [], warehouses: [], warehouseIndex: 0, loaded: false, error: '', busy: '' },

  onShow() {
    return Promise.all([this.loadWarehouses(), this.load()])
  },

  onPullDownRefresh() {
    return this.load().then(() => wx.stopPullDownRefresh())
  },

  loadWarehouses() {
    return api.listWarehouses()
      .then(warehouses => this.setData({ warehouses }))
      .catch(err => showError(err, '仓库加载失败'))
  },

  load() {
    this.setData({ error: '' })
    return api.getPartsQueue()
      .then(queue => this.setData({
        loaded: true,
        items: queue.map(item => ({
          id: item.request.id,
          number: item.request.number,
          description: item.request.description,
          worker: item.request.worker ? item.request.worker.name : '',
          since: item.request.currentStep ? item.request.currentStep.since : '',
          lines: item.parts.lines.filter(line => line.state === 'REQUESTED').map(lineText)
        }))
      }))
      // The queue on screen stays when a refresh fails; one never read shows the error with 重试.
      .catch(err => (this.data.loaded ? showError(err, '备料任务加载失败') : this.setData({ error: err.message || '备料任务加载失败' })))
  },

  onWarehouse(e) {
    this.setData({ warehouseIndex: Number(e.detail.value) })
  },

  issue(e) {
    const id = e.currentTarget.dataset.id
    const warehouse = this.data.warehouses[this.data.warehouseIndex]
    if (!warehouse || this.data.busy) return Promise.resolve()
    return confirm('发放配件', `从${warehouse.name}发放这张单的配件？`, '发放').then(yes => {
      if (!yes) return undefined
      this.setData({ busy: id })
      return api.issueParts(id, warehouse.id)
        .then(() => {
          this.setData({ busy: '' })
          toast('已发放，已通知维修工')
          return this.load()
        })
        .catch(err => {
          this.setData({ busy: '' })
          showError(err)
          return this.load()
        })
    })
  },

  open(e) {
    wx.navigateTo({ url: `/pages/warehouse/stock/stock?requestId=${e.currentTarget.dataset.id}` })
  }
})
