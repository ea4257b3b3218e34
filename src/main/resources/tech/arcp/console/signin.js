// Screen "Sign in": username and password; problems shown by type and reason with their request id;
// a 429 counts down its Retry-After (a timer outside the alert, so it is not re-announced each
// second) before the button works again.
import { $, clockText, showProblem, clearProblem } from './dom.js';
import * as session from './session.js';

let countdown = null;

export function configure({ signedIn }) {
  $('signin-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem($('signin-error'));
    try {
      const auth = await session.login($('signin-username').value, $('signin-password').value);
      $('signin-password').value = '';
      signedIn(auth);
    } catch (problem) {
      failed(problem);
    }
  });
}

export function show(notice) {
  $('signin-notice').textContent = notice || '';
  $('signin-notice').hidden = !notice;
  const field = $('signin-username').value ? $('signin-password') : $('signin-username');
  field.focus();
}

function failed(problem) {
  if (problem.status === 429 && problem.retryAfter) {
    lockFor(problem);
    return;
  }
  const lead = problem.slug === 'authentication-failed' ? 'Wrong username or password.' : null;
  showProblem($('signin-error'), problem, lead);
  $('signin-password').focus();
}

function lockFor(problem) {
  const until = Date.now() + problem.retryAfter * 1000;
  const button = $('signin-submit');
  const retry = $('signin-retry');
  showProblem($('signin-error'), problem,
    `Too many failed sign-ins. Try again in ${clockText(problem.retryAfter)}.`);
  const tick = () => {
    const left = (until - Date.now()) / 1000;
    if (left <= 0) {
      clearInterval(countdown);
      button.disabled = false;
      retry.hidden = true;
      clearProblem($('signin-error'));
      return;
    }
    retry.textContent = `You can sign in again in ${clockText(left)}.`;
  };
  clearInterval(countdown);
  button.disabled = true;
  retry.hidden = false;
  tick();
  countdown = setInterval(tick, 1000);
}
