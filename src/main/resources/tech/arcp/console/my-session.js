// Screen "My session": the session's facts from the last quiet status read (the countdown itself
// is in the top bar). Refreshed only when the session module re-syncs, which is quiet.
import { $, facts, localTime, durationText } from './dom.js';
import * as session from './session.js';

export function configure() {
  session.onStatus(render);
}

export function show() {
  const status = session.currentStatus();
  if (status) {
    render(status);
  }
}

function pinState(status) {
  if (!status.pin_set) {
    return 'Not set';
  }
  return status.pin_verified ? 'Set and verified' : 'Set, not verified in this session';
}

function render(status) {
  facts($('session-facts'), [
    ['Signed in as', status.user_id],
    ['Session', status.session_id],
    ['Created', localTime(status.created_at)],
    ['Last access', localTime(status.last_access_at)],
    ['Idle timeout', durationText(status.idle_timeout)],
    ['Ends if idle at', localTime(status.idle_expires_at)],
    ['Absolute deadline (never extended)', localTime(status.absolute_expires_at)],
    ['PIN', pinState(status)],
  ]);
}
