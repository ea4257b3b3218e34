package tech.arcp.session.redis;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import tech.arcp.session.EndReason;
import tech.arcp.session.Lookup;
import tech.arcp.session.PinState;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionKey;
import tech.arcp.session.SessionStore;
import tech.arcp.session.SessionStoreUnavailableException;
import tech.arcp.session.redis.Scripts.Name;

/**
 * The shared store: sessions in Redis, changed only by Lua scripts that take "now" from the Redis
 * server's clock (so every node decides deadlines the same way, whatever its own clock says),
 * with a {@link NearCache} in front for reads and write-throttled touches; a near-cache hit judges
 * the server time extrapolated from its entry's fetch ({@link ServerTime}).
 *
 * <p>Expiry is detected on use: a session whose deadline passed ends (tombstone, event) when a
 * request, a login of the same user or a listing next meets it; Redis' own TTL
 * ({@code min(idle, absolute - now)}) removes the data of sessions nobody comes back for, and
 * the tombstone key's marker still answers the precise reason. Every ending is reported to
 * {@link SessionEvents} exactly once, by the node whose script ended it.
 *
 * <p>Every method throws {@link tech.arcp.session.SessionStoreUnavailableException} when Redis
 * cannot answer within the command timeout.
 */
public final class RedisSessionStore implements SessionStore {
    private static final int UPDATE_ATTEMPTS = 16;
    private final ScriptRunner scripts;
    private final RedisKeys keys;
    private final RuntimeSettings policy;
    private final ServerTime time;
    private final NearCache near;
    private final long touchWriteNanos;
    private final ToIntFunction<String> userTags;
    private final Replies replies;
    private final LiveIndex live;
    private final AtomicLong invalidations = new AtomicLong();
    private final Unconfirmed unconfirmed = new Unconfirmed();

    RedisSessionStore(RedisLink link, RedisKeys keys, RuntimeSettings policy, ServerTime time,
                      SessionEvents events, NearCache near, Duration touchWriteThreshold,
                      ToIntFunction<String> userTags) {
        this.scripts = new ScriptRunner(link, keys, policy, time);
        this.keys = keys;
        this.policy = policy;
        this.time = time;
        this.near = near;
        this.touchWriteNanos = touchWriteThreshold.toNanos();
        this.userTags = userTags;
        this.live = new LiveIndex(link, keys, policy);
        this.replies = new Replies(keys, live, events, near, time);
        link.subscribe(keys.invalidations(), this::invalidated);
    }

    /** A session ended or changed on some node (this one included): drop the local copy. */
    private void invalidated(String message) {
        SessionKey key = keys.parseInvalidation(message);
        if (key != null) {
            near.invalidate(key);
            invalidations.incrementAndGet();
        }
    }

    /** Invalidation messages received so far (tests use it to wait for one without sleeping). */
    long invalidationsReceived() {
        return invalidations.get();
    }

    @Override
    public Session create(Session session) {
        List<String> extra = new ArrayList<>();
        extra.add(Integer.toString(policy.get().maxPerUser()));
        extra.addAll(SessionFields.encode(session));
        RedisLink.Durable<List<Object>> done = scripts.runDurable(Name.CREATE, session.key(), extra,
                keys.session(session.key()), keys.index(session.key().userTag(), session.user()));
        Session stored = replies.created(session, done.result());
        if (!done.confirmed()) { // its evictions might be undone: no token for this login
            throw new SessionStoreUnavailableException("the replicas did not confirm a login in time", null);
        }
        return stored;
    }

    @Override
    public Lookup find(SessionKey key) {
        confirmPendingEnd(key);
        NearCache.Entry cached = near.get(key);
        if (cached != null && cached.session().expiryAt(nowOf(cached), policy.get()) == null) {
            return new Lookup.Live(cached.session());
        }
        return findInRedis(key);
    }

    private Lookup findInRedis(SessionKey key) {
        long generation = near.generation();
        return replies.lookup(key, scripts.run(Name.FIND, key, List.of(), keys.session(key)), generation);
    }

    @Override
    public Optional<Session> touch(SessionKey key) {
        confirmPendingEnd(key);
        NearCache.Entry cached = near.get(key);
        if (cached != null) {
            long now = nowOf(cached);
            Session session = cached.session();
            if (session.expiryAt(now, policy.get()) == null && now - session.lastAccessTick() < touchWriteNanos) {
                return Optional.of(session.touchedAt(now));
            }
        }
        long generation = near.generation();
        return replies.live(key, scripts.run(Name.TOUCH, key, List.of(), keys.session(key)), generation);
    }

    /** The server time now, extrapolated from the fetch of a near-cache entry: no call to Redis. */
    private long nowOf(NearCache.Entry cached) {
        return cached.fetched().at(time.monotonic());
    }

    @Override
    public Optional<Session> end(SessionKey key, EndReason reason) {
        RedisLink.Durable<List<Object>> done = scripts.runDurable(Name.END, key, List.of(reason.slug()),
                keys.session(key));
        Optional<Session> ended = replies.ended(key, reason, done.result());
        return unconfirmed.check(key, reason, new RedisLink.Durable<>(ended, done.confirmed()));
    }

    /** An ending of {@code key} the replicas did not confirm is run again first (503 until they do). */
    private void confirmPendingEnd(SessionKey key) {
        EndReason pending = unconfirmed.of(key);
        if (pending != null) {
            end(key, pending);
        }
    }

    @Override
    public Optional<Session> rotate(SessionKey from, SessionKey to) {
        if (from.userTag() != to.userTag()) {
            throw new IllegalArgumentException("a session keeps its user tag when it moves");
        }
        RedisLink.Durable<List<Object>> done = scripts.runDurable(Name.ROTATE, from, List.of(to.hex()),
                keys.session(from), keys.session(to));
        Optional<Session> moved = replies.moved(from, to, done.result());
        return unconfirmed.check(from, EndReason.REVOKED, new RedisLink.Durable<>(moved, done.confirmed()));
    }

    @Override
    public Optional<Session> updatePin(SessionKey key, UnaryOperator<PinState> change) {
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            if (!(findInRedis(key) instanceof Lookup.Live found)) {
                return Optional.empty();
            }
            Session current = found.session();
            Session changed = current.withPin(Objects.requireNonNull(change.apply(current.pin())));
            List<Object> reply = scripts.run(Name.UPDATE, key, List.of(SessionFields.encodePin(current.pin()),
                    SessionFields.encodePin(changed.pin())), keys.session(key));
            Replies.Update done = replies.updated(key, reply);
            if (done != Replies.Update.CONFLICT) {
                return done == Replies.Update.UPDATED ? Optional.of(changed) : Optional.empty();
            }
        }
        throw new IllegalStateException("session changed concurrently " + UPDATE_ATTEMPTS + " times");
    }

    @Override
    public List<Session> sessionsOf(String user) {
        int tag = userTags.applyAsInt(user);
        List<Object> reply = scripts.list(tag, user);
        return replies.sessions(tag, reply).stream()
                .sorted(Comparator.comparingLong(Session::createdTick))
                .toList();
    }

    @Override
    public long size() {
        return live.count(time.read());
    }

    /** The near cache, for its statistics. */
    public Cache<SessionKey, ?> nearCache() {
        return near.cache();
    }
}
