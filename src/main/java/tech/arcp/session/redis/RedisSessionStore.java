package tech.arcp.session.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
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
import tech.arcp.session.redis.Scripts.Name;

/**
 * The shared store: sessions in Redis, changed only by Lua scripts that take "now" from the
 * caller's time base (so every node, and a test's fake clock, decides deadlines the same way),
 * with a {@link NearCache} in front for reads and write-throttled touches.
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
    private final Ticker timeBase;
    private final NearCache near;
    private final long touchWriteNanos;
    private final ToIntFunction<String> userTags;
    private final Replies replies;
    private final LiveIndex live;
    private final AtomicLong invalidations = new AtomicLong();

    RedisSessionStore(RedisLink link, RedisKeys keys, RuntimeSettings policy, Ticker timeBase,
                      SessionEvents events, NearCache near, Duration touchWriteThreshold,
                      ToIntFunction<String> userTags) {
        this.scripts = new ScriptRunner(link, keys, policy);
        this.keys = keys;
        this.policy = policy;
        this.timeBase = timeBase;
        this.near = near;
        this.touchWriteNanos = touchWriteThreshold.toNanos();
        this.userTags = userTags;
        this.live = new LiveIndex(link, keys, policy);
        this.replies = new Replies(keys, live, events, near);
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
    public void create(Session session) {
        List<String> extra = new ArrayList<>();
        extra.add(Integer.toString(policy.get().maxPerUser()));
        extra.addAll(SessionFields.encode(session));
        List<Object> reply = scripts.run(Name.CREATE, session.key(), timeBase.read(), extra,
                keys.session(session.key()), keys.index(session.key().userTag(), session.user()));
        replies.created(session, reply);
    }

    @Override
    public Lookup find(SessionKey key) {
        long now = timeBase.read();
        Session cached = near.get(key);
        if (cached != null && cached.expiryAt(now, policy.get()) == null) {
            return new Lookup.Live(cached);
        }
        return findInRedis(key, now);
    }

    private Lookup findInRedis(SessionKey key, long now) {
        long generation = near.generation();
        return replies.lookup(key, scripts.run(Name.FIND, key, now, List.of(), keys.session(key)), generation);
    }

    @Override
    public Optional<Session> touch(SessionKey key) {
        long now = timeBase.read();
        Session cached = near.get(key);
        if (cached != null && cached.expiryAt(now, policy.get()) == null
                && now - cached.lastAccessTick() < touchWriteNanos) {
            return Optional.of(cached.touchedAt(now));
        }
        long generation = near.generation();
        return replies.live(key, scripts.run(Name.TOUCH, key, now, List.of(), keys.session(key)), generation);
    }

    @Override
    public Optional<Session> end(SessionKey key, EndReason reason) {
        List<Object> reply = scripts.run(Name.END, key, timeBase.read(), List.of(reason.slug()), keys.session(key));
        return replies.ended(key, reason, reply);
    }

    @Override
    public Optional<Session> rotate(SessionKey from, SessionKey to) {
        if (from.userTag() != to.userTag()) {
            throw new IllegalArgumentException("a session keeps its user tag when it moves");
        }
        List<Object> reply = scripts.run(Name.ROTATE, from, timeBase.read(), List.of(to.hex()),
                keys.session(from), keys.session(to));
        return replies.moved(from, to, reply);
    }

    @Override
    public Optional<Session> updatePin(SessionKey key, UnaryOperator<PinState> change) {
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            long now = timeBase.read();
            if (!(findInRedis(key, now) instanceof Lookup.Live found)) {
                return Optional.empty();
            }
            Session current = found.session();
            Session changed = current.withPin(Objects.requireNonNull(change.apply(current.pin())));
            List<Object> reply = scripts.run(Name.UPDATE, key, now, List.of(SessionFields.encodePin(current.pin()),
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
        List<Object> reply = scripts.list(tag, user, timeBase.read());
        return replies.sessions(tag, reply).stream()
                .sorted(Comparator.comparingLong(Session::createdTick))
                .toList();
    }

    @Override
    public long size() {
        return live.count(timeBase.read());
    }

    /** The near cache, for its statistics. */
    public Cache<SessionKey, Session> nearCache() {
        return near.cache();
    }
}
