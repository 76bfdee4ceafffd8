// One staff member: edit name, phone, role and specialties; deactivate someone who left (their login
// ends at once) and hand each step they still hold to someone else: a worker's job goes to a worker,
// the request's specialists first, the best placed one already chosen, so one tap hands it on.
// Deactivating is asked in a TDesign dialog first; a person who could not be read says why, with 重试.
const api = require('../../../services/api')
const validate = require('../../../utils/validate')
const { formatTime } = require('../../../utils/format')
const { showError, toast } = require('../../../utils/ui')

const ROLES = [{ value: 'WORKER', name: '维修工' }, { value: 'ADMIN', name: '管理员' }]

Page({
  data: {
    person: null,
    form: { name: '', phone: '', role: 'WORKER', specialties: [] },
    roles: ROLES,
    categories: [],
    steps: [],
    errors: {},
    error: '',
    stepsError: '',
    saving: false,
    confirming: false,
    deactivateButton: { content: '停用', theme: 'danger', variant: 'text' }
  },

  onLoad(query) {
    this.id = query.id
    return this.load()
  },

  load() {
    this.setData({ error: '' })
    return Promise.all([this.loadPerson(), this.loadCategories(), this.loadSteps()])
  },

  loadPerson() {
    return api.getStaff(this.id)
      .then(person => this.setData({
        person,
        form: { name: person.name, phone: person.phone, role: person.role, specialties: person.specialties || [] }
      }))
      .catch(err => this.setData({ error: err.message }))
  },

  loadCategories() {
    return api.listCategories()
      .then(categories => this.setData({ categories }))
      .catch(err => showError(err, '类别加载失败'))
  },

  /** Each step with the people who may take it, the best placed first and already chosen. */
  loadSteps() {
    this.setData({ stepsError: '' })
    return api.listOpenSteps(this.id)
      .then(steps => Promise.all(steps.map(step => this.candidatesFor(step)
        .then(candidates => Object.assign({}, step, { since: formatTime(step.since), candidates, choice: 0 })))))
      .then(steps => this.setData({ steps }))
      .catch(err => this.setData({ stepsError: err.message }))
  },

  candidatesFor(step) {
    const others = people => people.filter(p => p.id !== this.id)
    if (step.forWorker) {
      return api.listWorkers({ category: step.categoryCode || undefined, size: 100 })
        .then(workers => others(workers).map(w => ({
          id: w.id,
          label: `${w.name}${w.specialist ? '（专长）' : ''} · 进行中 ${w.activeTasks}`
        })))
    }
    return api.listStaff({ active: true, size: 100 })
      .then(page => others(page.items || []).map(p => ({ id: p.id, label: `${p.name} · ${p.role === 'ADMIN' ? '管理员' : '维修工'}` })))
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

  save() {
    const form = this.data.form
    const errors = {}
    const phone = validate.normalizePhone(form.phone)
    if (!validate.isPhone(phone)) errors.phone = '请输入正确的11位手机号'
    if (!form.name.trim()) errors.name = '请填写姓名'
    this.setData({ errors })
    if (validate.hasErrors(errors) || this.data.saving) return Promise.resolve()
    this.setData({ saving: true })
    return api.updateStaff(this.id, { name: form.name.trim(), phone, role: form.role, specialties: form.specialties })
      .then(person => {
        this.setData({ person, saving: false })
        toast('已保存')
      })
      .catch(err => {
        this.setData({ saving: false, errors: err.fieldErrors || {} })
        showError(err, '保存失败')
      })
  },

  askDeactivate() {
    this.setData({ confirming: true })
  },

  closeDialog() {
    this.setData({ confirming: false })
  },

  deactivate() {
    this.setData({ confirming: false })
    return api.deactivateStaff(this.id)
      .then(person => {
        this.setData({ person })
        toast('已停用')
        return this.loadSteps()
      })
      .catch(err => showError(err, '停用失败'))
  },

  reactivate() {
    return api.reactivateStaff(this.id)
      .then(person => {
        this.setData({ person })
        toast('已恢复')
      })
      .catch(err => showError(err, '恢复失败'))
  },

  onChoice(e) {
    this.setData({ [`steps[${e.currentTarget.dataset.index}].choice`]: Number(e.detail.value) })
  },

  reassign(e) {
    const step = this.data.steps[e.currentTarget.dataset.index]
    const to = step && step.candidates[step.choice]
    if (!to) return Promise.resolve()
    return api.reassignStep(this.id, step.taskId, to.id)
      .then(() => {
        toast('已转派')
        return this.loadSteps()
      })
      .catch(err => showError(err, '转派失败'))
  },

  history() {
    wx.navigateTo({ url: `/pages/admin/audit/audit?staffId=${this.id}` })
  }
})
