package tech.arcp.session.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import tech.arcp.session.EndReason;
import tech.arcp.session.Lookup;
import tech.arcp.session.PinState;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionKey;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.SessionStore;

/**
 * The embedded store: a Caffeine cache with variable expiry at
 * {@code min(lastAccess + idle, created + absolute)}, a bounded tombstone cache, and a per-user
 * index for the limit. Time comes from the injected {@link Ticker}.
 *
 * <p>Endings are recorded atomically with the removal: expiry and size eviction through
 * Caffeine's eviction listener, explicit endings inside {@code computeIfPresent}, so a request
 * sees either the live session or its tombstone, never neither.
 */
public final class CaffeineSessionStore implements SessionStore {
    private final RuntimeSettings policy;
    private final Ticker ticker;
    private final SessionEvents events;
    private final Cache<SessionKey, Session> sessions;
    private final Tombstones tombstones;
    private final UserIndex index = new UserIndex();
    private final ConcurrentStatsCounter stats = new ConcurrentStatsCounter();

    public CaffeineSessionStore(RuntimeSettings policy, Ticker ticker, SessionEvents events,
                                long maximumSize, Scheduler scheduler, Executor executor) {
        this.policy = policy;
        this.ticker = ticker;
        this.events = events;
        this.tombstones = new Tombstones(ticker, maximumSize, executor);
        this.sessions = Caffeine.newBuilder()
                .ticker(ticker)
                .scheduler(scheduler)
                .executor(executor)
                .maximumSize(maximumSize)
                .expireAfter(new SessionExpiry(policy))
                .evictionListener(this::evicted)
                .recordStats(() -> stats)
                .build();
        policy.onChange(changed -> retime());
    }

    /**
     * Re-computes every entry's expiry under a new policy, so a longer idle or absolute timeout
     * also keeps alive the sessions whose old deadline has not passed yet.
     */
    private void retime() {
        SessionPolicy current = policy.get();
        sessions.policy().expireVariably().ifPresent(expiry -> sessions.asMap().forEach((key, session) ->
                expiry.setExpiresAfter(key, java.time.Duration.ofNanos(
                        Math.max(0, session.remainingNanos(ticker.read(), current))))));
    }

    /** The underlying cache, for its statistics only. */
    public Cache<SessionKey, Session> cache() {
        return sessions;
    }

    @Override
    public Session create(Session session) {
        sessions.put(session.key(), session);
        events.created(session);
        List<SessionKey> victims = index.add(session, policy.get().maxPerUser(),
                key -> sessions.policy().getIfPresentQuietly(key));
        victims.forEach(victim -> end(victim, EndReason.EVICTED));
        return session;
    }

    @Override
    public Lookup find(SessionKey key) {
        // A quiet read: no read-buffer entry, no expiry hook, no frequency count. Lookups neither
        // slide a session nor protect it from size eviction; only touches do. Hits and misses are
        // still counted in the cache's statistics.
        Session session = sessions.policy().getIfPresentQuietly(key);
        if (session == null) {
            stats.recordMisses(1);
        } else {
            stats.recordHits(1);
            EndReason expired = session.expiryAt(ticker.read(), policy.get());
            if (expired == null) {
                return new Lookup.Live(session);
            }
            end(key, expired);
        }
        Lookup ended = tombstones.find(key);
        if (ended instanceof Lookup.Unknown) {
            // An entry past its deadline stays in the cache until the timer wheel's bucket is due
            // (up to ~1 s later); a compute (unlike computeIfPresent) evicts it now, through the eviction listener,
            // so its tombstone exists before we answer.
            sessions.asMap().compute(key, (k, s) -> s);
            ended = tombstones.find(key);
        }
        return ended;
    }

    @Override
    public Optional<Session> touch(SessionKey key) {
        long now = ticker.read();
        SessionPolicy current = policy.get();
        return Optional.ofNullable(sessions.asMap().computeIfPresent(key,
                (k, s) -> s.expiryAt(now, current) == null ? s.touchedAt(now) : s));
    }

    @Override
    public Optional<Session> end(SessionKey key, EndReason reason) {
        Session[] ended = new Session[1];
        sessions.asMap().computeIfPresent(key, (k, s) -> {
            ended[0] = s;
            tombstones.record(k, s, reason, policy.get());
            return null;
        });
        if (ended[0] == null) {
            return Optional.empty();
        }
        index.remove(ended[0]);
        events.ended(ended[0], reason);
        return Optional.of(ended[0]);
    }

    @Override
    public Optional<Session> rotate(SessionKey from, SessionKey to) {
        Session[] moved = new Session[1];
        sessions.asMap().computeIfPresent(from, (k, s) -> {
            moved[0] = s.withKey(to);
            tombstones.record(k, s, EndReason.REVOKED, policy.get());
            return null;
        });
        if (moved[0] == null) {
            return Optional.empty();
        }
        sessions.put(to, moved[0]);
        index.replace(moved[0].user(), from, to);
        return Optional.of(moved[0]);
    }

    @Override
    public Optional<Session> updatePin(SessionKey key, UnaryOperator<PinState> change) {
        return Optional.ofNullable(sessions.asMap().computeIfPresent(key,
                (k, s) -> s.withPin(Objects.requireNonNull(change.apply(s.pin())))));
    }

    @Override
    public List<Session> sessionsOf(String user) {
        long now = ticker.read();
        SessionPolicy current = policy.get();
        return index.keysOf(user).stream()
                .map(key -> sessions.policy().getIfPresentQuietly(key))
                .filter(s -> s != null && s.expiryAt(now, current) == null)
                .sorted(Comparator.comparingLong(Session::createdTick))
                .toList();
    }

    @Override
    public long size() {
        sessions.cleanUp();
        return sessions.estimatedSize();
    }

    /** Tombstones and user-index entries currently held (for leak checks). */
    public long tombstoneCount() {
        return tombstones.size();
    }

    public long indexedUsers() {
        return index.userCount();
    }

    private void evicted(SessionKey key, Session session, RemovalCause cause) {
        if (key == null || session == null) {
            return;
        }
        EndReason reason = EndReason.EVICTED;
        if (cause == RemovalCause.EXPIRED) {
            EndReason expired = session.expiryAt(ticker.read(), policy.get());
            reason = expired == null ? EndReason.IDLE_TIMEOUT : expired;
        }
        tombstones.record(key, session, reason, policy.get());
        index.remove(session);
        events.ended(session, reason);
    }
}
