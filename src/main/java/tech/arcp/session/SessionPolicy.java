package tech.arcp.session;

import java.time.Duration;

/**
 * The session rules in force: sliding idle timeout, absolute lifetime, sessions per user.
 * Stores read the current policy on every access, so a change applies to live sessions
 * from their next access.
 */
public record SessionPolicy(Duration idleTimeout, Duration absoluteTimeout, int maxPerUser) {
    /** Upper bounds of the settings, in config and in run-time changes alike. */
    public static final long MAX_IDLE_DAYS = 30;
    public static final long MAX_ABSOLUTE_DAYS = 365;
    public static final long MAX_IDLE_SECONDS = MAX_IDLE_DAYS * 86_400;
    public static final long MAX_ABSOLUTE_SECONDS = MAX_ABSOLUTE_DAYS * 86_400;
    public static final int MAX_PER_USER = 1000;

    public SessionPolicy {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || idleTimeout.compareTo(absoluteTimeout) > 0) {
            throw new IllegalArgumentException("idle timeout must be positive and at most the absolute timeout");
        }
        if (maxPerUser < 1) {
            throw new IllegalArgumentException("maxPerUser must be at least 1");
        }
    }

    public long idleNanos() {
        return idleTimeout.toNanos();
    }

    public long absoluteNanos() {
        return absoluteTimeout.toNanos();
    }
}
