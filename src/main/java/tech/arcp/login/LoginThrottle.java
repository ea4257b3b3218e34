package tech.arcp.login;

import com.github.benmanes.caffeine.cache.Ticker;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemException;
import tech.arcp.problem.ProblemType;

/**
 * The login throttle of SPEC §5: failures are counted separately per user name and per client IP,
 * each with its own {@link Throttle}; a locked key refuses even the right password. A success
 * clears the user name's record (not the IP's).
 */
public final class LoginThrottle {
    private final Throttle byUser;
    private final Throttle byIp;

    public LoginThrottle(Throttle byUser, Throttle byIp) {
        this.byUser = byUser;
        this.byIp = byIp;
    }

    /** Both key kinds with the same numbers, as SPEC §5 asks. */
    public static LoginThrottle of(Throttle.Settings settings, Ticker ticker) {
        return new LoginThrottle(new Throttle(settings, ticker), new Throttle(settings, ticker));
    }

    /**
     * Call before checking the password.
     *
     * @throws tech.arcp.problem.ProblemException 429 {@code rate-limit-exceeded} while either key is locked
     */
    public void check(String username, String clientIp) {
        long nanos = Math.max(byUser.lockedFor(username), byIp.lockedFor(clientIp));
        if (nanos > 0) {
            throw limited("login", "Too many failed login attempts; try again later", nanos);
        }
    }

    /** Counts a failure against both keys. */
    public void failed(String username, String clientIp) {
        failed(username, clientIp, null, SecurityEvents.NONE);
    }

    /**
     * Counts a failure against both keys and reports each key it locks.
     *
     * @param shownUser the user name the events may show ({@code null} unless it is a configured admin)
     */
    public void failed(String username, String clientIp, String shownUser, SecurityEvents events) {
        if (byUser.failed(username)) {
            events.lockedOut("username", shownUser, clientIp, java.time.Duration.ofNanos(byUser.lockedFor(username)));
        }
        if (byIp.failed(clientIp)) {
            events.lockedOut("client_ip", shownUser, clientIp, java.time.Duration.ofNanos(byIp.lockedFor(clientIp)));
        }
    }

    public void succeeded(String username) {
        byUser.clear(username);
    }

    /** Forgets the failures and lockouts of user name {@code username}; returns whether it was locked. */
    public boolean unlockUser(String username) {
        return byUser.unlock(java.util.List.of(username));
    }

    /** Forgets the failures and lockouts of a client address (every {@code spelling} of it); whether it was locked. */
    public boolean unlockIp(java.util.List<String> spellings) {
        return byIp.unlock(spellings);
    }

    public Throttle.Settings settings() {
        return byUser.settings();
    }

    /** Records remembered per key kind (for the bounded-memory check). */
    public long userKeys() {
        return byUser.size();
    }

    /** The 429 {@code rate-limit-exceeded} problem of a key locked for {@code nanos} more. */
    public static ProblemException limited(String attemptType, String detail, long nanos) {
        return Problem.of(ProblemType.RATE_LIMIT_EXCEEDED, detail)
                .with("attempt_type", attemptType)
                .with("retry_after", Throttle.retryAfterSeconds(nanos))
                .exception();
    }
}
