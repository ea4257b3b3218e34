// The session's life as the console sees it: the token (memory and this tab's sessionStorage only),
// the fingerprint (one random value per browser profile), and the countdown. The countdown is
// computed from the quiet GET /auth/session_status, corrected for the difference between the
// browser's and the server's clocks, ticks locally each second and re-syncs every 60 s, on focus
// and when the tab becomes visible. It never sends a sliding request by itself: only stay() does,
// and only the "Stay signed in" button calls it.
import { call, Abandoned } from './api.js';
import { $, clockText, localTime } from './dom.js';

const AUTH_KEY = 'arcp.console.auth';
const FINGERPRINT_KEY = 'arcp.console.fingerprint';
const RESYNC_MS = 60000;
const WARN_MAX_SECONDS = 120;
const ABSOLUTE_NOTICE_MAX_SECONDS = 600;
const CONFIRM_GAP_MS = 1000;

let auth = null;
let status = null;
let offset = 0;
let running = null;
let inflight = null;
let lastConfirm = 0;
const state = { warned: false, noticed: false };
const statusListeners = new Set();

/** The fingerprint of this browser profile: 128 random bits, made once; not a secret, so localStorage may keep it. */
export function fingerprint() {
  let value = localStorage.getItem(FINGERPRINT_KEY);
  if (!value || !/^[0-9a-f]{32}$/.test(value)) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    value = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(FINGERPRINT_KEY, value);
  }
  return value;
}

export const current = () => auth;
export const currentStatus = () => status;
export const signal = () => (running ? running.controller.signal : undefined);
export const isRunning = () => running !== null;
export const onStatus = (listener) => statusListeners.add(listener);

/** Signs in: answers the new auth {token, username, sessionId}; a problem is thrown as ApiProblem. */
export async function login(username, password) {
  const { data } = await call('POST', '/auth/login', { body: { username, password }, auth: false });
  return { token: data.access_token, username, sessionId: data.session_id };
}

/** The auth this tab kept across a reload, if any. */
export function restore() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(AUTH_KEY) || 'null');
    return saved && saved.token && saved.sessionId ? saved : null;
  } catch (e) {
    return null;
  }
}

/** Starts (or restarts) the countdown for `next`, and syncs it at once. */
export function begin(next) {
  halt();
  auth = next;
  status = null;
  sessionStorage.setItem(AUTH_KEY, JSON.stringify(next));
  const wake = () => document.visibilityState === 'visible' && sync();
  running = { controller: new AbortController(), ticker: setInterval(render, 1000),
    resync: setInterval(sync, RESYNC_MS), wake };
  window.addEventListener('focus', wake);
  document.addEventListener('visibilitychange', wake);
  return sync();
}

/** Stops every timer and pending retry: nothing on the page updates any more. The auth is kept for re-authentication. */
export function halt() {
  if (running) {
    clearInterval(running.ticker);
    clearInterval(running.resync);
    window.removeEventListener('focus', running.wake);
    document.removeEventListener('visibilitychange', running.wake);
    running.controller.abort();
    running = null;
  }
  inflight = null;
  showWarnings(false, false);
}

/** Halts and forgets the session (signed out). */
export function forget() {
  halt();
  auth = null;
  status = null;
  sessionStorage.removeItem(AUTH_KEY);
}

/** One quiet read of the session's state; concurrent callers share it. Failures are handled by the api hooks. */
export function sync() {
  if (!running) {
    return Promise.resolve();
  }
  if (!inflight) {
    inflight = call('GET', '/auth/session_status', { signal: signal() })
      .then(({ data, clockOffset }) => {
        if (clockOffset !== null) {
          offset = clockOffset;
        }
        // The server's clock is past its own last access: a tighter bound than the Date header's whole seconds.
        offset = Math.max(offset, Date.parse(data.last_access_at) - Date.now());
        status = data;
        statusListeners.forEach((listener) => listener(data));
        render();
      })
      .catch((e) => (e instanceof Abandoned ? null : e))
      .finally(() => { inflight = null; });
  }
  return inflight;
}

/** "Stay signed in": one sliding request, then a quiet re-sync of the new deadline. */
export async function stay() {
  await call('GET', '/auth/pin_status', { signal: signal() });
  await sync();
}

function render() {
  if (!status || !running) {
    return;
  }
  const now = Date.now() + offset;
  const absoluteLeft = (Date.parse(status.absolute_expires_at) - now) / 1000;
  const idleLeft = Math.min((Date.parse(status.idle_expires_at) - now) / 1000, absoluteLeft, status.idle_timeout);
  $('idle-timer').textContent = clockText(idleLeft);
  const warnAt = Math.min(WARN_MAX_SECONDS, status.idle_timeout / 4);
  const lifetime = (Date.parse(status.absolute_expires_at) - Date.parse(status.created_at)) / 1000;
  const noticeAt = Math.min(ABSOLUTE_NOTICE_MAX_SECONDS, lifetime / 4);
  const warn = idleLeft > 0 && idleLeft <= warnAt && idleLeft < absoluteLeft;
  const notice = absoluteLeft > 0 && absoluteLeft <= noticeAt;
  showWarnings(warn, notice, idleLeft, absoluteLeft);
  if (idleLeft <= 0 && Date.now() - lastConfirm >= CONFIRM_GAP_MS) {
    lastConfirm = Date.now();
    sync();
  }
}

function showWarnings(warn, notice, idleLeft = 0, absoluteLeft = 0) {
  $('warning').hidden = !warn;
  $('absolute-notice').hidden = !notice;
  if (warn) {
    $('warning-timer').textContent = clockText(idleLeft);
    $('warning-text').textContent = 'Your session will end soon because of inactivity. Stay signed in to keep it.';
    if (!state.warned) {
      announce(`Your session ends in ${clockText(idleLeft)} unless you choose Stay signed in.`);
      sync();
    }
  }
  if (notice) {
    $('absolute-text').textContent = `This session reaches its absolute limit at ${localTime(status.absolute_expires_at)}`
      + ` (in ${clockText(absoluteLeft)}). It cannot be extended: save your work; you will be asked to sign in again.`;
    if (!state.noticed) {
      announce(`The session reaches its absolute limit in ${clockText(absoluteLeft)}. Staying signed in cannot extend it.`);
    }
  }
  state.warned = warn;
  state.noticed = notice;
}

/** Says `text` through the page's polite live region. */
export function announce(text) {
  $('announce').textContent = text;
}
