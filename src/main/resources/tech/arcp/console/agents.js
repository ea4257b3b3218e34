// Screen "Agents": the registered agents (read-only) and one agent's details. Loaded when the admin
// opens the screen or presses Refresh, never by itself (GET /agents slides the session). Every
// value from the server is set as text.
import { call } from './api.js';
import { $, el, facts, localTime, showProblem, clearProblem } from './dom.js';
import * as session from './session.js';

export function configure() {
  $('agents-refresh').addEventListener('click', show);
}

export async function show() {
  $('agent-details').hidden = true;
  await guarded(async () => {
    const { data } = await call('GET', '/agents', { signal: session.signal() });
    $('agents-table').tBodies[0].replaceChildren(...(data.length ? data.map(row)
      : [el('tr', {}, el('td', { colspan: 6 }, 'No agent is registered.'))]));
  });
}

function row(agent) {
  const details = el('button', { type: 'button', 'aria-label': `Details of ${agent.name}` }, 'Details');
  details.addEventListener('click', () => open(agent.agent_id));
  return el('tr', {}, el('td', {}, agent.name), el('td', {}, agent.agent_type), el('td', {}, agent.status),
    el('td', {}, localTime(agent.last_seen)), el('td', {}, agent.endpoint), el('td', {}, details));
}

async function open(id) {
  await guarded(async () => {
    const { data } = await call('GET', `/agents/${encodeURIComponent(id)}`, { signal: session.signal() });
    facts($('agent-facts'), Object.entries(data).map(([key, value]) => [key, text(value)]));
    $('agent-details').hidden = false;
    $('agent-details-title').focus();
  });
}

const text = (value) => (value === null || value === undefined ? '—'
  : typeof value === 'object' ? JSON.stringify(value) : String(value));

async function guarded(work) {
  clearProblem($('agents-error'));
  try {
    await work();
  } catch (problem) {
    if (problem.body && problem.status !== 401) {
      showProblem($('agents-error'), problem);
    }
  }
}
