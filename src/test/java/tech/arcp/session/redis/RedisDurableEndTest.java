package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.arcp.session.EndReason;
import tech.arcp.session.Lookup;
import tech.arcp.session.PinState;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.SessionStoreUnavailableException;
import tech.arcp.session.TokenCodec;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestTime;

/**
 * {@code minReplicasAcked} against the tests' Redis, which has no replica: WAIT cannot be
 * confirmed, so every ending answers "unavailable" (503) although it happened on the primary, and
 * the next use of that key ends it again (still unconfirmed: still 503); other keys are not held up.
 */
class RedisDurableEndTest {
    private final String prefix = RedisTesting.newPrefix();
    private final TestTime time = new TestTime();
    private final RuntimeSettings policy = new RuntimeSettings(
            new SessionPolicy(Duration.ofMinutes(10), Duration.ofMinutes(30), 3));
    private final TokenCodec codec = new TokenCodec("durable-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private RedisLink waiting;
    private RedisLink plain;

    private RedisSessionStore store(RedisLink link) {
        return new RedisSessionStore(link, new RedisKeys(prefix), policy, RedisTestLinks.serverTime(link, time),
                SessionEvents.NONE, new NearCache(time, Duration.ofSeconds(1), 100), Duration.ofSeconds(1),
                codec::userTag);
    }

    private Session created(RedisSessionStore store, String user) {
        TokenCodec.IssuedToken issued = codec.issue(user);
        return store.create(new Session(issued.key(), issued.key().idBits(), user, codec.fingerprint("fp"), 0, 0, 0,
                "127.0.0.1", "durable-test", PinState.NONE));
    }

    @AfterEach
    void close() {
        for (RedisLink link : new RedisLink[] {waiting, plain}) {
            if (link != null) {
                link.close();
            }
        }
        RedisTesting.deleteKeys(prefix);
    }

    @Test
    void anEndTheReplicasDoNotConfirmIsUnavailableAndRetriedAtTheNextUse() {
        RedisTesting.requireRedis();
        waiting = new RedisLink(RedisClients.standalone(RedisTesting.URL, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1)), 1, new RedisLink.Durability(1, Duration.ofMillis(50)));
        plain = RedisTestLinks.open();
        RedisSessionStore confirmed = store(plain);
        RedisSessionStore unconfirmed = store(waiting);
        Session session = created(confirmed, "alice");
        Session other = created(confirmed, "bob");

        assertThatThrownBy(() -> unconfirmed.end(session.key(), EndReason.REVOKED))
                .isInstanceOf(SessionStoreUnavailableException.class).hasMessageContaining("replicas");
        assertThat(confirmed.find(session.key())).as("ended on the primary all the same")
                .isInstanceOfSatisfying(Lookup.Ended.class, e -> assertThat(e.reason()).isEqualTo(EndReason.REVOKED));
        assertThatThrownBy(() -> unconfirmed.find(session.key())).as("the next use ends it again, unconfirmed")
                .isInstanceOf(SessionStoreUnavailableException.class);
        assertThatThrownBy(() -> unconfirmed.touch(session.key())).isInstanceOf(SessionStoreUnavailableException.class);
        assertThat(unconfirmed.find(other.key())).isInstanceOf(Lookup.Live.class);
        assertThatThrownBy(() -> unconfirmed.rotate(other.key(), codec.issue("bob").key()))
                .isInstanceOf(SessionStoreUnavailableException.class);
        assertThat(confirmed.find(other.key())).isInstanceOfSatisfying(Lookup.Ended.class,
                e -> assertThat(e.reason()).isEqualTo(EndReason.REVOKED));
        assertThatThrownBy(() -> created(unconfirmed, "dave")).as("a login (its evictions) is confirmed too")
                .isInstanceOf(SessionStoreUnavailableException.class);
    }

    @Test
    void withoutReplicasToWaitForEndsAreConfirmedAtOnce() {
        plain = RedisTestLinks.open();
        RedisSessionStore store = store(plain);
        Session session = created(store, "carol");
        assertThat(store.end(session.key(), EndReason.REVOKED)).isPresent();
        assertThat(store.find(session.key())).isInstanceOf(Lookup.Ended.class);
    }
}
