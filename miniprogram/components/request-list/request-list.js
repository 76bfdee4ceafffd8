// Tabs over a list of request cards, with the loading, end-of-list, error and empty states.
// Emits `tabchange` {index}, `select` {id} and `retry`.
Component({
  properties: {
    tabs: { type: Array, value: [] },
    active: { type: Number, value: 0 },
    items: { type: Array, value: [] },
    loading: { type: Boolean, value: false },
    finished: { type: Boolean, value: false },
    error: { type: String, value: '' },
    emptyText: { type: String, value: '暂无记录' },
    party: { type: String, value: 'worker' }
  },
  methods: {
    onTab(e) {
      const index = Number(e.currentTarget.dataset.index)
      if (index !== this.data.active) this.triggerEvent('tabchange', { index })
    },
    onSelect(e) {
      this.triggerEvent('select', { id: e.detail.id })
    },
    onRetry() {
      this.triggerEvent('retry')
    }
  }
})
