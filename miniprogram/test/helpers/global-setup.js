// Times are shown in the phone's zone; pin the tests to China Standard Time so they read the same anywhere.
module.exports = () => {
  process.env.TZ = 'Asia/Shanghai'
}
