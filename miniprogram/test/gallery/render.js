// Turns a page rendered by miniprogram-simulate (WXML → DOM, each component's WXSS in a <style>)
// into a standalone HTML document that headless Chromium can draw like a phone: a 375 pt wide
// screen at 2× with WeChat's navigation bar on top and a home indicator below. An approximation of
// WeChat's renderer, close enough for reviewing a layout: the WXSS is the real one (rpx → px at
// 375 pt), the built-in components (view, text, button, input...) get the few styles WeChat gives
// them, and TDesign's icon font is the same font TDesign serves, from npm.
const fs = require('fs')
const path = require('path')
const postcss = require('postcss')
const simulateWxss = require('miniprogram-simulate/src/wxss')

const ROOT = path.resolve(__dirname, '../..')
const { SCREEN } = require('./screen')

// 750rpx is the screen's width.
const rpx = css => css.replace(/(-?\d*\.?\d+)rpx/g, (_, n) => `${+(Number(n) * SCREEN.width / 750).toFixed(2)}px`)
const safeAreas = css => css
  .replace(/env\(safe-area-inset-bottom\)/g, `${SCREEN.homeIndicator}px`)
  .replace(/constant\(safe-area-inset-bottom\)/g, `${SCREEN.homeIndicator}px`)
  .replace(/env\(safe-area-inset-top\)/g, '0px')
// WXSS's `page` is the page's root; in the document it is the body.
const pageToBody = css => css.replace(/(^|[},;\s])page(?=[\s,{.:#[])/g, '$1body')

/** app.wxss for the page's own nodes (miniprogram-simulate prefixes a page's classes with `main--`). */
function appWxss() {
  return simulateWxss.compile(fs.readFileSync(path.join(ROOT, 'app.wxss'), 'utf8'), { prefix: 'main' })
}

const ICON_FONT = path.join(ROOT, 'node_modules/tdesign-icons-web-components/esm/iconfont/t.woff')
// That font on npm is not the release TDesign's icon.wxss was written for (the CDN's 0.4.3): many
// icons sit at other code points there (`tools` drew an apple, `user` a user with a shield). Each icon's code point is
// looked up by its name in the npm font's SVG, so every t-icon draws the glyph WeChat shows.
const ICON_SVG = path.join(ROOT, 'node_modules/tdesign-icons-web-components/esm/iconfont/t.svg')
let glyphs = null
function glyphOf(name) {
  if (!glyphs) {
    glyphs = new Map()
    for (const [, glyph, code] of fs.readFileSync(ICON_SVG, 'utf8').matchAll(/glyph-name="([^"]+)"\s+unicode="&#x([0-9A-Fa-f]+);"/g)) glyphs.set(glyph, code)
  }
  return glyphs.get(name)
}
// `.t-icon-tools:before{content:'\E83E'}` (with a component's class prefix before it, if any).
const iconGlyphs = css => css.replace(/t-icon-([a-z0-9-]+):before(\s*\{\s*content:\s*)(['"])\\[0-9A-Fa-f]+\3/g, (all, name, open, quote) => {
  const code = glyphOf(name.replace(/^.*t-icon-/, ''))
  return code ? `t-icon-${name}:before${open}${quote}\\${code}${quote}` : all
})

// What WeChat's built-in components look like before any WXSS.
const BUILT_IN = `
* { box-sizing: border-box; }
html, body { margin: 0; }
body { width: ${SCREEN.width}px; min-height: ${SCREEN.height}px; -webkit-font-smoothing: antialiased;
  font-family: -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; line-height: 1.4; }
wx-view, wx-scroll-view, wx-swiper, wx-picker, wx-form, wx-label[for], wx-cover-view { display: block; }
wx-text, wx-label { display: inline; }
wx-picker { display: block; }
wx-scroll-view { overflow: hidden; }
wx-image { display: inline-block; overflow: hidden; width: 320px; height: 240px; background: #e7e7e7; }
wx-button { display: block; position: relative; margin: 0 auto; padding: 0 14px; text-align: center; border-radius: 5px;
  font-size: 18px; line-height: 2.55; background: #f8f8f8; color: #000; border: 0; overflow: hidden; }
wx-button[size="mini"] { display: inline-block; font-size: 13px; line-height: 2.3; padding: 0 1.34em; }
wx-input { display: block; height: 1.4em; min-height: 1.4em; overflow: hidden; }
wx-textarea { display: block; width: 300px; height: 150px; overflow: hidden; }
wx-input[placeholder]:not([data-value])::before, wx-textarea[placeholder]:not([data-value])::before { content: attr(placeholder); color: #b2b2b2; }
wx-input[data-value]::before, wx-textarea[data-value]::before { content: attr(data-value); color: inherit; }
wx-textarea[data-value]::before { white-space: pre-wrap; }
wx-switch { display: inline-block; width: 52px; height: 32px; border-radius: 16px; background: #e5e5e5; position: relative; vertical-align: middle; }
wx-switch::after { content: ''; position: absolute; top: 2px; left: 2px; width: 28px; height: 28px; border-radius: 14px; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
wx-switch[checked]:not([checked="false"]) { background: #fa5151; }
wx-switch[checked]:not([checked="false"])::after { left: 22px; }
wx-radio, wx-checkbox { display: inline-block; }
wx-video, wx-map, wx-canvas, wx-camera { display: none; }
[hidden]:not([hidden="false"]) { display: none !important; }
/* drawn at rest: a popup's fade-in would otherwise be caught half way */
*, *::before, *::after { transition: none !important; animation: none !important; }
/* jsdom measures every node as 0 × 0 at the top, so t-sticky thinks it is stuck: draw it in place. */
[class*="t-sticky--t-sticky__content"] { position: static !important; }
[class*="t-sticky--t-sticky "] { height: auto !important; }
.gallery-status { position: fixed; z-index: 20000; top: 0; left: 0; right: 0; height: ${SCREEN.statusBar}px; background: #ededed;
  font: 600 15px -apple-system, sans-serif; display: flex; align-items: center; justify-content: space-between; padding: 0 28px; }
.gallery-nav { position: fixed; z-index: 20000; top: ${SCREEN.statusBar}px; left: 0; right: 0; height: ${SCREEN.navBar}px; background: #ededed;
  display: flex; align-items: center; justify-content: center; font-size: 17px; font-weight: 500; color: #111; }
.gallery-back { position: absolute; left: 12px; top: 10px; width: 12px; height: 12px; border-left: 2px solid #111; border-bottom: 2px solid #111; transform: translateY(3px) rotate(45deg); }
.gallery-capsule { position: absolute; right: 7px; top: 6px; width: 87px; height: 32px; border-radius: 16px; border: 0.5px solid rgba(0,0,0,.12);
  background: rgba(255,255,255,.6); display: flex; align-items: center; justify-content: space-around; }
.gallery-capsule i { display: block; width: 4px; height: 4px; border-radius: 2px; background: #111; box-shadow: 6px 0 #111, -6px 0 #111; }
.gallery-capsule b { display: block; width: 16px; height: 16px; border-radius: 8px; border: 2px solid #111; }
.gallery-page { padding-top: ${SCREEN.statusBar + SCREEN.navBar}px; }
.gallery-home { position: fixed; z-index: 30000; bottom: 8px; left: 50%; width: 134px; height: 5px; margin-left: -67px; border-radius: 3px; background: #111; }
`

// uCharts as a browser script: the same file jest's stand-in loads (test/helpers/ucharts.js).
const UCHARTS = path.join(ROOT, 'node_modules/@qiun/ucharts/u-charts.js')
// JSON inside <script>: nothing in it may close the script.
const scriptJson = value => JSON.stringify(value).replace(/</g, '\\u003c')

/**
 * The charts a page asked utils/charts.js to draw ([{id, options}]), drawn by uCharts on a browser
 * canvas in place of the page's <canvas type="2d" id>, with utils/charts.js's own options, at the size
 * the page's WXSS gives the canvas. `window.galleryDrawn` turns true once every chart has drawn
 * something, or says which could not.
 */
function chartsScript(charts) {
  if (!charts || !charts.length) return ''
  const { chartOptions } = jest.requireActual('../../utils/charts')
  const uCharts = fs.readFileSync(UCHARTS, 'utf8').replace(/export default uCharts;\s*$/, 'window.uCharts = uCharts;')
  return `<script>${uCharts}</script><script>
const chartOptions = ${chartOptions.toString()};
const inked = canvas => {
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) return true;
  return false;
};
window.galleryDrawn = false;
Promise.all(${scriptJson(charts)}.map(({ id, options }) => new Promise((resolve, reject) => {
  const host = document.querySelector('[data-chart="' + id + '"]');
  if (!host) return reject(new Error('no <canvas id="' + id + '"> on the page'));
  const canvas = document.createElement('canvas');
  canvas.className = host.className;
  host.replaceWith(canvas);
  const { width, height } = canvas.getBoundingClientRect();
  const ratio = window.devicePixelRatio;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const chart = new uCharts(Object.assign({ context: canvas.getContext('2d') }, chartOptions(options, width, height, ratio), { animation: false }));
  chart.addEventListener('renderComplete', () => (inked(canvas) ? resolve() : reject(new Error('#' + id + ' drew nothing'))));
}))).then(() => { window.galleryDrawn = true; }, err => { window.galleryDrawn = String(err); });
</script>`
}

// miniprogram-simulate keeps a node's id on its component tree, not in the DOM: the canvases a chart
// is drawn on are marked where the browser finds them.
function markCharts(comp, charts) {
  (charts || []).forEach(({ id }) => {
    const node = comp.querySelector('#' + id)
    if (node) node.dom.setAttribute('data-chart', id)
  })
}

const escape = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

// What a node was given in its WXML, as miniprogram-simulate rendered it.
function attrsOf(node) {
  const attrs = {}
  ;((node._vt && node._vt.attrs) || []).forEach(({ name, value }) => { attrs[name] = value })
  return attrs
}

// What <text decode> turns its entities into.
const DECODED = { nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', lt: '&lt;', gt: '&gt;', amp: '&amp;', apos: "'" }

/**
 * What WeChat does that miniprogram-simulate leaves in its component tree, done in the DOM:
 * - an input shows its value, or else its placeholder (its <input> is a component without
 *   properties, so neither reaches the DOM): copied where the CSS above shows them, a password's
 *   value as dots;
 * - <text decode> shows `&nbsp;` as a space (TDesign's required star is `&nbsp;*`);
 * - TDesign's components are virtual hosts that hand the `class` given to them on to their own root
 *   (an external class named `class`); miniprogram-simulate keeps it on the host, which draws nothing.
 */
function asWeChatDoes(node) {
  const dom = node.$$
  if (dom && dom.setAttribute && (dom.tagName === 'WX-INPUT' || dom.tagName === 'WX-TEXTAREA')) {
    const attrs = attrsOf(node)
    const value = attrs.value == null ? '' : String(attrs.value)
    if (attrs.placeholder) dom.setAttribute('placeholder', attrs.placeholder)
    if (value) dom.setAttribute('data-value', attrs.password === true || attrs.password === 'true' ? '•'.repeat(value.length) : value)
  }
  if (dom && dom.tagName === 'WX-TEXT' && attrsOf(node).decode != null && attrsOf(node).decode !== false) {
    dom.innerHTML = dom.innerHTML.replace(/&amp;(nbsp|ensp|emsp|lt|gt|amp|apos);/g, (_, name) => DECODED[name])
  }
  if (typeof node.hasExternalClass === 'function' && node.hasExternalClass('class')) {
    const given = attrsOf(node).class
    if (given) node.setExternalClass('class', given)
  }
  ;(node.__wxSlotChildren || []).forEach(asWeChatDoes)
}

/**
 * The HTML of a rendered page (its j-component `comp`), with its title in the navigation bar; `back`
 * draws the back arrow of a page opened from another; `charts` are drawn on its canvases.
 */
function pageHtml(comp, { title, back, charts }) {
  markCharts(comp, charts)
  asWeChatDoes(comp._exparserNode)
  const root = comp.dom.cloneNode(true)
  // app.wxss first, as in WeChat: a page's own WXSS overrides it.
  const styles = [appWxss()].concat(Array.from(document.head.querySelectorAll('style')).map(s => s.innerHTML))
  // TDesign's icon font is served from tdesign.gtimg.com; the same font comes with its npm icons.
  const css = iconGlyphs(safeAreas(pageToBody(rpx(styles.join('\n')))))
    .replace(/url\(https:\/\/tdesign\.gtimg\.com\/icon\/[^)]*\)/g, `url('file://${ICON_FONT}')`)
  const nav = `<div class="gallery-status"><span>9:41</span><span>●●● 100%</span></div>
<div class="gallery-nav">${back ? '<span class="gallery-back"></span>' : ''}${escape(title || '')}
<span class="gallery-capsule"><i></i><b></b></span></div>`
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<style>${BUILT_IN}</style><style>${postcss.parse(css).toString()}</style></head>
<body><div class="gallery-page">${safeAreas(rpx(root.outerHTML))}</div>${nav}<div class="gallery-home"></div>
${chartsScript(charts)}</body></html>`
}

module.exports = { pageHtml, rpx, SCREEN }
