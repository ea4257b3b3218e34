package tech.arcp.login;

import java.time.Duration;
import tech.arcp.session.Session;

/**
 * Security-relevant events of the login and PIN checks (the audit log listens). Never given a
 * password or PIN. Implementations must be fast.
 */
public interface SecurityEvents {
    SecurityEvents NONE = new SecurityEvents() {
    };

    /** A wrong PIN was given for {@code session}; {@code attemptsRemaining} is 0 when it ended the session. */
    default void pinFailed(Session session, int attemptsRemaining) {
    }

    /**
     * A throttle key was locked.
     *
     * @param keyType  {@code username}, {@code client_ip} or {@code pin_client_ip}
     * @param username the user name when it is a configured admin, else {@code null}
     */
    default void lockedOut(String keyType, String username, String clientIp, Duration lockedFor) {
    }
}
