package tech.arcp.session.caffeine;

import com.github.benmanes.caffeine.cache.Expiry;
import java.util.function.Supplier;
import tech.arcp.session.Session;
import tech.arcp.session.SessionKey;
import tech.arcp.session.SessionPolicy;

/**
 * Expires a session at {@code min(lastAccess + idle, created + absolute)} under the current
 * policy. Reads recompute the same deadline (so a policy change applies at the next access)
 * but never slide it: only a touch moves {@code lastAccessTick}.
 */
final class SessionExpiry implements Expiry<SessionKey, Session> {
    private final Supplier<SessionPolicy> policy;

    SessionExpiry(Supplier<SessionPolicy> policy) {
        this.policy = policy;
    }

    @Override
    public long expireAfterCreate(SessionKey key, Session session, long currentTime) {
        return Math.max(0, session.remainingNanos(currentTime, policy.get()));
    }

    @Override
    public long expireAfterUpdate(SessionKey key, Session session, long currentTime, long currentDuration) {
        return Math.max(0, session.remainingNanos(currentTime, policy.get()));
    }

    @Override
    public long expireAfterRead(SessionKey key, Session session, long currentTime, long currentDuration) {
        return Math.max(0, session.remainingNanos(currentTime, policy.get()));
    }
}
