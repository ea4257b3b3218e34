package tech.arcp.connections;

import java.time.Duration;

/**
 * {@code limits.headerTimeout}, {@code limits.bodyTimeout} and {@code limits.minBodyRate}: how long
 * a request head and a request body may take to arrive, and the least rate of a body after its
 * first second ({@code 0}: no rate check).
 */
public record RequestTimeouts(Duration header, Duration body, long minBodyBytesPerSecond) {
    /** A body gets its first second free of the rate check. */
    static final long RATE_GRACE_NANOS = 1_000_000_000L;

    /** Whether {@code bytes} received in {@code elapsedNanos} are below the least rate. */
    boolean tooSlow(long bytes, long elapsedNanos) {
        if (minBodyBytesPerSecond <= 0 || elapsedNanos <= RATE_GRACE_NANOS) {
            return false;
        }
        return bytes < minBodyBytesPerSecond * ((elapsedNanos - RATE_GRACE_NANOS) / 1e9);
    }
}
