package tech.arcp.login;

import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemException;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.EndReason;
import tech.arcp.session.PinState;
import tech.arcp.session.Session;
import tech.arcp.session.SessionService;

/**
 * The step-up PIN of a session (SPEC §3). A PIN is set once per session and kept only as a slow
 * salted hash ({@link PasswordHasher}) in the session's {@link PinState}; every change goes through
 * {@link SessionService#update}, so it works with any store. A wrong PIN counts toward the
 * session's {@code maxAttempts} (the last one ends the session with {@link EndReason#PIN_ATTEMPTS})
 * and toward the per-IP PIN {@link Throttle}. PINs are never logged or returned.
 *
 * <p>Every method answers a refusal by throwing a {@link ProblemException}.
 */
public final class SessionPins {
    private final PinRules rules;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final Throttle byIp;
    private final SecurityEvents events;

    public SessionPins(PinRules rules, PasswordHasher hasher, SessionService sessions, Throttle byIp) {
        this(rules, hasher, sessions, byIp, SecurityEvents.NONE);
    }

    public SessionPins(PinRules rules, PasswordHasher hasher, SessionService sessions, Throttle byIp,
                       SecurityEvents events) {
        this.rules = rules;
        this.hasher = hasher;
        this.sessions = sessions;
        this.byIp = byIp;
        this.events = events;
    }

    public PinRules rules() {
        return rules;
    }

    public Throttle.Settings throttle() {
        return byIp.settings();
    }

    /** Forgets the wrong PINs of a client address (every {@code spelling} of it); whether it was locked. */
    public boolean unlockIp(java.util.List<String> spellings) {
        return byIp.unlock(spellings);
    }

    /** Sets the PIN of a session that has none: {@code pin-already-set}, {@code pin-invalid-length}, weak → 422. */
    public void set(Session session, String pin) {
        if (session.pin().isSet()) {
            throw Problem.of(ProblemType.PIN_ALREADY_SET, "A PIN is already set for this session").exception();
        }
        rules.requireAcceptable(pin);
        String hash = hasher.hash(pin);
        Session after = sessions.updatePin(session, state -> state.isSet() ? state : state.withHash(hash))
                .orElseThrow(SessionPins::ended);
        if (!hash.equals(after.pin().hash())) {
            throw Problem.of(ProblemType.PIN_ALREADY_SET, "A PIN is already set for this session").exception();
        }
    }

    /** {@code POST /auth/verify_pin}: checks the PIN and marks the session verified. */
    public void verify(Session session, String pin, String clientIp) {
        check(session, pin, clientIp);
        sessions.updatePin(session, PinState::verifiedNow).orElseThrow(SessionPins::ended);
    }

    /**
     * The {@code X-Session-Pin} guard of a critical operation.
     *
     * @param pin the header value, {@code null} when absent ({@code pin-required})
     */
    public void require(Session session, String pin, String clientIp) {
        if (pin == null || pin.isEmpty()) {
            throw Problem.of(ProblemType.PIN_REQUIRED, "This operation requires the X-Session-Pin header")
                    .with("header", "X-Session-Pin").exception();
        }
        check(session, pin, clientIp);
    }

    private void check(Session session, String pin, String clientIp) {
        long locked = byIp.lockedFor(clientIp);
        if (locked > 0) {
            throw LoginThrottle.limited("pin", "Too many incorrect PINs from this address; try again later", locked);
        }
        if (!session.pin().isSet()) {
            throw Problem.of(ProblemType.PIN_NOT_SET, "No PIN is set for this session; call /auth/set_pin first")
                    .exception();
        }
        if (rules.lengthAllowed(pin) && hasher.verify(pin, session.pin().hash())) {
            return;
        }
        if (byIp.failed(clientIp)) {
            events.lockedOut("pin_client_ip", session.user(), clientIp,
                    java.time.Duration.ofNanos(byIp.lockedFor(clientIp)));
        }
        throw incorrect(session);
    }

    private ProblemException incorrect(Session session) {
        Session after = sessions.updatePin(session, PinState::withFailure)
                .orElseThrow(SessionPins::ended);
        int remaining = Math.max(0, rules.maxAttempts() - after.pin().failures());
        events.pinFailed(after, remaining);
        String detail = "Incorrect PIN";
        if (remaining == 0) {
            sessions.end(after, EndReason.PIN_ATTEMPTS);
            detail = "Incorrect PIN; the session was ended after too many incorrect attempts";
        }
        return Problem.of(ProblemType.PIN_INCORRECT, detail)
                .with("attempts_remaining", remaining)
                .with("session_id", session.id())
                .exception();
    }

    private static ProblemException ended() {
        return Problem.of(ProblemType.SESSION_INVALID, "Admin session was ended - please log in again")
                .exception();
    }
}
