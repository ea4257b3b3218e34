package tech.arcp.login;

import tech.arcp.problem.Problem;
import tech.arcp.session.Session;

/**
 * Watches login attempts (timing, audit). {@link LoginService} opens one {@link Attempt} per call,
 * reports its outcome, and always closes it. Implementations must be fast and must never see a
 * password: no method takes one.
 */
public interface LoginObserver {
    LoginObserver NONE = (username, clientIp) -> new Attempt() {
    };

    /**
     * Starts watching one attempt.
     *
     * @param username the user name tried when it is a configured admin, else {@code null} (a
     *                 password typed into the user field must never reach a log)
     */
    Attempt attempt(String username, String clientIp);

    /** One login attempt. */
    interface Attempt extends AutoCloseable {
        default void succeeded(Session session) {
        }

        /** The attempt was refused with {@code problem} (bad credentials, throttled, ...). */
        default void failed(Problem problem) {
        }

        /** Called once at the end, whatever the outcome. */
        @Override
        default void close() {
        }
    }
}
