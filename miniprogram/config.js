// Where the back end lives. Change baseUrl to your server (https in production; the domain must be
// listed under 开发管理 → 服务器域名 in the WeChat admin console, or tick "不校验合法域名" in DevTools).
module.exports = {
  baseUrl: 'http://127.0.0.1:8080',
  // Requests slower than this fail with a readable network error instead of hanging.
  timeout: 15000,
  // The prefix of the links on the server's place labels (repair.places.label-link): a scanned code
  // that starts with it opens the report form at that room; any other code is not ours.
  labelLink: 'https://repair.example.edu.cn/q'
}
