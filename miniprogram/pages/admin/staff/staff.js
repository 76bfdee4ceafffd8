// Add a worker (with their specialties) or another admin.
const api = require('../../../services/api')
const validate = require('../../../utils/validate')
const { showError, toast } = require('../../../utils/ui')

const EMPTY = { phone: '', name: '', role: 'WORKER', specialties: [] }

Page({
  data: {
    form: Object.assign({}, EMPTY),
    categories: [],
    roles: [{ value: 'WORKER', name: '维修工' }, { value: 'ADMIN', name: '管理员' }],
    errors: {},
    submitting: false
  },

  onLoad() {
    return api.listCategories()
      .then(categories => this.setData({ categories }))
      .catch(err => showError(err, '工种加载失败'))
  },

  onInput(e) {
    const field = e.currentTarget.dataset.field
    this.setData({ [`form.${field}`]: e.detail.value, [`errors.${field}`]: '' })
  },

  onRole(e) {
    this.setData({ 'form.role': e.detail.value, 'errors.role': '' })
  },

  onSpecialties(e) {
    this.setData({ 'form.specialties': e.detail.value, 'errors.specialties': '' })
  },

  submit() {
    const form = this.data.form
    const errors = {}
    const phone = validate.normalizePhone(form.phone)
    if (!validate.isPhone(phone)) errors.phone = '请输入正确的11位手机号'
    if (!form.name.trim()) errors.name = '请填写姓名'
    if (form.role === 'WORKER' && form.specialties.length === 0) errors.specialties = '请至少选择一个工种'
    this.setData({ errors })
    if (validate.hasErrors(errors) || this.data.submitting) return Promise.resolve()
    const body = { phone, name: form.name.trim(), role: form.role }
    if (form.role === 'WORKER') body.specialties = form.specialties
    this.setData({ submitting: true })
    return api.createStaff(body)
      .then(user => {
        toast(`已添加${user.role === 'ADMIN' ? '管理员' : '维修工'}`)
        this.setData({ submitting: false, form: Object.assign({}, EMPTY, { specialties: [] }) })
      })
      .catch(err => {
        this.setData({ submitting: false, errors: err.fieldErrors || {} })
        showError(err, '添加失败')
      })
  }
})
