package tech.arcp.session;

import java.time.Instant;

/**
 * One admin session, as a store holds it. Immutable: stores replace it to touch it or change
 * its PIN state.
 *
 * <p>Deadlines run on the store's monotonic time base ({@code createdTick}, {@code lastAccessTick},
 * in nanoseconds); {@code createdAtMillis} is the wall-clock instant of creation and every other
 * displayed instant is derived from it, so a wall-clock jump neither expires nor revives a session.
 *
 * @param key            digest of the current token (changes on refresh)
 * @param idBits         the public id, fixed for the session's life (see {@link SessionIds})
 * @param user           the admin user name
 * @param fingerprint    keyed digest of the client fingerprint
 * @param createdAtMillis wall-clock epoch milliseconds at creation, for display only
 * @param createdTick    monotonic nanoseconds at creation
 * @param lastAccessTick monotonic nanoseconds of the last authenticated, non-quiet request
 * @param clientIp       client address at login
 * @param userAgent      {@code User-Agent} at login (truncated), may be empty
 * @param pin            the step-up PIN state
 */
public record Session(
        SessionKey key,
        long idBits,
        String user,
        Fingerprint fingerprint,
        long createdAtMillis,
        long createdTick,
        long lastAccessTick,
        String clientIp,
        String userAgent,
        PinState pin) {

    public String id() {
        return SessionIds.format(idBits);
    }

    public long idleDeadlineTick(SessionPolicy policy) {
        return lastAccessTick + policy.idleNanos();
    }

    public long absoluteDeadlineTick(SessionPolicy policy) {
        return createdTick + policy.absoluteNanos();
    }

    /** The nearer of the two deadlines: when this session stops being valid. */
    public long deadlineTick(SessionPolicy policy) {
        long idle = idleDeadlineTick(policy);
        long absolute = absoluteDeadlineTick(policy);
        return idle - absolute < 0 ? idle : absolute;
    }

    /** Why the session is over at {@code nowTick}, or {@code null} while it is live. */
    public EndReason expiryAt(long nowTick, SessionPolicy policy) {
        if (nowTick - absoluteDeadlineTick(policy) >= 0) {
            return EndReason.ABSOLUTE_TIMEOUT;
        }
        if (nowTick - idleDeadlineTick(policy) >= 0) {
            return EndReason.IDLE_TIMEOUT;
        }
        return null;
    }

    /** Nanoseconds left at {@code nowTick}; zero or less when expired. */
    public long remainingNanos(long nowTick, SessionPolicy policy) {
        return deadlineTick(policy) - nowTick;
    }

    /** Converts a tick of this session's time base to a wall-clock instant. */
    public Instant instantOf(long tick) {
        return Instant.ofEpochMilli(createdAtMillis + Math.floorDiv(tick - createdTick, 1_000_000L));
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAtMillis);
    }

    public Instant lastAccessAt() {
        return instantOf(lastAccessTick);
    }

    /** A copy touched at {@code tick}; last access never moves backwards. */
    public Session touchedAt(long tick) {
        if (tick - lastAccessTick <= 0) {
            return this;
        }
        return new Session(key, idBits, user, fingerprint, createdAtMillis, createdTick, tick,
                clientIp, userAgent, pin);
    }

    public Session withKey(SessionKey newKey) {
        return new Session(newKey, idBits, user, fingerprint, createdAtMillis, createdTick, lastAccessTick,
                clientIp, userAgent, pin);
    }

    public Session withPin(PinState newPin) {
        return new Session(key, idBits, user, fingerprint, createdAtMillis, createdTick, lastAccessTick,
                clientIp, userAgent, newPin);
    }

    @Override
    public String toString() {
        return "Session[" + id() + ", user=" + user + "]";
    }
}
