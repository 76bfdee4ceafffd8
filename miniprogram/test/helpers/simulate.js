// Loads pages and components in miniprogram-simulate. Pages go through a Page → Component shim that
// keeps every top-level handler (onLoad, onShow, bindtap targets...) as a component method.
const path = require('path')
const simulate = require('miniprogram-simulate')

const ROOT = path.resolve(__dirname, '../..')
const LIFECYCLE_DATA = ['data']

global.Page = options => {
  const methods = {}
  const data = options.data || {}
  Object.keys(options).forEach(key => {
    if (LIFECYCLE_DATA.indexOf(key) >= 0) return
    if (typeof options[key] === 'function') methods[key] = options[key]
  })
  global.Component({ data, methods })
}
global.getApp = () => ({ globalData: {} })

function render(relPath, properties) {
  const id = simulate.load(path.join(ROOT, relPath), { compiler: 'simulate', rootPath: ROOT })
  const comp = simulate.render(id, properties)
  comp.attach(document.createElement('parent-wrapper'))
  return comp
}

/** Renders a page, then runs onLoad(query) and onShow() as the framework would. */
function loadPage(relPath, query) {
  const comp = render(relPath)
  const page = comp.instance
  if (page.onLoad) page.onLoad(query || {})
  if (page.onShow) page.onShow()
  return { comp, page }
}

function text(comp, selector) {
  const node = comp.querySelector(selector)
  return node ? node.dom.textContent.replace(/\s+/g, ' ').trim() : null
}

module.exports = { render, loadPage, text, ROOT, simulate }
