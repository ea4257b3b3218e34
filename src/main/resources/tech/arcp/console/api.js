// The one way the console talks to the service: same-origin fetch, RFC 9457 problems parsed into
// ApiProblem, the session's bearer token and fingerprint on every call, and retries with back-off
// while the service or its session store is unreachable. A network error or a 503 is an outage,
// never a sign-out: the hooks show a banner, and only a 401 (other than a wrong PIN) reports the
// session as over.

/** The reads that authenticate without sliding the idle timer (SPEC §2): the only ones the page sends by itself. */
export const QUIET_READS = new Set(['GET /auth/session_status', 'GET /auth/sessions', 'GET /tokens/validate']);
const MAX_SLIDING_ATTEMPTS = 3;
const MAX_DELAY_MS = 30000;

const hooks = { credentials: () => null, unauthorized: () => {}, outage: () => {}, recovered: () => {} };

/** A problem answer (or a failure to get one), with the members the console shows. */
export class ApiProblem extends Error {
  constructor(status, body, headers) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.slug = typeof body.type === 'string' ? body.type.split('/').pop() : (status ? 'http-' + status : 'network');
    this.reason = body.reason || null;
    this.requestId = body.request_id || (headers && headers.get('X-Request-ID')) || null;
    const retry = Number((headers && headers.get('Retry-After')) || body.retry_after);
    this.retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null;
  }
}

/** Thrown when the call was abandoned (signed out, session over) while it waited for a retry. */
export class Abandoned extends Error {
}

/** @param options credentials() → {token, fingerprint}; unauthorized(problem); outage(info); recovered() */
export function configure(options) {
  Object.assign(hooks, options);
}

/**
 * Sends one call and answers {data, clockOffset}: clockOffset is the server's clock minus
 * the browser's, in ms, from this answer. Quiet reads are retried through an outage until it ends or
 * `signal` aborts; other calls, which the admin started, up to MAX_SLIDING_ATTEMPTS times.
 */
export async function call(method, path, { body, headers = {}, auth = true, signal } = {}) {
  const attempts = QUIET_READS.has(method + ' ' + path.split('?')[0]) ? Infinity : MAX_SLIDING_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(method, path, body, headers, auth, signal);
    if (!outcome.outage) {
      hooks.recovered();
      return settle(outcome, auth);
    }
    const delay = Math.min(MAX_DELAY_MS, Math.max((outcome.problem.retryAfter || 0) * 1000, 1000 * 2 ** (attempt - 1)));
    hooks.outage({ problem: outcome.problem, attempt, delay, final: attempt >= attempts });
    if (attempt >= attempts) {
      throw outcome.problem;
    }
    await wait(delay, signal);
  }
}

async function attemptOnce(method, path, body, headers, auth, signal) {
  const all = { Accept: 'application/json', ...headers };
  const creds = hooks.credentials();
  if (creds && creds.fingerprint) {
    all['X-Client-Fingerprint'] = creds.fingerprint;
  }
  if (auth && creds && creds.token) {
    all.Authorization = 'Bearer ' + creds.token;
  }
  if (body !== undefined) {
    all['Content-Type'] = 'application/json';
  }
  const sentAt = Date.now();
  let response;
  try {
    response = await fetch(path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store', credentials: 'omit', redirect: 'error', signal });
  } catch (e) {
    if (signal && signal.aborted) {
      throw new Abandoned('abandoned');
    }
    return { outage: true, problem: new ApiProblem(0, { title: 'The service cannot be reached' }, null) };
  }
  const json = await response.json().catch(() => ({}));
  const clockOffset = clockOf(response, sentAt, Date.now());
  if (response.status === 503) {
    return { outage: true, problem: new ApiProblem(503, json, response.headers) };
  }
  return { response, json, clockOffset };
}

function settle({ response, json, clockOffset }, auth) {
  if (response.ok) {
    return { data: json, clockOffset, status: response.status };
  }
  const problem = new ApiProblem(response.status, json, response.headers);
  if (response.status === 401 && auth && problem.slug !== 'pin-incorrect') {
    hooks.unauthorized(problem);
  }
  throw problem;
}

/** Server clock minus browser clock (ms): the Date header (whole seconds, so +0.5 s) at the round trip's middle. */
function clockOf(response, sentAt, receivedAt) {
  const date = Date.parse(response.headers.get('Date') || '');
  return Number.isNaN(date) ? null : date + 500 - (sentAt + receivedAt) / 2;
}

function wait(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    if (signal) {
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new Abandoned('abandoned'));
      }, { once: true });
    }
  });
}
