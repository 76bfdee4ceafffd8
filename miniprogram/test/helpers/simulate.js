// Loads pages and components in miniprogram-simulate. Pages go through a Page → Component shim that
// keeps every top-level handler (onLoad, onShow, bindtap targets...) as a component method.
const path = require('path')
const simulate = require('miniprogram-simulate')

const ROOT = path.resolve(__dirname, '../..')

// app.json's global components (TDesign's, by their npm name) are usable in every page and component
// of ours; WeChat finds an npm name in miniprogram_npm/, miniprogram-simulate only by path. So our own
// files' JSON gets them, as paths, when miniprogram-simulate reads it (TDesign's own JSON already
// uses relative paths).
const npmPath = ref => (ref.startsWith('/') || ref.startsWith('.') ? ref : `/miniprogram_npm/${ref}`)
const GLOBAL_COMPONENTS = {}
Object.entries(require(path.join(ROOT, 'app.json')).usingComponents || {}).forEach(([tag, ref]) => {
  GLOBAL_COMPONENTS[tag] = npmPath(ref)
})
const simulateUtils = require('miniprogram-simulate/src/utils')
const readJson = simulateUtils.readJson
simulateUtils.readJson = file => {
  const json = readJson(file)
  if (!json || path.relative(ROOT, file).startsWith('miniprogram_npm')) return json
  // Only the global components the WXML uses, as WeChat's lazyCodeLoading "requiredComponents" does.
  const wxml = simulateUtils.readFile(file.replace(/\.json$/, '.wxml')) || ''
  const using = {}
  Object.keys(GLOBAL_COMPONENTS).filter(tag => wxml.includes(`<${tag}`)).forEach(tag => { using[tag] = GLOBAL_COMPONENTS[tag] })
  Object.entries(json.usingComponents || {}).forEach(([tag, ref]) => { using[tag] = npmPath(ref) })
  return Object.assign({}, json, { usingComponents: using })
}
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
  const id = simulate.load(path.join(ROOT, relPath), { compiler: 'official', rootPath: ROOT })
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

module.exports = { render, loadPage, text, ROOT, simulate, GLOBAL_COMPONENTS }

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
