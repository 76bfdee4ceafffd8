// Picks the parts a worker asks for: search the catalogue and add a part with its quantity, or
// describe one the catalogue lacks. Emits `change` with {parts: [{partId} or {name}, quantity]}.
const api = require('../../services/api')
const { showError } = require('../../utils/ui')

const MAX_LINES = 20

Component({
  data: { q: '', found: [], chosen: [], freeText: '', error: '' },

  lifetimes: {
    attached() {
      return this.search()
    }
  },

  methods: {
    onQuery(e) {
      this.setData({ q: e.detail.value })
      return this.search()
    },

    search() {
      return api.listParts({ q: this.data.q.trim() || undefined, size: 20 })
        .then(page => this.setData({ found: page.items || [] }))
        .catch(err => showError(err, '配件目录加载失败'))
    },

    add(e) {
      const part = this.data.found.find(p => p.id === e.currentTarget.dataset.id)
      if (!part) return
      const existing = this.data.chosen.findIndex(line => line.partId === part.id)
      if (existing >= 0) {
        this.setData({ [`chosen[${existing}].quantity`]: this.data.chosen[existing].quantity + 1 })
      } else if (this.data.chosen.length < MAX_LINES) {
        const label = part.spec ? `${part.name} ${part.spec}` : part.name
        this.setData({ chosen: this.data.chosen.concat([{ key: part.id, partId: part.id, label, unit: part.unit, quantity: 1 }]) })
      } else {
        this.setData({ error: `一次最多${MAX_LINES}种配件` })
      }
      this.emit()
    },

    onFreeText(e) {
      this.setData({ freeText: e.detail.value })
    },

    addFreeText() {
      const name = this.data.freeText.trim()
      if (!name) return
      if (this.data.chosen.length >= MAX_LINES) {
        this.setData({ error: `一次最多${MAX_LINES}种配件` })
        return
      }
      this.setData({ chosen: this.data.chosen.concat([{ key: `text-${Date.now()}`, name, label: name, unit: '', quantity: 1 }]), freeText: '' })
      this.emit()
    },

    onQuantity(e) {
      const index = Number(e.currentTarget.dataset.index)
      const quantity = Math.max(0, Math.min(9999, parseInt(e.detail.value, 10) || 0))
      this.setData({ [`chosen[${index}].quantity`]: quantity })
      this.emit()
    },

    remove(e) {
      const index = Number(e.currentTarget.dataset.index)
      this.setData({ chosen: this.data.chosen.filter((_, i) => i !== index), error: '' })
      this.emit()
    },

    emit() {
      const parts = this.data.chosen.map(line => (line.partId
        ? { partId: line.partId, quantity: line.quantity }
        : { name: line.name, quantity: line.quantity }))
      this.triggerEvent('change', { parts })
    }
  }
})
