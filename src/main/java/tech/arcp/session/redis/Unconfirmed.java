package tech.arcp.session.redis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tech.arcp.session.EndReason;
import tech.arcp.session.SessionKey;
import tech.arcp.session.SessionStoreUnavailableException;

/**
 * Endings of sessions that the replicas did not confirm in time ({@code minReplicasAcked}): the
 * request that ended one answered 503, and the next use of its key on this node ends it again
 * (on whichever primary is in use then) until the replicas confirm it. Bounded: past
 * {@link #LIMIT} entries a new one is still answered 503 but not remembered.
 */
final class Unconfirmed {
    static final int LIMIT = 100_000;
    private final Map<SessionKey, EndReason> pending = new ConcurrentHashMap<>();

    /** The result of a confirmed ending; else remembers it and throws (503). */
    <T> T check(SessionKey key, EndReason reason, RedisLink.Durable<T> done) {
        if (done.confirmed()) {
            pending.remove(key);
            return done.result();
        }
        if (pending.size() < LIMIT) {
            pending.put(key, reason);
        }
        throw new SessionStoreUnavailableException("the replicas did not confirm the end of a session in time", null);
    }

    /** The reason of an unconfirmed ending of {@code key}, or null (the usual case: a map lookup). */
    EndReason of(SessionKey key) {
        return pending.isEmpty() ? null : pending.get(key);
    }
}
