// The repair categories requesters choose from and the hotlines they call: add, edit, reorder, retire
// (hidden from new reports, old requests keep it) and delete one nothing uses yet. Adding and editing
// happen in a half-screen popup; deleting is asked in a dialog first.
const api = require('../../../services/api')
const { showError, toast } = require('../../../utils/ui')
const { ICONS, iconOf, withIcons } = require('../../../utils/category-icon')

const EMPTY = { code: '', name: '', icon: '', hotline: '', order: '' }

Page({
  data: {
    categories: [],
    loaded: false,
    error: '',
    form: Object.assign({}, EMPTY),
    formOpen: false,
    editing: '',
    errors: {},
    saving: false,
    removing: '',
    removeButton: { content: '删除', theme: 'danger', variant: 'text' },
    icons: ICONS
  },

  onShow() {
    return this.load()
  },

  onPullDownRefresh() {
    return this.load().then(() => wx.stopPullDownRefresh())
  },

  load() {
    this.setData({ error: '' })
    return api.listAllCategories()
      .then(categories => this.setData({ categories: withIcons(categories), loaded: true }))
      // The list on screen stays; the error (with 重试) is for one that could not be read at all.
      .catch(err => (this.data.loaded ? showError(err, '类别加载失败') : this.setData({ error: err.message })))
  },

  add() {
    this.setData({ formOpen: true, editing: '', errors: {}, form: Object.assign({}, EMPTY) })
  },

  // Closed by a tap outside it.
  onPopup(e) {
    if (!e.detail.visible) this.cancelEdit()
  },

  onInput(e) {
    const field = e.currentTarget.dataset.field
    this.setData({ [`form.${field}`]: e.detail.value, [`errors.${field}`]: '' })
  },

  // The icon is picked from TDesign's, not typed.
  chooseIcon(e) {
    this.setData({ 'form.icon': e.currentTarget.dataset.name, 'errors.icon': '' })
  },

  edit(e) {
    const category = this.data.categories.find(c => c.code === e.currentTarget.dataset.code)
    if (!category) return
    this.setData({
      formOpen: true,
      editing: category.code,
      errors: {},
      // A category from before the icons were TDesign's shows its emoji's icon, saved with the edit.
      form: { code: category.code, name: category.name, icon: category.icon ? iconOf(category.icon) : '', hotline: category.hotline || '', order: String(category.order) }
    })
  },

  cancelEdit() {
    this.setData({ formOpen: false, editing: '', errors: {}, form: Object.assign({}, EMPTY) })
  },

  save() {
    const form = this.data.form
    const errors = {}
    if (!this.data.editing && !/^[A-Z][A-Z0-9_]{1,31}$/.test(form.code.trim())) errors.code = '代码为大写字母开头的英文、数字或下划线'
    if (!form.name.trim()) errors.name = '请填写类别名称'
    if (form.order !== '' && !/^\d{1,4}$/.test(String(form.order).trim())) errors.order = '排序为0到9999的整数'
    this.setData({ errors })
    if (Object.keys(errors).length || this.data.saving) return Promise.resolve()
    const body = { name: form.name.trim(), icon: form.icon.trim(), hotline: form.hotline.trim() }
    if (form.order !== '') body.order = Number(form.order)
    this.setData({ saving: true })
    const saved = this.data.editing
      ? api.updateCategory(this.data.editing, body)
      : api.createCategory(Object.assign({ code: form.code.trim() }, body, { icon: body.icon || undefined, hotline: body.hotline || undefined }))
    return saved
      .then(() => {
        toast('已保存')
        this.setData({ saving: false })
        this.cancelEdit()
        return this.load()
      })
      .catch(err => {
        this.setData({ saving: false, errors: err.fieldErrors || {} })
        showError(err, '保存失败')
      })
  },

  toggle(e) {
    const category = this.data.categories.find(c => c.code === e.currentTarget.dataset.code)
    if (!category) return Promise.resolve()
    return api.updateCategory(category.code, { active: !category.active })
      .then(() => this.load())
      .catch(err => showError(err, '操作失败'))
  },

  askRemove(e) {
    this.setData({ removing: e.currentTarget.dataset.code })
  },

  closeDialog() {
    this.setData({ removing: '' })
  },

  remove() {
    const code = this.data.removing
    this.setData({ removing: '' })
    return api.deleteCategory(code)
      .then(() => {
        toast('已删除')
        return this.load()
      })
      .catch(err => showError(err, '不能删除'))
  }
})
