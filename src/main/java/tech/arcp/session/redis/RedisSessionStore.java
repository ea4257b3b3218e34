package tech.arcp.session.redis;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import tech.arcp.session.EndReason;
import tech.arcp.session.Lookup;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionKey;
import tech.arcp.session.SessionPolicy;
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
    private static final int UPDATE_ATTEMPTS = 8;
    private final RedisLink link;
    private final Scripts scripts;
    private final RedisKeys keys;
    private final RuntimeSettings policy;
    private final Ticker timeBase;
    private final NearCache near;
    private final long touchWriteNanos;
    private final ToIntFunction<String> userTags;
    private final Replies replies;

    RedisSessionStore(RedisLink link, RedisKeys keys, RuntimeSettings policy, Ticker timeBase,
                      SessionEvents events, NearCache near, Duration touchWriteThreshold,
                      ToIntFunction<String> userTags) {
        this.link = link;
        this.scripts = link.call(Scripts::new);
        this.keys = keys;
        this.policy = policy;
        this.timeBase = timeBase;
        this.near = near;
        this.touchWriteNanos = touchWriteThreshold.toNanos();
        this.userTags = userTags;
        this.replies = new Replies(link, keys, policy, events, near);
    }

    @Override
    public void create(Session session) {
        List<String> extra = new ArrayList<>();
        extra.add(Integer.toString(policy.get().maxPerUser()));
        extra.addAll(SessionFields.encode(session));
        List<Object> reply = run(Name.CREATE, session.key(), timeBase.read(), extra,
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
        return replies.lookup(key, run(Name.FIND, key, now, List.of(), keys.session(key)), generation);
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
        return replies.live(key, run(Name.TOUCH, key, now, List.of(), keys.session(key)), generation);
    }

    @Override
    public Optional<Session> end(SessionKey key, EndReason reason) {
        List<Object> reply = run(Name.END, key, timeBase.read(), List.of(reason.slug()), keys.session(key));
        return replies.ended(key, reason, reply);
    }

    @Override
    public Optional<Session> rotate(SessionKey from, SessionKey to) {
        if (from.userTag() != to.userTag()) {
            throw new IllegalArgumentException("a session keeps its user tag when it moves");
        }
        List<Object> reply = run(Name.ROTATE, from, timeBase.read(), List.of(to.hex()),
                keys.session(from), keys.session(to));
        return replies.moved(from, to, reply);
    }

    @Override
    public Optional<Session> update(SessionKey key, UnaryOperator<Session> change) {
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            long now = timeBase.read();
            if (!(findInRedis(key, now) instanceof Lookup.Live live)) {
                return Optional.empty();
            }
            Session current = live.session();
            Session changed = java.util.Objects.requireNonNull(change.apply(current));
            if (!changed.withPin(current.pin()).equals(current)) {
                throw new IllegalArgumentException("update may change the PIN state only");
            }
            List<Object> reply = run(Name.UPDATE, key, now, List.of(SessionFields.encodePin(current.pin()),
                    SessionFields.encodePin(changed.pin())), keys.session(key));
            Optional<Optional<Session>> done = replies.updated(key, changed, reply);
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new IllegalStateException("session changed concurrently " + UPDATE_ATTEMPTS + " times");
    }

    @Override
    public List<Session> sessionsOf(String user) {
        int tag = userTags.applyAsInt(user);
        SessionPolicy p = policy.get();
        List<Object> reply = link.call(c -> scripts.run(c, Name.LIST, new String[] {keys.index(tag, user)},
                keys.base(tag), Long.toString(timeBase.read()), Long.toString(p.idleNanos()),
                Long.toString(p.absoluteNanos())));
        return replies.sessions(tag, reply).stream()
                .sorted(Comparator.comparingLong(Session::createdTick))
                .toList();
    }

    @Override
    public long size() {
        double nowMs = Math.floorDiv(timeBase.read(), 1_000_000L);
        return link.call(c -> {
            c.zremrangebyscore(keys.live(), io.lettuce.core.Range.create(Double.NEGATIVE_INFINITY, nowMs));
            return c.zcard(keys.live());
        });
    }

    /** The near cache, for its statistics. */
    public com.github.benmanes.caffeine.cache.Cache<SessionKey, Session> nearCache() {
        return near.cache();
    }

    private List<Object> run(Name name, SessionKey key, long now, List<String> extra, String... scriptKeys) {
        String[] args = args(key, now, extra.toArray(String[]::new));
        return link.call(c -> scripts.run(c, name, scriptKeys, args));
    }

    /** base, hex, now, idle, absolute, channel, then the script's own arguments. */
    private String[] args(SessionKey key, long now, String... extra) {
        SessionPolicy p = policy.get();
        String[] args = new String[6 + extra.length];
        args[0] = keys.base(key);
        args[1] = key.hex();
        args[2] = Long.toString(now);
        args[3] = Long.toString(p.idleNanos());
        args[4] = Long.toString(p.absoluteNanos());
        args[5] = keys.invalidations();
        System.arraycopy(extra, 0, args, 6, extra.length);
        return args;
    }
}
