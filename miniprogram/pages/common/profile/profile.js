// The personal centre for every role: name, department and address (PATCH /api/me), password, log out.
const api = require('../../../services/api')
const session = require('../../../services/session')
const { maskPhone } = require('../../../utils/format')
const { showError, toast, confirm } = require('../../../utils/ui')

const ROLE_TEXT = { USER: '报修用户', WORKER: '维修工', ADMIN: '管理员' }

Page({
  data: {
    user: null,
    phoneMasked: '',
    roleText: '',
    form: { name: '', department: '', address: '' },
    saving: false,
    wechatBound: false,
    errors: {}
  },

  onLoad() {
    const stored = session.getUser()
    if (stored) this.show(stored)
    api.getWechat().then(wechat => this.setData({ wechatBound: !!wechat.bound })).catch(() => {})
    return api.getMe()
      .then(user => {
        session.setUser(user)
        this.show(user)
      })
      .catch(err => showError(err))
  },

  onShow() {
    // Back from the password page: the stored user knows whether a password is set now.
    const stored = session.getUser()
    if (stored && this.data.user) this.setData({ 'user.hasPassword': !!stored.hasPassword })
  },

  show(user) {
    this.setData({
      user,
      phoneMasked: maskPhone(user.phone),
      roleText: ROLE_TEXT[user.role] || user.role,
      form: { name: user.name || '', department: user.department || '', address: user.address || '' }
    })
  },

  onInput(e) {
    const field = e.currentTarget.dataset.field
    this.setData({ [`form.${field}`]: e.detail.value, [`errors.${field}`]: '' })
  },

  save() {
    const form = this.data.form
    const errors = {}
    if (!form.name.trim()) errors.name = '请填写姓名'
    else if (form.name.trim().length > 50) errors.name = '姓名最多50个字'
    this.setData({ errors })
    if (Object.keys(errors).length || this.data.saving) return Promise.resolve()
    this.setData({ saving: true })
    return api.updateMe({ name: form.name.trim(), department: form.department.trim(), address: form.address.trim() })
      .then(user => {
        session.setUser(user)
        this.show(user)
        this.setData({ saving: false })
        toast('已保存')
      })
      .catch(err => {
        this.setData({ saving: false, errors: err.fieldErrors || {} })
        showError(err, '保存失败')
      })
  },

  /** After unbinding, opening the mini program asks for the phone again (docs/wechat.md). */
  unbindWechat() {
    return confirm('解除微信绑定', '解除后，打开小程序不再自动登录，也不再收到微信订阅消息。', '解除').then(yes => {
      if (!yes) return
      return api.unbindWechat()
        .then(() => {
          this.setData({ wechatBound: false })
          toast('已解除')
        })
        .catch(err => showError(err, '解除失败'))
    })
  },

  openStats() {
    wx.navigateTo({ url: '/pages/admin/stats/stats' })
  },

  changePassword() {
    wx.navigateTo({ url: '/pages/common/password/password' })
  },

  logout() {
    return confirm('退出登录', '确定要退出当前账号吗？', '退出').then(yes => {
      if (!yes) return
      // Ending the token on the server is best effort: the local session goes either way.
      return api.logout().catch(() => {}).then(() => {
        session.clear()
        wx.reLaunch({ url: session.LOGIN_PAGE })
      })
    })
  }
})
