// Screen "Sessions": the user's live sessions (quiet GET /auth/sessions), "End" per session (a PIN
// for any session but this one) and "Sign out everywhere".
import { call } from './api.js';
import { $, el, localTime, showProblem, clearProblem } from './dom.js';
import * as session from './session.js';

let ending = null;
let onSignedOut = () => {};

export function configure({ signedOut }) {
  onSignedOut = signedOut;
  $('sessions-refresh').addEventListener('click', show);
  $('sign-out-everywhere').addEventListener('click', () => act(async () => {
    await call('POST', '/auth/logout_all', { signal: session.signal() });
    onSignedOut('You signed out everywhere: every session of this user has ended.');
  }));
  $('pin-dialog-form').addEventListener('submit', (event) => {
    event.preventDefault();
    endOther();
  });
  $('pin-dialog-cancel').addEventListener('click', () => closePinDialog());
  $('pin-dialog').addEventListener('cancel', (event) => {
    event.preventDefault();
    closePinDialog();
  });
}

export function show() {
  return act(async () => {
    const { data } = await call('GET', '/auth/sessions', { signal: session.signal() });
    $('sessions-table').tBodies[0].replaceChildren(...data.sessions.map(row));
  });
}

function row(s) {
  const label = s.current ? `End session ${s.session_id} (this session)` : `End session ${s.session_id}`;
  const end = el('button', { type: 'button', class: 'danger', 'aria-label': label }, 'End');
  end.addEventListener('click', () => (s.current ? endCurrent(s.session_id) : askPin(s.session_id, end)));
  const name = el('td', {}, el('code', {}, s.session_id));
  if (s.current) {
    name.append(' ', el('strong', { class: 'tag' }, 'this session'));
  }
  return el('tr', { class: s.current ? 'current' : null }, name, el('td', {}, s.client_ip),
    el('td', { class: 'agent-string' }, s.user_agent), el('td', {}, localTime(s.created_at)),
    el('td', {}, localTime(s.last_access_at)), el('td', {}, localTime(s.idle_expires_at)),
    el('td', {}, localTime(s.absolute_expires_at)), el('td', {}, end));
}

function endCurrent(id) {
  return act(async () => {
    await call('DELETE', `/auth/sessions/${encodeURIComponent(id)}`, { signal: session.signal() });
    onSignedOut('You ended this session.');
  });
}

function askPin(id, opener) {
  ending = { id, opener };
  $('pin-dialog-text').textContent = `Ending session ${id} needs this session's PIN.`;
  $('pin-dialog-pin').value = '';
  clearProblem($('pin-dialog-error'));
  $('pin-dialog').showModal();
  $('pin-dialog-pin').focus();
}

async function endOther() {
  try {
    await call('DELETE', `/auth/sessions/${encodeURIComponent(ending.id)}`,
      { headers: { 'X-Session-Pin': $('pin-dialog-pin').value }, signal: session.signal() });
    closePinDialog($('sessions-title'));
    await show();
  } catch (problem) {
    if (problem.status !== 401 || problem.slug === 'pin-incorrect') {
      showProblem($('pin-dialog-error'), problem);
    } else {
      closePinDialog();
    }
  }
}

/** Closes the PIN prompt; focus goes to `returnTo`, or back to the button that opened it. */
function closePinDialog(returnTo) {
  $('pin-dialog').close();
  const target = returnTo || (ending && ending.opener);
  if (target && target.isConnected) {
    target.focus();
  }
  ending = null;
}

async function act(work) {
  clearProblem($('sessions-error'));
  try {
    await work();
  } catch (problem) {
    if (problem.status !== 401 && problem.body) {
      showProblem($('sessions-error'), problem);
    }
  }
}
