// Checks that WeChat DevTools would accept the project: every page and component has its four
// files, every custom component resolves, every event handler named in WXML exists in its JS, and
// the official WXML/WXSS compilers (wcc/wcsc, shipped with miniprogram-compiler) accept the sources.
const fs = require('fs')
const path = require('path')
const glob = require('glob')
const compiler = require('miniprogram-compiler')

const ROOT = path.resolve(__dirname, '../..')
const read = rel => fs.readFileSync(path.join(ROOT, rel), 'utf8')
const readJson = rel => JSON.parse(read(rel))
const app = readJson('app.json')

const isNpm = ref => !ref.startsWith('/') && !ref.startsWith('.')

function resolveComponent(fromFile, ref) {
  if (isNpm(ref)) return `miniprogram_npm/${ref}`
  return ref.startsWith('/') ? ref.slice(1) : path.relative(ROOT, path.join(ROOT, path.dirname(fromFile), ref))
}

/** Our pages and the components they use; TDesign's (miniprogram_npm/) are the vendor's business. */
function allModules() {
  const found = new Set(app.pages)
  const queue = app.pages.slice()
  while (queue.length) {
    const mod = queue.shift()
    const using = readJson(`${mod}.json`).usingComponents || {}
    Object.values(using).filter(ref => !isNpm(ref)).forEach(ref => {
      const target = resolveComponent(mod, ref)
      if (!found.has(target)) {
        found.add(target)
        queue.push(target)
      }
    })
  }
  return Array.from(found)
}

/** The method names a page/component file registers, captured with stand-in Page/Component. */
function handlersOf(mod) {
  let options = null
  const saved = { Page: global.Page, Component: global.Component }
  global.Page = o => { options = o }
  global.Component = o => { options = Object.assign({}, o.methods) }
  jest.isolateModules(() => require(path.join(ROOT, mod)))
  Object.assign(global, saved)
  return Object.keys(options).filter(k => typeof options[k] === 'function')
}

describe('project files', () => {
  test('app.json declares the pages, the location privacy entry and its zh-CN permission text', () => {
    expect(app.pages[0]).toBe('pages/login/login')
    expect(app.requiredPrivateInfos).toContain('chooseLocation')
    expect(app.permission['scope.userLocation'].desc).toMatch(/[\u4e00-\u9fa5]/)
    const project = readJson('project.config.json')
    expect(project.miniprogramRoot).toBe('./')
    expect(fs.existsSync(path.join(ROOT, app.sitemapLocation))).toBe(true)
  })

  test('every page and component has its .js .json .wxml .wxss, and components say so', () => {
    const modules = allModules()
    expect(modules.length).toBeGreaterThan(app.pages.length)
    modules.forEach(mod => {
      ;['js', 'json', 'wxml', 'wxss'].forEach(ext => {
        expect([mod, ext, fs.existsSync(path.join(ROOT, `${mod}.${ext}`))]).toEqual([mod, ext, true])
      })
      if (mod.startsWith('components/')) expect(readJson(`${mod}.json`).component).toBe(true)
    })
  })

  test('every bind/catch handler named in WXML is defined in the matching JS', () => {
    let total = 0
    allModules().forEach(mod => {
      const wxml = read(`${mod}.wxml`)
      const named = Array.from(wxml.matchAll(/\b(?:bind|catch)(?::)?[a-z]+="([A-Za-z_]\w*)"/g)).map(m => m[1])
      const defined = handlersOf(mod)
      total += named.length
      named.forEach(handler => expect([mod, handler, defined.includes(handler)]).toEqual([mod, handler, true]))
    })
    expect(total).toBeGreaterThan(40)
  })

  test('every npm component named in app.json or a page was built into miniprogram_npm/', () => {
    const refs = Object.values(app.usingComponents || {})
    allModules().forEach(mod => refs.push(...Object.values(readJson(`${mod}.json`).usingComponents || {})))
    const npm = refs.filter(isNpm)
    expect(npm.length).toBeGreaterThan(10)
    npm.forEach(ref => expect([ref, fs.existsSync(path.join(ROOT, 'miniprogram_npm', `${ref}.json`))]).toEqual([ref, true]))
  })

  test('miniprogram_npm/ holds what the locked tdesign-miniprogram builds to (npm run build:npm)', () => {
    const dist = path.join(ROOT, 'node_modules/tdesign-miniprogram/miniprogram_dist')
    const built = path.join(ROOT, 'miniprogram_npm/tdesign-miniprogram')
    const files = dir => glob.sync('**/*', { cwd: dir, nodir: true }).sort()
    expect(files(built)).toEqual(files(dist))
    files(dist).forEach(file => {
      const same = fs.readFileSync(path.join(dist, file)).equals(fs.readFileSync(path.join(built, file)))
      if (!same) throw new Error(`miniprogram_npm/tdesign-miniprogram/${file} differs from the locked package: run npm run build:npm`)
    })
  })

  test('the official WXML and WXSS compilers accept every file', () => {
    expect(() => compiler.wxmlToJs(ROOT)).not.toThrow()
    // TDesign's WXSS is compiled by WeChat DevTools as shipped; wcsc checks ours.
    const wxssList = glob.sync('**/*.wxss', { cwd: ROOT, nodir: true, ignore: ['node_modules/**', 'miniprogram_npm/**'] })
    expect(() => compiler.wxssToJs(ROOT, { wxssList })).not.toThrow()
  })
})
