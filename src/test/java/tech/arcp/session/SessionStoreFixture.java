package tech.arcp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tech.arcp.testing.TestTime;

/**
 * What every part of the {@link SessionStoreContract} runs on: the policy, a {@link TestTime}, the
 * recorded events, a fresh store per test and the helpers that make and check sessions.
 */
public abstract class SessionStoreFixture {
    protected static final Duration IDLE = Duration.ofMinutes(10);
    protected static final Duration ABSOLUTE = Duration.ofMinutes(30);
    protected static final int MAX_PER_USER = 3;

    protected final TestTime time = new TestTime();
    protected final RuntimeSettings policy = new RuntimeSettings(new SessionPolicy(IDLE, ABSOLUTE, MAX_PER_USER));
    protected final RecordingEvents events = new RecordingEvents();
    protected static final String CONTRACT_KEY = "contract-test-key-0123456789abcdef";
    protected final TokenCodec codec = new TokenCodec(CONTRACT_KEY.getBytes(StandardCharsets.UTF_8));
    protected SessionStore store;

    /** A fresh, empty store using this test's policy, time and events. */
    protected abstract SessionStore newStore(RuntimeSettings policy, TestTime time, SessionEvents events);

    @BeforeEach
    void createStore() {
        store = newStore(policy, time, events);
    }

    @AfterEach
    protected void closeStore() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    protected Session newSession(String user) {
        TokenCodec.IssuedToken issued = codec.issue(user);
        long now = time.read();
        return new Session(issued.key(), issued.key().idBits(), user, codec.fingerprint("fp-" + user),
                time.millis(), now, now, "127.0.0.1", "contract-test", PinState.NONE);
    }

    protected Session created(String user) {
        return store.create(newSession(user));
    }

    protected Lookup.Ended assertEnded(Session session, EndReason reason) {
        Lookup lookup = store.find(session.key());
        assertThat(lookup).isInstanceOf(Lookup.Ended.class);
        Lookup.Ended ended = (Lookup.Ended) lookup;
        assertThat(ended.reason()).isEqualTo(reason);
        assertThat(ended.sessionId()).isEqualTo(session.id());
        return ended;
    }

    protected void assertLive(Session session) {
        assertThat(store.find(session.key())).isInstanceOf(Lookup.Live.class);
    }

    /** Records events as {@code id} and {@code id:reason} strings. */
    protected static final class RecordingEvents implements SessionEvents {
        public final List<String> created = new CopyOnWriteArrayList<>();
        public final List<String> ended = new CopyOnWriteArrayList<>();

        @Override
        public void created(Session session) {
            created.add(session.id());
        }

        @Override
        public void ended(Session session, EndReason reason) {
            ended.add(session.id() + ":" + reason.slug());
        }
    }
}
