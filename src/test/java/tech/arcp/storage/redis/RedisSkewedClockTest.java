package tech.arcp.storage.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.arcp.SessionsFactory;
import tech.arcp.registry.AgentsFactory;
import tech.arcp.session.EndReason;
import tech.arcp.session.Lookup;
import tech.arcp.session.PinState;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionService;
import tech.arcp.session.SessionStore;
import tech.arcp.session.SessionStoreContract;
import tech.arcp.session.TokenCodec;
import tech.arcp.session.TokensFactory;
import tech.arcp.storage.Storage;
import tech.arcp.storage.StorageContext;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestTime;

/**
 * The store contract on the storage the {@code redis} store type builds for a node whose clock is
 * two hours ahead and steps while the sessions live: the Redis server's clock is the only time
 * authority, so nothing the node's clock says reaches a deadline or an instant.
 */
class RedisSkewedClockTest extends SessionStoreContract {
    private static final ObjectMapper YAML = Jackson.newObjectMapper(new YAMLFactory());
    private final String prefix = RedisTesting.newPrefix();
    private final SteppedClock nodeClock = new SteppedClock(Duration.ofHours(2));
    private Storage storage;

    @Override
    protected SessionStore newStore(RuntimeSettings policy, TestTime time, SessionEvents events) {
        RedisTesting.requireRedis();
        storage = storeType().build(new StorageContext(policy, new AgentsFactory().policy(), contractTokens(),
                time, nodeClock, events, YAML));
        return storage.sessions();
    }

    /** {@code tokens.key} of the contract's codec, so that the store and the contract agree on user tags. */
    private static TokensFactory contractTokens() {
        try {
            return YAML.readValue("key: " + CONTRACT_KEY, TokensFactory.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StorageFactoryReader storeType() {
        return new StorageFactoryReader(prefix);
    }

    /** A session as this node would make it: times from its own, wrong clock. */
    @Override
    protected Session newSession(String user) {
        TokenCodec.IssuedToken issued = codec.issue(user);
        long wrongTick = nodeClock.millis() * 1_000_000L;
        return new Session(issued.key(), issued.key().idBits(), user, codec.fingerprint("fp-" + user),
                nodeClock.millis(), wrongTick, wrongTick, "127.0.0.1", "skewed-clock-test", PinState.NONE);
    }

    @AfterEach
    @Override
    protected void closeStore() {
        if (storage != null) {
            storage.stop();
            RedisTesting.deleteKeys(prefix);
        }
    }

    /** What the storage shows (agents' instants) comes from the server's time, not the node's skewed clock. */
    @Test
    void storageClockIsTheRedisServersNotTheNodes() {
        Instant shown = storage.clock().instant();
        assertThat(Duration.between(Instant.now(), shown).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(nodeClock.instant(), shown).abs()).isGreaterThan(Duration.ofHours(1));
        nodeClock.step(Duration.ofHours(-4));
        assertThat(Duration.between(Instant.now(), storage.clock().instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void clockStepsOfTheNodeChangeNoDeadlineAndNoInstant() {
        SessionService service = new SessionService(store, storage.tokens(), policy, storage.timeBase(), nodeClock);
        Instant before = Instant.now();
        Session opened = service.open("alice", "fp-alice", "127.0.0.1", "skewed").session();
        assertThat(opened.createdAt()).as("the server's clock, not the node's +2 h")
                .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        nodeClock.step(Duration.ofHours(-4)); // now 2 h behind
        time.advance(IDLE.minusSeconds(1));
        Session touched = store.touch(opened.key()).orElseThrow();
        assertThat(touched.createdAt()).isEqualTo(opened.createdAt());
        assertThat(Duration.between(opened.createdAt(), touched.lastAccessAt()))
                .isBetween(IDLE.minusSeconds(1), IDLE.minusSeconds(1).plusSeconds(2));
        nodeClock.step(Duration.ofHours(6)); // now 4 h ahead
        time.advance(IDLE.minusSeconds(1));
        assertThat(store.find(opened.key())).isInstanceOf(Lookup.Live.class);
        time.advance(Duration.ofSeconds(1));
        assertEnded(opened, EndReason.IDLE_TIMEOUT);
    }

    @Test
    void storedTimesAreTheServersWhateverTheNodeSays() {
        Session asked = newSession("bob");
        Session stored = store.create(asked);
        assertThat(asked.createdAt()).isAfter(Instant.now().plus(Duration.ofMinutes(119)));
        assertThat(stored.createdAt()).isBetween(Instant.now().minusSeconds(5), Instant.now());
        assertThat(stored.createdTick()).isEqualTo(stored.lastAccessTick());
        assertThat(((Lookup.Live) store.find(stored.key())).session()).isEqualTo(stored);
    }

    /** The {@code redis} store type as {@code config.yml} names it, on the tests' Redis under {@code prefix}. */
    private record StorageFactoryReader(String prefix) {
        Storage build(StorageContext context) {
            try {
                SessionsFactory sessions = YAML.readValue("store:\n  type: redis\n  redis:\n    url: " + RedisTesting.URL
                        + "\n    keyPrefix: \"" + prefix + "\"\n", SessionsFactory.class);
                return sessions.store().build(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The system clock with an offset the test steps. */
    private static final class SteppedClock extends Clock {
        private final AtomicReference<Duration> offset;

        SteppedClock(Duration offset) {
            this.offset = new AtomicReference<>(offset);
        }

        void step(Duration by) {
            offset.updateAndGet(o -> o.plus(by));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
