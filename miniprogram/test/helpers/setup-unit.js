process.env.TZ = 'Asia/Shanghai'
const { createWx } = require('./wx')

beforeEach(() => {
  global.wx = createWx()
})
