// Phone repair: each category's hotline, to call now or save as a contact.
const api = require('../../../services/api')
const { showError } = require('../../../utils/ui')
const { withIcons } = require('../../../utils/category-icon')

Page({
  data: { categories: [], loading: true, error: '' },

  onLoad() {
    return this.load()
  },

  load() {
    this.setData({ loading: true, error: '' })
    return api.listCategories()
      .then(categories => this.setData({ categories: withIcons(categories.filter(c => c.hotline)), loading: false }))
      .catch(err => this.setData({ loading: false, error: err.message }))
  },

  call(e) {
    wx.makePhoneCall({ phoneNumber: e.currentTarget.dataset.phone })
  },

  save(e) {
    const { phone, name } = e.currentTarget.dataset
    wx.addPhoneContact({
      firstName: `${name}报修`,
      organization: '学校后勤',
      mobilePhoneNumber: phone,
      fail: err => {
        if (!/cancel/.test((err && err.errMsg) || '')) showError(new Error('保存联系人失败'))
      }
    })
  }
})
