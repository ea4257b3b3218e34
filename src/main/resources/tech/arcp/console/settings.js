// Screen "Settings": GET /dashboard/config; idle timeout, absolute timeout and max sessions per user
// changed with the session's PIN (only the fields the admin changed are sent) (set one first when the session has none). validation_errors are
// shown next to their field. The form is filled only when the admin opens the screen, so a
// re-authentication leaves what was typed in place.
import { call } from './api.js';
import { $, facts, durationText, showProblem, clearProblem } from './dom.js';
import * as session from './session.js';

const FIELDS = ['idle_timeout', 'absolute_timeout', 'max_per_user'];
let loaded = {};

export function configure() {
  session.onStatus((status) => { $('pin-form').hidden = status.pin_set; });
  $('settings-form').addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  $('pin-form').addEventListener('submit', (event) => {
    event.preventDefault();
    setPin();
  });
}

export async function show() {
  const status = session.currentStatus();
  $('pin-form').hidden = !status || status.pin_set;
  await guarded(async () => fill((await call('GET', '/dashboard/config', { signal: session.signal() })).data));
}

function fill(config) {
  loaded = config;
  FIELDS.forEach((field) => { $(field).value = String(config[field]); });
  const pin = config.pin || {};
  facts($('settings-rules'), [
    ['Idle timeout in force', durationText(config.idle_timeout)],
    ['Absolute timeout in force', durationText(config.absolute_timeout)],
    ['PIN length', `${pin.min_length}–${pin.max_length} characters`],
    ['Wrong PINs before the session ends', String(pin.max_attempts)],
    ['Login throttle (per user and per IP)', throttleText(config.login_throttle)],
    ['PIN throttle (per IP)', throttleText(config.pin_throttle)],
  ]);
}

function throttleText(t) {
  return t ? `${t.max_failures} failures within ${durationText(t.window)} lock for ${durationText(t.lockout)},`
    + ` doubling up to ${durationText(t.max_lockout)}` : '—';
}

async function save() {
  FIELDS.forEach((field) => { $(`${field}-error`).textContent = ''; });
  $('settings-saved').textContent = '';
  const body = {};
  FIELDS.filter((field) => $(field).value.trim() !== String(loaded[field]))
    .forEach((field) => { body[field] = Number($(field).value.trim()); });
  const malformed = Object.keys(body).filter((field) => !/^\d{1,9}$/.test($(field).value.trim()));
  malformed.forEach((field) => { $(`${field}-error`).textContent = 'Enter a whole number.'; });
  if (malformed.length > 0) {
    return;
  }
  if (Object.keys(body).length === 0) {
    $('settings-saved').textContent = 'Nothing changed.';
    return;
  }
  await guarded(async () => {
    const { data } = await call('POST', '/dashboard/config',
      { body, headers: { 'X-Session-Pin': $('settings-pin').value }, signal: session.signal() });
    fill(data);
    $('settings-saved').textContent = 'Settings saved.';
  });
}

async function setPin() {
  $('new-pin-error').textContent = '';
  try {
    await call('POST', '/auth/set_pin', { body: { pin: $('new-pin').value }, signal: session.signal() });
    $('new-pin').value = '';
    await session.sync();
    $('settings-pin').focus();
  } catch (problem) {
    if (problem.body) {
      $('new-pin-error').textContent = messages(problem).join(' ');
    }
  }
}

function messages(problem) {
  const errors = problem.body.validation_errors;
  return Array.isArray(errors) && errors.length ? errors.map((e) => e.message) : [problem.body.detail || problem.message];
}

async function guarded(work) {
  clearProblem($('settings-error'));
  try {
    await work();
  } catch (problem) {
    if (!problem.body || problem.status === 401 && problem.slug !== 'pin-incorrect') {
      return;
    }
    const errors = problem.body.validation_errors;
    const placed = Array.isArray(errors) && errors.filter((e) => FIELDS.includes(e.field));
    (placed || []).forEach((e) => { $(`${e.field}-error`).textContent = e.message; });
    if (!placed || placed.length === 0) {
      showProblem($('settings-error'), problem);
    }
  }
}
