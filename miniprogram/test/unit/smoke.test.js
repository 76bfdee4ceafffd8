const { render } = require('../helpers/simulate')
describe('components/star-rating', () => {
  test('renders', async () => {
    const comp = render('components/star-rating/star-rating', { label: '维修结果', value: 3 })
    console.log(comp.dom.innerHTML)
    comp.querySelectorAll('.star')[4].dispatchEvent('tap'); await new Promise(r=>setTimeout(r,10))
    expect(comp.instance.data.value).toBe(5)
  })
})
