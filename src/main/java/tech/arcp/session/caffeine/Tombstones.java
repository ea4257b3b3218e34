package tech.arcp.session.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.concurrent.Executor;
import tech.arcp.session.EndReason;
import tech.arcp.session.Lookup;
import tech.arcp.session.Session;
import tech.arcp.session.SessionKey;
import tech.arcp.session.SessionPolicy;

/**
 * Remembers how sessions ended, bounded in size, each until its absolute deadline would have
 * passed plus one idle period (so even an absolute-timeout ending is reported precisely to a
 * client that comes back within an idle period). A tombstone recorded after that time is
 * forgotten at once.
 */
final class Tombstones {
    private record Tombstone(EndReason reason, long idBits, long forgetAtTick) {
    }

    private final Ticker ticker;
    private final Cache<SessionKey, Tombstone> cache;

    Tombstones(Ticker ticker, long maximumSize, Executor executor) {
        this.ticker = ticker;
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(executor)
                .maximumSize(maximumSize)
                .expireAfter(Expiry.creating((SessionKey k, Tombstone t) ->
                        java.time.Duration.ofNanos(Math.max(0, t.forgetAtTick() - ticker.read()))))
                .build();
    }

    void record(SessionKey key, Session session, EndReason reason, SessionPolicy policy) {
        long forgetAt = session.absoluteDeadlineTick(policy) + policy.idleNanos();
        if (forgetAt - ticker.read() <= 0) {
            cache.invalidate(key);
            return;
        }
        cache.put(key, new Tombstone(reason, session.idBits(), forgetAt));
    }

    Lookup find(SessionKey key) {
        Tombstone t = cache.getIfPresent(key);
        return t == null ? Lookup.UNKNOWN : new Lookup.Ended(t.reason(), t.idBits());
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
