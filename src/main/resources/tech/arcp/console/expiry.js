// The expired-session dialog: says why the session ended, in words, with the request id, and signs
// in again in place. The screen behind it stays as it was (a half-filled form keeps its values);
// after the new sign-in, focus returns to where it was and the admin can retry what failed.
import { $, durationText, showProblem, clearProblem } from './dom.js';
import * as session from './session.js';
import * as tabs from './tabs.js';

let returnFocus = null;
let endedSession = null;
let onLeave = () => {};

/** Why the session ended, in words, from the 401 problem's type and reason. */
export function reasonText(problem) {
  const body = problem.body;
  switch (`${problem.slug}/${problem.reason || ''}`) {
    case 'session-expired/idle_timeout':
      return `You were idle for ${durationText(Number(body.session_timeout) || 0)}, so the session ended.`;
    case 'session-expired/absolute_timeout':
      return 'The session reached its absolute lifetime, which no activity can extend.';
    case 'session-expired/unknown':
      return 'The server no longer knows this session: it restarted, or its session store was cleared.';
    case 'session-invalid/revoked':
      return 'The session was ended by another session, or you signed out elsewhere.';
    case 'session-invalid/evicted':
      return 'The session was ended by a newer sign-in: there were more sessions than the limit per user.';
    case 'session-invalid/pin_attempts':
      return 'The session was ended after too many wrong PINs.';
    case 'session-invalid/fingerprint_mismatch':
    case 'session-invalid/fingerprint_missing':
      return 'This browser\'s fingerprint does not match the session (fingerprint mismatch).';
    case 'token-invalid/':
      return 'The session token was not accepted: it is malformed or was not issued by this service.';
    default:
      return body.detail || 'The service no longer accepts this session.';
  }
}

export function configure({ leave }) {
  onLeave = leave;
  $('expired').addEventListener('cancel', (event) => event.preventDefault());
  $('expired-form').addEventListener('submit', (event) => {
    event.preventDefault();
    reauthenticate();
  });
  $('expired-leave').addEventListener('click', () => {
    close();
    onLeave('You left the console after your session ended.');
  });
}

/** Shows the dialog for the 401 `problem`; the countdown and every retry stop first. */
export function open(problem) {
  session.halt();
  const dialog = $('expired');
  if (dialog.open) {
    return;
  }
  returnFocus = document.activeElement;
  endedSession = session.current() && session.current().sessionId;
  $('expired-reason').textContent = reasonText(problem);
  $('expired-request').textContent = problem.requestId ? `Request ID: ${problem.requestId}` : '';
  $('expired-user').textContent = session.current() ? session.current().username : '';
  $('idle-timer').textContent = '0:00';
  clearProblem($('expired-error'));
  $('expired-password').value = '';
  dialog.showModal();
  $('expired-password').focus();
}

export const isOpen = () => $('expired').open;

/** Another tab signed in again for the session that ended here: follow it. */
export function adopt(auth, previous) {
  if (isOpen() && previous && previous === endedSession) {
    session.begin(auth);
    close();
  }
}

async function reauthenticate() {
  const password = $('expired-password');
  try {
    const next = await session.login(session.current().username, password.value);
    password.value = '';
    session.begin(next);
    tabs.signedIn(next, endedSession);
    close();
  } catch (problem) {
    showProblem($('expired-error'), problem, problem.slug === 'authentication-failed'
      ? 'That password was not accepted.' : null);
    password.focus();
  }
}

function close() {
  $('expired').close();
  const target = returnFocus && returnFocus.isConnected && returnFocus !== document.body ? returnFocus : $('main');
  target.focus();
  returnFocus = null;
}
