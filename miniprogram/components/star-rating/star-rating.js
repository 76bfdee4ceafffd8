// A row of five stars: tap one to set the value 1..5 (emits `change` with {value}); read-only on request.
const WORDS = ['', '很差', '较差', '一般', '满意', '非常满意']

Component({
  properties: {
    label: { type: String, value: '' },
    value: { type: Number, value: 0 },
    readonly: { type: Boolean, value: false }
  },
  data: { stars: [1, 2, 3, 4, 5], word: '' },
  observers: {
    value(value) {
      this.setData({ word: WORDS[value] || '' })
    }
  },
  methods: {
    onStar(e) {
      if (this.data.readonly) return
      const value = Number(e.currentTarget.dataset.value)
      this.setData({ value, word: WORDS[value] || '' })
      this.triggerEvent('change', { value })
    }
  }
})
