package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.arcp.session.EndReason;
import tech.arcp.session.Lookup;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionStore;
import tech.arcp.session.SessionStoreContract;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestTime;

/** The store contract against a real Redis (127.0.0.1:6379), under a key prefix of its own. */
class RedisSessionStoreTest extends SessionStoreContract {
    private final String prefix = RedisTesting.newPrefix();
    private RedisLink link;

    @Override
    protected SessionStore newStore(RuntimeSettings policy, TestTime time, SessionEvents events) {
        RedisTesting.requireRedis();
        link = newLink();
        return new RedisSessionStore(link, new RedisKeys(prefix), policy, RedisTestLinks.serverTime(link, time), events,
                new NearCache(time, Duration.ofSeconds(1), 10_000), Duration.ofSeconds(1), codec::userTag);
    }

    private static RedisLink newLink() {
        return new RedisLink(RedisClients.standalone(RedisTesting.URL, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1)), 2);
    }

    /** The same Redis and prefix seen by another node: its own connections and near cache. */
    private RedisSessionStore otherNode(RedisLink otherLink) {
        return new RedisSessionStore(otherLink, new RedisKeys(prefix), policy, RedisTestLinks.serverTime(otherLink, time), events,
                new NearCache(time, Duration.ofSeconds(1), 10_000), Duration.ofSeconds(1), codec::userTag);
    }

    /** Pub/sub is asynchronous: waits (bounded, without sleeping) until this node got one more message. */
    private void awaitInvalidation(long before) {
        RedisSessionStore local = (RedisSessionStore) store;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (local.invalidationsReceived() <= before && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(local.invalidationsReceived()).isGreaterThan(before);
    }

    @AfterEach
    @Override
    protected void closeStore() {
        if (link != null) {
            link.close();
            RedisTesting.deleteKeys(prefix);
        }
    }

    @Test
    void touchesWithinTheWriteThresholdDoNotWriteRedis() {
        Session session = created("alice");
        time.advance(Duration.ofSeconds(2));
        long written = store.touch(session.key()).orElseThrow().lastAccessTick(); // written: last access = 2 s
        assertThat(storedLastAccess(session)).isEqualTo(written);
        time.advance(Duration.ofMillis(500));
        assertThat(store.touch(session.key())).get() // answered from the near cache, in the server's time
                .extracting(Session::lastAccessTick).isEqualTo(written + Duration.ofMillis(500).toNanos());
        assertThat(storedLastAccess(session)).isEqualTo(written);
        time.advance(IDLE.minusMillis(500));
        assertEnded(session, EndReason.IDLE_TIMEOUT); // idle counted from the last write, within the threshold
    }

    private long storedLastAccess(Session session) {
        return Long.parseLong(link.call(c -> c.hget(new RedisKeys(prefix).session(session.key()), "la")));
    }

    @Test
    void endedSessionLeavesNoSessionKeyAndATombstoneWithTtl() {
        Session session = created("alice");
        store.end(session.key(), EndReason.REVOKED);
        RedisKeys keys = new RedisKeys(prefix);
        long ttl = link.call(c -> c.pttl(keys.base(session.key()) + "t:" + session.key().hex()));
        long exists = link.call(c -> c.exists(keys.session(session.key())));
        assertThat(exists).isZero();
        assertThat(ttl).isPositive().isLessThanOrEqualTo(ABSOLUTE.plus(IDLE).toMillis());
    }

    @Test
    void liveSessionTtlIsTheNearerDeadline() {
        Session session = created("alice");
        RedisKeys keys = new RedisKeys(prefix);
        long first = link.call(c -> c.pttl(keys.session(session.key())));
        assertThat(first).isBetween(IDLE.toMillis() - 2_000, IDLE.toMillis());
        for (int i = 0; i < 3; i++) {
            time.advance(Duration.ofMinutes(9));
            store.touch(session.key());
        }
        long last = link.call(c -> c.pttl(keys.session(session.key()))); // 27 of 30 minutes gone
        assertThat(last).isBetween(Duration.ofMinutes(3).toMillis() - 2_000, Duration.ofMinutes(3).toMillis());
        assertThat(store.find(session.key())).isInstanceOf(Lookup.Live.class);
    }

    @Test
    void everyKeyOfOneUserSharesItsHashTag() {
        Session session = created("alice");
        store.updatePin(session.key(), pin -> pin.withHash("$argon2id$x"));
        store.end(created("alice").key(), EndReason.REVOKED);
        String tag = "{u:" + session.key().tagHex() + "}";
        java.util.List<String> all = link.call(c -> c.keys(prefix + "*"));
        assertThat(all).isNotEmpty().allMatch(k -> k.equals(prefix + "live") || k.contains(tag));
    }

    @Test
    void pinChangesAndEndingsOnAnotherNodeReachThisNodesNearCache() {
        Session session = created("alice");
        RedisLink otherLink = newLink();
        try {
            RedisSessionStore other = otherNode(otherLink);
            assertLive(session); // cached here
            RedisSessionStore local = (RedisSessionStore) store;
            long before = local.invalidationsReceived();
            other.updatePin(session.key(), pin -> pin.withHash("$argon2id$fake").withFailure());
            awaitInvalidation(before);
            assertThat(((Lookup.Live) store.find(session.key())).session().pin().failures()).isEqualTo(1);

            before = local.invalidationsReceived();
            assertThat(other.end(session.key(), EndReason.PIN_ATTEMPTS)).isPresent();
            awaitInvalidation(before);
            assertEnded(session, EndReason.PIN_ATTEMPTS);
            assertThat(events.ended).containsExactly(session.id() + ":pin_attempts");
        } finally {
            otherLink.close();
        }
    }

    @Test
    void sessionsAndPinStateSurviveANewStoreInstance() {
        Session session = created("alice");
        store.updatePin(session.key(), pin -> pin.withHash("$argon2id$fake").verifiedNow());
        RedisLink otherLink = newLink();
        try {
            Lookup found = otherNode(otherLink).find(session.key());
            assertThat(found).isInstanceOf(Lookup.Live.class);
            Session restored = ((Lookup.Live) found).session();
            assertThat(restored.pin().hash()).isEqualTo("$argon2id$fake");
            assertThat(restored.pin().verified()).isTrue();
            assertThat(restored.fingerprint()).isEqualTo(session.fingerprint());
            assertThat(restored.lastAccessTick()).isEqualTo(session.lastAccessTick());
        } finally {
            otherLink.close();
        }
    }

    @Test
    void concurrentPinFailuresOnTwoNodesAreAllCounted() throws Exception {
        Session session = created("alice");
        RedisLink otherLink = newLink();
        try {
            RedisSessionStore other = otherNode(otherLink);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.List<java.util.concurrent.Future<?>> tasks = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                SessionStore node = i % 2 == 0 ? store : other;
                tasks.add(pool.submit(() -> node.updatePin(session.key(), pin -> pin.withFailure())));
            }
            for (java.util.concurrent.Future<?> task : tasks) {
                task.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            pool.shutdown();
            RedisLink fresh = newLink();
            try {
                assertThat(((Lookup.Live) otherNode(fresh).find(session.key())).session().pin().failures()).isEqualTo(20);
            } finally {
                fresh.close();
            }
        } finally {
            otherLink.close();
        }
    }
}
