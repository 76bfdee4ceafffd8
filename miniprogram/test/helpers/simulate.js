// Loads pages and components in miniprogram-simulate. Pages go through a Page → Component shim that
// keeps every top-level handler (onLoad, onShow, bindtap targets...) as a component method.
const path = require('path')
const simulate = require('miniprogram-simulate')
const exparser = require('miniprogram-exparser')

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
  const wxmlFile = file.replace(/\.json$/, '.wxml')
  let wxml = simulateUtils.readFile(wxmlFile) || ''
  // ...and those of the templates it imports (templates/states.wxml).
  Array.from(wxml.matchAll(/<import\s+src="([^"]+)"/g)).forEach(m => {
    wxml += simulateUtils.readFile(path.resolve(path.dirname(wxmlFile), m[1])) || ''
  })
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
global.getCurrentPages = () => []

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

// The text a node shows; a virtual host (TDesign's components) has no DOM node of its own, so its
// rendered tree is read instead.
const textOf = json => (typeof json === 'string' ? json : (json.children || []).map(textOf).join(''))

function text(comp, selector) {
  const node = comp.querySelector(selector)
  if (!node) return null
  return (node.dom ? node.dom.textContent : textOf(node.toJSON())).replace(/\s+/g, ' ').trim()
}

/** The TDesign icons (t-icon names) a node draws, in order; TDesign's own hosts are read as text() does. */
function icons(comp, selector) {
  const node = comp.querySelector(selector)
  if (!node) return null
  const drawn = node.dom ? node.dom.innerHTML : JSON.stringify(node.toJSON())
  return Array.from(drawn.matchAll(/t-icon-([a-z0-9][a-z0-9-]*)/g), m => m[1]).filter(name => name !== 'base')
}

module.exports = { render, loadPage, text, icons, ROOT, simulate, GLOBAL_COMPONENTS }

const { flush } = require('./wx')

/** Fires an event on the first node matching selector (events in j-component are asynchronous). */
async function fire(comp, selector, event, detail) {
  const node = comp.querySelector(selector)
  if (!node) throw new Error(`no node matches ${selector}`)
  const inner = event === 'tap' && firstElementInside(node)
  if (inner) {
    // A tap on a component (t-button, t-cell...) is a tap on what it renders, bubbling out of it as
    // on a phone: the component's own handlers run, then the page's bindtap on it.
    exparser.Event.dispatchEvent(inner, exparser.Event.create('tap', detail || {}, { bubbles: true, composed: true, capturePhase: true }))
  } else if (!node.dom) {
    // TDesign's components are virtual hosts (no node of their own): their events, such as a
    // t-textarea's `change`, are dispatched on the host as the component's triggerEvent does.
    exparser.Event.dispatchEvent(node._exparserNode, exparser.Event.create(event, detail || {}, {}))
  } else {
    node.dispatchEvent(event, detail === undefined ? {} : { detail })
  }
  await flush()
}

function firstElementInside(node) {
  const shadowRoot = node._exparserNode && node._exparserNode.shadowRoot
  if (!shadowRoot) return null
  const queue = shadowRoot.childNodes.slice()
  while (queue.length) {
    const child = queue.shift()
    if (child instanceof exparser.Element && !(child instanceof exparser.VirtualNode)) return child
    if (child.childNodes) queue.push(...child.childNodes)
  }
  return null
}

const tap = (comp, selector) => fire(comp, selector, 'tap')
// Native fields report typing as `input`, TDesign's (t-input, t-textarea) as `change`: both are sent.
const type = (comp, selector, value) => fire(comp, selector, 'input', { value }).then(() => fire(comp, selector, 'change', { value }))
/** A tap on a TDesign cell (t-cell), which reports it as `click`. */
const click = (comp, selector) => fire(comp, selector, 'click')

module.exports.fire = fire
module.exports.tap = tap
module.exports.type = type
module.exports.click = click

/** Taps the index-th tab of a t-tabs (its tabs are drawn by t-tabs from its t-tab-panel children). */
module.exports.tapTab = async (comp, tabsSelector, index) => {
  const tabs = comp.querySelectorAll(`${tabsSelector} >>> .t-tabs__item`)
  if (!tabs[index]) throw new Error(`${tabsSelector} has no tab ${index} (${tabs.length} tabs)`)
  tabs[index].dispatchEvent('tap')
  await flush()
}
