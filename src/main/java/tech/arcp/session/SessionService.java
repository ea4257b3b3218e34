package tech.arcp.session;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The session rules of SPEC §2 on top of a {@link SessionStore}: opening sessions, checking a
 * bearer token and fingerprint in the specified order, ending and rotating sessions.
 * Knows nothing of HTTP. Tokens pass through here and are never kept.
 */
public final class SessionService {
    private final SessionStore store;
    private final TokenCodec codec;
    private final Supplier<SessionPolicy> policy;
    private final Ticker ticker;
    private final Clock clock;

    public SessionService(SessionStore store, TokenCodec codec, Supplier<SessionPolicy> policy,
                          Ticker ticker, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.policy = policy;
        this.ticker = ticker;
        this.clock = clock;
    }

    public SessionPolicy policy() {
        return policy.get();
    }

    /** Opens a session for an authenticated user (the caller checked the password). */
    public Opened open(String user, String fingerprint, String clientIp, String userAgent) {
        TokenCodec.IssuedToken issued = codec.issue(user);
        long now = ticker.read();
        Session session = new Session(issued.key(), issued.key().idBits(), user, codec.fingerprint(fingerprint),
                clock.millis(), now, now, clientIp, userAgent, PinState.NONE);
        return new Opened(issued.token(), store.create(session));
    }

    /**
     * Checks a request's credentials in the order of SPEC §2.
     *
     * @param token       the bearer token, or {@code null} when the request has none
     * @param fingerprint the {@code X-Client-Fingerprint} value, or {@code null}
     * @param access      whether a granted request restarts the idle timer ({@link Access#QUIET}: not)
     * @throws SessionStoreUnavailableException when the store cannot answer
     */
    public Authentication authenticate(String token, String fingerprint, Access access) {
        Authentication found = inspect(token);
        if (!(found instanceof Authentication.Granted granted)) {
            return found;
        }
        Session session = granted.session();
        if (fingerprint == null || fingerprint.isEmpty()) {
            return new Authentication.Denied(Denial.FINGERPRINT_MISSING, session.id());
        }
        if (!session.fingerprint().matches(codec.fingerprint(fingerprint))) {
            return new Authentication.Denied(Denial.FINGERPRINT_MISMATCH, session.id());
        }
        if (access == Access.QUIET) {
            return found;
        }
        return store.touch(session.key())
                .<Authentication>map(Authentication.Granted::new)
                .orElseGet(() -> inspect(token)); // ended meanwhile: answer why
    }

    /**
     * Rules 1–6 of SPEC §2 only: is this a token of a live session? Neither checks the fingerprint
     * nor slides the idle timer ({@code POST /tokens/validate}).
     */
    public Authentication inspect(String token) {
        if (token == null || token.isEmpty()) {
            return new Authentication.Denied(Denial.MISSING_CREDENTIALS, null);
        }
        Optional<SessionKey> key = codec.decode(token);
        if (key.isEmpty()) {
            return new Authentication.Denied(Denial.TOKEN_INVALID, null);
        }
        Lookup lookup = store.find(key.get());
        if (lookup instanceof Lookup.Live live) {
            return new Authentication.Granted(live.session());
        }
        if (lookup instanceof Lookup.Ended ended) {
            return new Authentication.Denied(Denial.of(ended.reason()), ended.sessionId());
        }
        return new Authentication.Denied(Denial.UNKNOWN_SESSION, null);
    }

    /** Ends one session (logout, revocation, PIN attempts). */
    public Optional<Session> end(Session session, EndReason reason) {
        return store.end(session.key(), reason);
    }

    /** Ends every live session of a user; returns how many ended. */
    public int endAll(String user, EndReason reason) {
        int ended = 0;
        for (Session s : store.sessionsOf(user)) {
            if (store.end(s.key(), reason).isPresent()) {
                ended++;
            }
        }
        return ended;
    }

    /** Ends a user's session by its public id; empty when the user has no such live session. */
    public Optional<Session> endById(String user, String sessionId, EndReason reason) {
        return store.sessionsOf(user).stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .flatMap(s -> store.end(s.key(), reason));
    }

    public List<Session> sessionsOf(String user) {
        return store.sessionsOf(user);
    }

    /** Issues a new token for a live session; the old token ends at once as {@code revoked}. */
    public Optional<Opened> refresh(Session session) {
        TokenCodec.IssuedToken issued = codec.issue(session.user());
        return store.rotate(session.key(), issued.key()).map(s -> new Opened(issued.token(), s));
    }

    public Optional<Session> updatePin(Session session, java.util.function.UnaryOperator<PinState> change) {
        return store.updatePin(session.key(), change);
    }

    /** A newly issued token (shown to the client once) and its session. */
    public record Opened(String token, Session session) {
        @Override
        public String toString() {
            return "Opened[" + session + "]";
        }
    }
}
