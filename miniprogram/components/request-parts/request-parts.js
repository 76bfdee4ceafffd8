// A request's parts and what they cost (the request's `parts`: lines, estimate, cost), on every
// detail page. Nothing shows for a request that never asked for parts.
const STATE_TEXT = { REQUESTED: '待发放', ISSUED: '已领取', REFUSED: '未获批准', DONE: '已用' }
// Tag colours (t-tag themes): waiting is orange as elsewhere, refused red, the rest settled.
const STATE_THEME = { REQUESTED: 'warning', ISSUED: 'primary', REFUSED: 'danger', DONE: 'success' }

const money = value => (value === null || value === undefined ? '' : `¥${Number(value).toFixed(2)}`)

function line(item) {
  const used = item.used === null || item.used === undefined ? '' : ` · 用 ${item.used}`
  return {
    id: item.id,
    name: item.name,
    amount: `${item.quantity}${item.unit || ''}${item.issued ? ` · 领 ${item.issued}` : ''}${used}`,
    price: item.unitPrice === null || item.unitPrice === undefined ? '无单价' : money(item.unitPrice),
    state: STATE_TEXT[item.state] || item.state,
    theme: STATE_THEME[item.state] || 'default'
  }
}

Component({
  properties: {
    parts: { type: Object, value: null, observer: 'render' }
  },

  data: { lines: [], estimate: '', cost: '' },

  lifetimes: {
    attached() {
      this.render()
    }
  },

  methods: {
    render() {
      const parts = this.data.parts
      const lines = parts && Array.isArray(parts.lines) ? parts.lines.map(line) : []
      this.setData({ lines, estimate: lines.length ? money(parts.estimate) : '', cost: lines.length ? money(parts.cost) : '' })
    }
  }
})
