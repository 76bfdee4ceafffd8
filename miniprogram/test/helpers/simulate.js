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
  // miniprogram-simulate re-runs each page/component file on every load by deleting it from
  // require.cache, which jest's module registry ignores: reset the registry instead.
  jest.resetModules()
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

const { flush } = require('./wx')

/** Fires an event on the first node matching selector (events in j-component are asynchronous). */
async function fire(comp, selector, event, detail) {
  const node = comp.querySelector(selector)
  if (!node) throw new Error(`no node matches ${selector}`)
  node.dispatchEvent(event, detail === undefined ? {} : { detail })
  await flush()
}

const tap = (comp, selector) => fire(comp, selector, 'tap')
const type = (comp, selector, value) => fire(comp, selector, 'input', { value })

module.exports.fire = fire
module.exports.tap = tap
module.exports.type = type
