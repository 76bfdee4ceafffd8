// Set a password (after the first code login, `?first=1`) or change it (current one needed then).
const api = require('../../../services/api')
const session = require('../../../services/session')
const validate = require('../../../utils/validate')
const { showError, toast } = require('../../../utils/ui')

Page({
  data: {
    first: false,
    needCurrent: false,
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
    submitting: false,
    errors: {}
  },

  onLoad(query) {
    const user = session.getUser() || {}
    this.setData({ first: query && query.first === '1', needCurrent: !!user.hasPassword })
    wx.setNavigationBarTitle({ title: user.hasPassword ? '修改密码' : '设置密码' })
  },

  onInput(e) {
    const field = e.currentTarget.dataset.field
    this.setData({ [field]: e.detail.value, [`errors.${field}`]: '' })
  },

  validate() {
    const errors = {}
    if (this.data.needCurrent && !this.data.currentPassword) errors.currentPassword = '请输入当前密码'
    const problem = validate.password(this.data.newPassword)
    if (problem) errors.newPassword = problem
    else if (this.data.newPassword !== this.data.confirmPassword) errors.confirmPassword = '两次输入的密码不一致'
    this.setData({ errors })
    return !validate.hasErrors(errors)
  },

  submit() {
    if (this.data.submitting || !this.validate()) return Promise.resolve()
    const body = { newPassword: this.data.newPassword }
    if (this.data.needCurrent) body.currentPassword = this.data.currentPassword
    this.setData({ submitting: true })
    return api.changePassword(body)
      .then(() => {
        const user = Object.assign({}, session.getUser(), { hasPassword: true })
        session.setUser(user)
        this.setData({ submitting: false })
        toast('密码已保存')
        this.leave(user)
      })
      .catch(err => {
        this.setData({ submitting: false, errors: err.fieldErrors || {} })
        showError(err)
      })
  },

  skip() {
    this.leave(session.getUser())
  },

  leave(user) {
    if (this.data.first) wx.reLaunch({ url: session.homeFor(user) })
    else wx.navigateBack()
  }
})
