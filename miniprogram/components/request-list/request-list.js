// TDesign tabs over a list of request cards, with the states every list has: skeleton cards while
// the first page loads, a spinner for the next, 没有更多了 at the end, an empty state, an error with
// 重试. Emits `tabchange` {index}, `select` {id} and `retry`.
// A card's skeleton: title and tag, two lines of description, the foot.
const SKELETON_ROWS = [[{ width: '40%', height: '36rpx' }, { width: '20%', height: '36rpx', marginLeft: 'auto' }], 1, { width: '70%' }, { width: '50%' }]

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
  data: { skeletonRows: SKELETON_ROWS },
  methods: {
    onTab(e) {
      const index = Number(e.detail.value)
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
