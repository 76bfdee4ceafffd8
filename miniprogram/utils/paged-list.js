// What the three list pages (requester home, worker tasks, admin requests) share: tabs that map to
// status groups, pull-to-refresh, the next page on reaching the bottom, and stale answers ignored.
const api = require('../services/api')
const { toCard } = require('./format')
const { showError } = require('./ui')

const PAGE_SIZE = 10

function pagedList(tabs) {
  return {
    data: { tabs, activeTab: 0, items: [], page: 0, total: 0, loading: false, finished: false, error: '' },

    onTabChange(e) {
      this.setData({ activeTab: e.detail.index })
      return this.reload()
    },

    reload() {
      this.setData({ items: [], page: 0, total: 0, finished: false, error: '' })
      return this.loadPage(0)
    },

    loadMore() {
      if (this.data.loading || this.data.finished || this.data.error) return Promise.resolve()
      return this.loadPage(this.data.page + 1)
    },

    loadPage(page) {
      const tab = this.data.tabs[this.data.activeTab]
      const seq = (this.listSeq = (this.listSeq || 0) + 1)
      this.setData({ loading: true, error: '' })
      // A page may narrow its list further (the admin's building filter).
      const filter = this.listFilter ? this.listFilter() : {}
      return api.listRequests(Object.assign({ status: tab.status, page, size: PAGE_SIZE, sort: tab.sort }, filter))
        .then(res => {
          if (seq !== this.listSeq) return
          const fresh = (res.items || []).map(toCard)
          const items = page === 0 ? fresh : this.data.items.concat(fresh)
          this.setData({
            items,
            page,
            total: res.total,
            loading: false,
            // A capped total is only "at least this many": keep going until a page comes back short.
            finished: (!res.totalCapped && items.length >= res.total) || fresh.length < PAGE_SIZE
          })
        })
        .catch(err => {
          if (seq !== this.listSeq) return
          this.setData({ loading: false, error: err.message })
          if (page > 0) showError(err)
        })
    },

    onRetry() {
      return this.data.items.length ? this.loadPage(this.data.page + 1) : this.reload()
    },

    onPullDownRefresh() {
      return this.reload().then(() => wx.stopPullDownRefresh())
    },

    onReachBottom() {
      return this.loadMore()
    }
  }
}

/** Page(...) options from the shared list behaviour plus the page's own. */
pagedList.page = (tabs, own) => {
  const base = pagedList(tabs)
  return Object.assign({}, base, own, { data: Object.assign({}, base.data, own.data || {}) })
}

module.exports = pagedList
