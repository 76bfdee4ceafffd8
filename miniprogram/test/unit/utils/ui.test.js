// utils/ui.js on a page that holds TDesign's toast and dialog, as every page of ours does: the
// feedback is TDesign's, not WeChat's modal and toast.
const { loadPage, text, tap, type } = require('../../helpers/simulate')
const { flush } = require('../../helpers/wx')
const { login } = require('../../helpers/fixtures')

const me = over => Object.assign({ id: 'u1', phone: '13912345678', name: '张三', role: 'USER', department: '', address: '', specialties: [], hasPassword: true }, over)
const pagesOnScreen = global.getCurrentPages

function profileOnScreen() {
  login()
  wx.__route('GET', '/api/me', { data: me() })
  const opened = loadPage('pages/common/profile/profile')
  global.getCurrentPages = () => [opened.comp.instance]
  return opened
}

describe('utils/ui.js with TDesign on the page', () => {
  afterEach(() => { global.getCurrentPages = pagesOnScreen })

  test('every page holds the toast and the dialog', () => {
    const pages = require('../../../app.json').pages
    const fs = require('fs')
    const path = require('path')
    const missing = pages.filter(p => {
      const wxml = fs.readFileSync(path.resolve(__dirname, '../../..', `${p}.wxml`), 'utf8')
      return !wxml.includes('<t-toast id="t-toast"') || !wxml.includes('<t-dialog id="t-dialog"')
    })
    expect(missing).toEqual([])
  })

  test('no page or component calls WeChat\'s own toast, loading or modal: utils/ui.js does', () => {
    const fs = require('fs')
    const path = require('path')
    const root = path.resolve(__dirname, '../../..')
    const files = dir => fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) return files(file)
      return file.endsWith('.js') ? [file] : []
    })
    const calling = files(path.join(root, 'pages')).concat(files(path.join(root, 'components')))
      .filter(file => /wx\.(showLoading|hideLoading|showToast|showModal)\(/.test(fs.readFileSync(file, 'utf8')))
      .map(file => path.relative(root, file))
    expect(calling).toEqual([])
  })

  test('a success is said in TDesign\'s toast', async () => {
    wx.__route('POST', '/api/me', call => ({ data: me(call.data) }))
    const { comp } = profileOnScreen()
    await flush()
    await type(comp, '#name', '张小三')
    await tap(comp, '#save')
    await flush()
    const toast = comp.querySelector('#t-toast').instance.data
    expect(toast.message).toBe('已保存')
    expect(toast.theme).toBe('success')
    expect(wx.showToast).not.toHaveBeenCalled()
  })

  test('an error is TDesign\'s alert, with the server\'s words', async () => {
    wx.__route('POST', '/api/me', { statusCode: 409, data: { status: 409, detail: '资料已被修改，请刷新' }, header: { 'Content-Type': 'application/problem+json' } })
    const { comp } = profileOnScreen()
    await flush()
    await tap(comp, '#save')
    await flush()
    const alert = comp.querySelector('#t-dialog').instance.data
    expect(alert.visible).toBe(true)
    expect(alert.title).toBe('保存失败')
    expect(alert.content).toBe('资料已被修改，请刷新')
    expect(wx.showModal).not.toHaveBeenCalled()
  })

  test('a confirmation is TDesign\'s dialog: 取消 leaves things be, the confirm button goes on', async () => {
    wx.__route('POST', '/api/auth/logout', { statusCode: 204, data: '' })
    const { comp } = profileOnScreen()
    await flush()
    await tap(comp, '#logout')
    const dialog = comp.querySelector('#t-dialog').instance
    expect(dialog.data.visible).toBe(true)
    expect(dialog.data.title).toBe('退出登录')
    expect(text(comp, '#t-dialog')).toContain('确定要退出当前账号吗？')
    dialog.onCancel()
    await flush()
    expect(wx.reLaunch).not.toHaveBeenCalled()
    await tap(comp, '#logout')
    comp.querySelector('#t-dialog').instance.onConfirm()
    await flush()
    expect(wx.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/login' })
    expect(wx.showModal).not.toHaveBeenCalled()
  })
})
