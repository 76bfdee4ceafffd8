// What the dashboard and the monthly report share: the admin's session, calls to the API, the
// periods people pick, and the words statuses are shown in.
'use strict';

const Console = (() => {
  const TOKEN = 'repair-console-token';

  const STATUS_TEXT = {
    SUBMITTED: '已提交', PENDING_REVIEW: '待审核', AWAITING_DISPATCH: '待派工', ASSIGNED: '已派工',
    IN_PROGRESS: '维修中', AWAITING_RATING: '待评价', PENDING_REVISIT: '待回访', CLOSED: '已完成',
    REJECTED: '已驳回', CANCELLED: '已取消'
  };

  class ApiError extends Error {
    constructor(status, detail) {
      super(detail || ('请求失败（' + status + '）'));
      this.status = status;
    }
  }

  const token = () => sessionStorage.getItem(TOKEN);

  async function call(path, options = {}) {
    const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
    if (token()) headers.Authorization = 'Bearer ' + token();
    const response = await fetch(path, Object.assign({}, options, { headers }));
    if (response.status === 401) {
      sessionStorage.removeItem(TOKEN);
    }
    if (!response.ok) {
      let detail = null;
      try { detail = (await response.json()).detail; } catch (e) { /* not problem+json */ }
      throw new ApiError(response.status, detail);
    }
    return response;
  }

  const get = async path => (await call(path)).json();

  /** Phone and password, as in the mini program; only an admin's session is kept. */
  async function login(phone, password) {
    const response = await fetch('/api/auth/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ phone, password })
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(response.status, body.detail);
    if (body.user && body.user.role !== 'ADMIN') throw new ApiError(403, '数据看板仅供管理员使用');
    sessionStorage.setItem(TOKEN, body.token);
  }

  async function logout() {
    try { await call('/api/auth/logout', { method: 'POST' }); } catch (e) { /* already gone */ }
    sessionStorage.removeItem(TOKEN);
  }

  /** The campus's clock (the API's days are its days), whatever the browser's zone. */
  const ZONE = 'Asia/Shanghai';

  const iso = d => d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  const addDays = (d, n) => { const c = new Date(d); c.setDate(c.getDate() + n); return c; };
  const monday = d => addDays(d, -((d.getDay() + 6) % 7));

  /** The days a named period covers on the browser's calendar (the office's own). */
  function periodDays(period, now = new Date()) {
    const [y, m, d] = now.toLocaleDateString('sv-SE', { timeZone: ZONE }).split('-').map(Number);
    const t = new Date(y, m - 1, d);
    switch (period) {
      case 'this-week': return [iso(monday(t)), iso(t)];
      case 'last-7': return [iso(addDays(t, -6)), iso(t)];
      case 'this-month': return [iso(new Date(t.getFullYear(), t.getMonth(), 1)), iso(t)];
      case 'last-month': return [iso(new Date(t.getFullYear(), t.getMonth() - 1, 1)), iso(new Date(t.getFullYear(), t.getMonth(), 0))];
      case 'this-year': return [iso(new Date(t.getFullYear(), 0, 1)), iso(t)];
      default: { const m = addDays(monday(t), -7); return [iso(m), iso(addDays(m, 6))]; }
    }
  }

  const hours = minutes => minutes == null ? '—' : (minutes / 60).toFixed(1);
  const time = instant => instant ? new Date(instant).toLocaleString('sv-SE', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
  }) : '';
  const statusText = s => STATUS_TEXT[s] || s;
  const percent = share => share == null ? '—' : (share * 100).toFixed(1) + '%';

  return { ApiError, token, call, get, login, logout, periodDays, iso, hours, time, statusText, percent };
})();
