const { statusText, statusTone } = require('../../utils/status')

Component({
  properties: {
    status: { type: String, value: '' }
  },
  data: { text: '', tone: 'muted' },
  observers: {
    status(status) {
      this.setData({ text: statusText(status), tone: statusTone(status) })
    }
  },
  lifetimes: {
    attached() {
      this.setData({ text: statusText(this.data.status), tone: statusTone(this.data.status) })
    }
  }
})
