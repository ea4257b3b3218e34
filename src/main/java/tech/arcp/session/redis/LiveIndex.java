package tech.arcp.session.redis;

import io.lettuce.core.Range;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionKey;

/**
 * {@code <prefix>live}: every live session with its deadline (ms of the time base) as score, for
 * {@code size()}. Not part of the scripts (on Redis Cluster it lives in another slot), so it is
 * written right after them; its scores follow the policy at the session's last write, and a
 * session whose deadline passed leaves it at the next count.
 */
final class LiveIndex {
    private static final long NANOS_PER_MS = 1_000_000L;
    private final RedisLink link;
    private final RedisKeys keys;
    private final RuntimeSettings policy;

    LiveIndex(RedisLink link, RedisKeys keys, RuntimeSettings policy) {
        this.link = link;
        this.keys = keys;
        this.policy = policy;
    }

    void add(Session session) {
        double deadlineMs = Math.floorDiv(session.deadlineTick(policy.get()), NANOS_PER_MS);
        link.call(c -> c.zadd(keys.live(), deadlineMs, keys.liveMember(session.key())));
    }

    void remove(SessionKey key) {
        link.call(c -> c.zrem(keys.live(), keys.liveMember(key)));
    }

    /** Sessions whose deadline is after {@code nowTick}. */
    long count(long nowTick) {
        double nowMs = Math.floorDiv(nowTick, NANOS_PER_MS);
        return link.call(c -> {
            c.zremrangebyscore(keys.live(), Range.create(Double.NEGATIVE_INFINITY, nowMs));
            return c.zcard(keys.live());
        });
    }
}
