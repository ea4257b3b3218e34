// Small DOM helpers. Every value from the server reaches the page through textContent or an
// attribute setter: no HTML string is ever parsed (the CSP's Trusted Types would refuse it anyway).

export const $ = (id) => document.getElementById(id);

/** An element with attributes (set one by one) and children (nodes, or strings as text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(child === null || child === undefined ? '' : String(child)));
  }
  return node;
}

/** Fills a <dl> with [term, value] pairs. */
export function facts(dl, pairs) {
  dl.replaceChildren(...pairs.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

/** A local date and time for an ISO instant; '—' when there is none. */
export function localTime(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso)
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** m:ss (or h:mm:ss) for a number of seconds, never negative. */
export function clockText(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** "20 seconds", "1 minute", "60 minutes" (as ARCP says it), "12 hours". */
export function durationText(seconds) {
  const units = [[3600, 'hour', 7200], [60, 'minute', 60], [1, 'second', 0]];
  const [size, name] = units.find(([unit, , from]) => seconds >= from && seconds % unit === 0) || [1, 'second'];
  const n = Math.round(seconds / size);
  return `${n} ${name}${n === 1 ? '' : 's'}`;
}

/** Shows a problem in `box`: its title and detail, the reason and the request id, as text. */
export function showProblem(box, problem, lead) {
  const title = lead || problem.body.title || problem.message;
  const lines = [el('p', { class: 'problem-title' }, title)];
  if (problem.body.detail && problem.body.detail !== title) {
    lines.push(el('p', {}, problem.body.detail));
  }
  if (Number.isInteger(problem.body.attempts_remaining)) {
    lines.push(el('p', {}, `${problem.body.attempts_remaining} wrong PIN(s) left before this session ends.`));
  }
  const meta = [`type: ${problem.slug}`];
  if (problem.reason) {
    meta.push(`reason: ${problem.reason}`);
  }
  if (problem.requestId) {
    meta.push(`request_id: ${problem.requestId}`);
  }
  lines.push(el('p', { class: 'request-id' }, meta.join(' · ')));
  box.replaceChildren(...lines);
  box.hidden = false;
}

export function clearProblem(box) {
  box.replaceChildren();
  box.hidden = true;
}
