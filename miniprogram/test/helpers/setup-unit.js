const { createWx } = require('./wx')

beforeEach(() => {
  global.wx = createWx()
})
