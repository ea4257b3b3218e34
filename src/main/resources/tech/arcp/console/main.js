// The console's wiring: the api hooks (token, banner, expiry), the screens and their routes
// (#session, #sessions, #settings, #agents), sign-in and sign-out, and the other tabs.
import { call, configure as configureApi, Abandoned } from './api.js';
import { $ } from './dom.js';
import * as session from './session.js';
import * as expiry from './expiry.js';
import * as tabs from './tabs.js';
import * as signin from './signin.js';
import * as mySession from './my-session.js';
import * as sessions from './sessions.js';
import * as settings from './settings.js';
import * as agents from './agents.js';

const SCREENS = { session: mySession, sessions, settings, agents };
const DEFAULT_SCREEN = 'session';

function showScreen(name) {
  document.querySelectorAll('main > .screen').forEach((s) => { s.hidden = s.id !== `screen-${name}`; });
  document.querySelectorAll('#nav a').forEach((a) => {
    if (a.getAttribute('href') === `#${name}`) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
}

function route() {
  if (!session.current() || expiry.isOpen()) {
    return;
  }
  const name = location.hash.slice(1);
  const screen = SCREENS[name] ? name : DEFAULT_SCREEN;
  showScreen(screen);
  document.title = `${$(`${screen}-title`).textContent} – ARCP admin console`;
  $(`${screen}-title`).focus();
  SCREENS[screen].show();
}

function enter(auth) {
  $('nav').hidden = false;
  $('clock').hidden = false;
  $('signed-in-as').textContent = `Signed in as ${auth.username}`;
  session.begin(auth);
  route();
}

/** Nothing of a session that ended stays on the page for whoever signs in next. */
function clearScreens() {
  document.querySelectorAll('main tbody, main dl').forEach((node) => node.replaceChildren());
  document.querySelectorAll('main form:not(#signin-form)').forEach((form) => form.reset());
  document.querySelectorAll('main .field-error, main .saved').forEach((node) => { node.textContent = ''; });
  document.querySelectorAll('main .problem').forEach((box) => { box.replaceChildren(); box.hidden = true; });
  $('agent-details').hidden = true;
}

function leave(notice) {
  session.forget();
  clearScreens();
  for (const id of ['expired', 'pin-dialog']) {
    if ($(id).open) {
      $(id).close();
    }
  }
  $('nav').hidden = true;
  $('clock').hidden = true;
  $('banner').hidden = true;
  showScreen('signin');
  document.title = 'Sign in – ARCP admin console';
  signin.show(notice);
}

async function signOut() {
  const auth = session.current();
  try {
    await call('POST', '/auth/logout', { signal: session.signal() });
  } catch (e) {
    // ended already, or the service is away: this tab forgets the session either way
  }
  tabs.signedOut(auth && auth.sessionId);
  leave('You signed out.');
}

function signedOutHere(notice) {
  tabs.signedOut(session.current() && session.current().sessionId);
  leave(notice);
}

function outage({ problem, attempt, delay, final }) {
  const what = problem.status === 503
    ? `The session store is unavailable (${problem.slug}${problem.requestId ? `, request_id ${problem.requestId}` : ''}).`
    : 'The service cannot be reached (network error).';
  const next = final ? 'Try again in a moment.' : `Retrying in ${Math.round(delay / 1000)} s (attempt ${attempt}).`;
  $('banner-text').textContent = `${what} You are still signed in. ${next}`;
  $('banner').hidden = false;
}

function wireTabs() {
  tabs.listen({
    signout: ({ sessionId }) => {
      const auth = session.current();
      if (!auth) {
        return;
      }
      if (auth.sessionId !== sessionId) {
        call('POST', '/auth/logout', { signal: session.signal() }).catch(() => {});
      }
      leave('You signed out in another tab.');
    },
    hello: () => {
      if (session.current() && session.isRunning()) {
        tabs.signedIn(session.current(), null);
      }
    },
    auth: ({ auth, previous }) => {
      if (!session.current()) {
        enter(auth);
      } else {
        expiry.adopt(auth, previous);
      }
    },
  });
}

/** ARCP's own dashboard kept its token in localStorage on this origin: never leave it there. */
function dropArcpDashboardToken() {
  localStorage.removeItem('arcp-admin-token');
}

function boot() {
  dropArcpDashboardToken();
  configureApi({
    credentials: () => ({ token: session.current() && session.current().token, fingerprint: session.fingerprint() }),
    unauthorized: (problem) => { if (session.isRunning()) expiry.open(problem); },
    outage,
    recovered: () => { $('banner').hidden = true; },
  });
  expiry.configure({ leave });
  signin.configure({ signedIn: (auth) => { tabs.signedIn(auth, null); enter(auth); } });
  mySession.configure();
  sessions.configure({ signedOut: signedOutHere });
  settings.configure();
  agents.configure();
  wireTabs();
  $('sign-out').addEventListener('click', signOut);
  $('stay').addEventListener('click', () => session.stay().catch((e) => e instanceof Abandoned || null));
  window.addEventListener('hashchange', route);
  const saved = session.restore();
  if (saved) {
    enter(saved);
  } else {
    leave(null);
    tabs.askForSession();
  }
}

boot();
