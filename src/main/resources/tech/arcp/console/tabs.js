// Tabs of the console in one browser: a sign-out in one signs out all of them, a new tab may join
// the session of an open one, and a re-authentication is shared. Same origin only (BroadcastChannel).
const channel = 'BroadcastChannel' in window ? new BroadcastChannel('arcp-console') : null;

export function listen(handlers) {
  if (channel) {
    channel.onmessage = (event) => {
      const handler = event.data && handlers[event.data.type];
      if (handler) {
        handler(event.data);
      }
    };
  }
}

const post = (message) => channel && channel.postMessage(message);

/** This tab signed out (ending `sessionId`): every other tab signs out too. */
export const signedOut = (sessionId) => post({ type: 'signout', sessionId });
/** This tab signed in, or re-authenticated after `previous` ended: tabs on that session (or on none) follow. */
export const signedIn = (auth, previous) => post({ type: 'auth', auth, previous: previous || null });
/** This tab has no session: a signed-in tab answers with signedIn. */
export const askForSession = () => post({ type: 'hello' });
