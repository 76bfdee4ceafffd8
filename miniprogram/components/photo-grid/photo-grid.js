// Thumbnails in a 3-column grid. Tapping one previews it full screen. When `editable`, each has a
// remove button (emits `remove` with {index}) and an add tile emits `add` until `max` is reached.
Component({
  properties: {
    photos: { type: Array, value: [] },
    editable: { type: Boolean, value: false },
    max: { type: Number, value: 9 }
  },
  methods: {
    onPreview(e) {
      const index = Number(e.currentTarget.dataset.index)
      wx.previewImage({ current: this.data.photos[index], urls: this.data.photos })
    },
    onRemove(e) {
      this.triggerEvent('remove', { index: Number(e.currentTarget.dataset.index) })
    },
    onAdd() {
      this.triggerEvent('add', { remaining: this.data.max - this.data.photos.length })
    }
  }
})
