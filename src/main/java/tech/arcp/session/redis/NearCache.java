package tech.arcp.session.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import tech.arcp.session.Session;
import tech.arcp.session.SessionKey;

/**
 * A short-lived local copy of live sessions (TTL at most one second), so most authenticated
 * requests do not reach Redis. Kept coherent by invalidation messages from every node; the TTL
 * bounds staleness should a message be lost. While the pub/sub link is down it holds nothing.
 *
 * <p>Each entry keeps the server time of the reply it came from ({@link ServerTime.Sample}): a hit
 * judges deadlines at that time extrapolated by this node's monotonic clock, without asking
 * Redis, and no entry is trusted past the TTL (on the same monotonic ticker).
 *
 * <p>A value read from Redis is cached only if no invalidation arrived while it was being read
 * (a generation counter), so a racing logout on another node is not overwritten by a stale copy.
 */
final class NearCache {
    private final Cache<SessionKey, Entry> cache;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean enabled = true;

    NearCache(Ticker ticker, Duration ttl, long maximumSize) {
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .recordStats()
                .build();
    }

    /** A cached session and the server time of the reply it came from. */
    record Entry(Session session, ServerTime.Sample fetched) {
    }

    Entry get(SessionKey key) {
        return enabled ? cache.getIfPresent(key) : null;
    }

    /** The generation to pass to {@link #put} for a value about to be read. */
    long generation() {
        return generation.get();
    }

    void put(SessionKey key, Session session, ServerTime.Sample fetched, long readAtGeneration) {
        if (enabled && generation.get() == readAtGeneration) {
            cache.put(key, new Entry(session, fetched));
        }
    }

    void invalidate(SessionKey key) {
        generation.incrementAndGet();
        cache.invalidate(key);
    }

    /** Drops everything and stops (or resumes) caching: the link to the other nodes is down (up). */
    void reset(boolean enable) {
        generation.incrementAndGet();
        enabled = enable;
        cache.invalidateAll();
    }

    Cache<SessionKey, Entry> cache() {
        return cache;
    }
}
