// The logged-in person: the token and the `user` from POST /api/auth/login, kept in storage so a
// restart of the mini program stays logged in.
const TOKEN_KEY = 'token'
const USER_KEY = 'user'

function getToken() {
  return wx.getStorageSync(TOKEN_KEY) || ''
}

function getUser() {
  return wx.getStorageSync(USER_KEY) || null
}

function save(token, user) {
  wx.setStorageSync(TOKEN_KEY, token)
  wx.setStorageSync(USER_KEY, user)
}

function setUser(user) {
  wx.setStorageSync(USER_KEY, user)
}

function clear() {
  wx.removeStorageSync(TOKEN_KEY)
  wx.removeStorageSync(USER_KEY)
}

const HOME_BY_ROLE = {
  USER: '/pages/user/home/home',
  WORKER: '/pages/worker/tasks/tasks',
  ADMIN: '/pages/admin/requests/requests',
  WAREHOUSE: '/pages/warehouse/queue/queue'
}

/** The page a person lands on after login, decided by `user.role`. */
function homeFor(user) {
  return HOME_BY_ROLE[user && user.role] || HOME_BY_ROLE.USER
}

module.exports = { getToken, getUser, save, setUser, clear, homeFor, LOGIN_PAGE: '/pages/login/login' }
