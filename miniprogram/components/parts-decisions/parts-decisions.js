// The admins' decisions on a request's parts and outsourcing, each shown when the server allows it:
// approve or decline costly parts (配件审批), record a contractor and a due date (登记外包), close an
// outsourced repair (外包维修). Each button opens its half-screen popup, like the other reasons and
// notes. Emits `changed` with the request the action answered.
const api = require('../../services/api')
const { allowedActions } = require('../../utils/actions')
const { showError, toast } = require('../../utils/ui')

Component({
  properties: {
    request: { type: Object, value: null, observer: 'render' }
  },

  data: { can: {}, panel: '', note: '', contractor: '', dueDate: '', errors: {}, busy: false },

  methods: {
    render() {
      const can = allowedActions(this.data.request)
      // A popup whose decision is no longer the admin's (the request moved on meanwhile) closes.
      const open = { approve: can.approveParts, decline: can.approveParts, outsource: can.outsource, finish: can.finishOutsourced }
      this.setData({ can, panel: open[this.data.panel] ? this.data.panel : '' })
    },

    openPanel(e) {
      this.setData({ panel: e.currentTarget.dataset.panel, errors: {} })
    },

    closePanel() {
      this.setData({ panel: '', errors: {} })
    },

    // Closed by a tap outside it.
    onPopup(e) {
      if (!e.detail.visible) this.closePanel()
    },

    onInput(e) {
      const field = e.currentTarget.dataset.field
      this.setData({ [field]: e.detail.value, [`errors.${field}`]: '' })
    },

    onDueDate(e) {
      this.setData({ dueDate: e.detail.value, 'errors.dueDate': '' })
    },

    run(call, done) {
      if (this.data.busy) return Promise.resolve()
      this.setData({ busy: true })
      return call()
        .then(request => {
          this.setData({ busy: false, panel: '', note: '', contractor: '', dueDate: '' })
          toast(done)
          this.triggerEvent('changed', { request })
        })
        .catch(err => {
          this.setData({ busy: false, errors: err.fieldErrors || {} })
          showError(err)
        })
    },

    approve() {
      const approved = this.data.panel === 'approve'
      const note = this.data.note.trim() || undefined
      return this.run(() => api.approveParts(this.data.request.id, { approved, note }), approved ? '已同意，等待仓库发放' : '已不同意')
    },

    outsource() {
      const errors = {}
      if (!this.data.contractor.trim()) errors.contractor = '请填写外包单位'
      if (!this.data.dueDate) errors.dueDate = '请选择完成日期'
      this.setData({ errors })
      if (Object.keys(errors).length) return Promise.resolve()
      return this.run(() => api.outsourceRequest(this.data.request.id, {
        contractor: this.data.contractor.trim(), dueDate: this.data.dueDate, note: this.data.note.trim() || undefined
      }), '已登记外包')
    },

    finish() {
      return this.run(() => api.finishOutsourced(this.data.request.id, this.data.note.trim() || undefined), '已完成，已通知报修人评价')
    }
  }
})
