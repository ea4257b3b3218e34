package tech.arcp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.arcp.testing.TestTime;

/**
 * The rules every {@link SessionStore} must keep (SPEC §2, §7), run against each implementation.
 * Time is a {@link TestTime}; nothing sleeps.
 */
public abstract class SessionStoreContract {
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

    @Test
    void createdSessionIsFoundLiveWithItsData() {
        Session session = created("alice");
        Lookup lookup = store.find(session.key());
        assertThat(lookup).isInstanceOf(Lookup.Live.class);
        Session found = ((Lookup.Live) lookup).session();
        assertThat(found.id()).isEqualTo(session.id());
        assertThat(found.user()).isEqualTo("alice");
        assertThat(found.fingerprint().matches(codec.fingerprint("fp-alice"))).isTrue();
        assertThat(found.createdAtMillis()).isEqualTo(session.createdAtMillis());
        assertThat(events.created).containsExactly(session.id());
    }

    @Test
    void unknownKeyIsUnknown() {
        assertThat(store.find(codec.issue("alice").key())).isInstanceOf(Lookup.Unknown.class);
    }

    @Test
    void quietFindDoesNotSlideIdleDeadline() {
        Session session = created("alice");
        time.advance(IDLE.minusSeconds(1));
        assertLive(session);
        time.advance(Duration.ofSeconds(1));
        assertEnded(session, EndReason.IDLE_TIMEOUT);
        assertThat(events.ended).containsExactly(session.id() + ":idle_timeout");
    }

    @Test
    void touchSlidesIdleDeadline() {
        Session session = created("alice");
        time.advance(IDLE.minusSeconds(1));
        assertThat(store.touch(session.key())).isPresent();
        time.advance(IDLE.minusSeconds(1));
        assertLive(session);
        time.advance(Duration.ofSeconds(1));
        assertEnded(session, EndReason.IDLE_TIMEOUT);
    }

    @Test
    void absoluteDeadlineIsNeverExtendedByTouches() {
        Session session = created("alice");
        for (int i = 0; i < 3; i++) {
            time.advance(Duration.ofMinutes(9));
            assertThat(store.touch(session.key())).isPresent();
        }
        time.advance(Duration.ofMinutes(3)); // 30 minutes since creation, last touch 3 minutes ago
        assertEnded(session, EndReason.ABSOLUTE_TIMEOUT);
        assertThat(events.ended).containsExactly(session.id() + ":absolute_timeout");
    }

    @Test
    void touchOfExpiredSessionFailsAndKeepsReason() {
        Session session = created("alice");
        time.advance(IDLE);
        assertThat(store.touch(session.key())).isEmpty();
        assertEnded(session, EndReason.IDLE_TIMEOUT);
    }

    @Test
    void endLeavesTombstoneAndReportsOnce() {
        Session session = created("alice");
        assertThat(store.end(session.key(), EndReason.REVOKED)).isPresent();
        assertThat(store.end(session.key(), EndReason.REVOKED)).isEmpty();
        assertEnded(session, EndReason.REVOKED);
        assertThat(events.ended).containsExactly(session.id() + ":revoked");
        assertThat(store.sessionsOf("alice")).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void tombstoneOutlivesTheAbsoluteDeadlineThenIsForgotten() {
        Session session = created("alice");
        store.end(session.key(), EndReason.PIN_ATTEMPTS);
        time.advance(ABSOLUTE.minusSeconds(1));
        assertEnded(session, EndReason.PIN_ATTEMPTS);
        time.advance(IDLE.plusMinutes(1));
        assertThat(store.find(session.key())).isInstanceOf(Lookup.Unknown.class);
    }

    @Test
    void loginOverTheLimitEvictsLeastRecentlyUsed() {
        Session first = created("alice");
        time.advance(Duration.ofSeconds(1));
        Session second = created("alice");
        time.advance(Duration.ofSeconds(1));
        Session third = created("alice");
        time.advance(Duration.ofSeconds(1));
        store.touch(first.key());
        time.advance(Duration.ofSeconds(1));
        Session fourth = created("alice");

        assertEnded(second, EndReason.EVICTED);
        assertLive(first);
        assertLive(third);
        assertLive(fourth);
        assertThat(store.sessionsOf("alice")).extracting(Session::id)
                .containsExactly(first.id(), third.id(), fourth.id());
        assertThat(events.ended).containsExactly(second.id() + ":evicted");
    }

    @Test
    void limitIsPerUser() {
        for (int i = 0; i < MAX_PER_USER; i++) {
            created("alice");
            created("bob");
        }
        assertThat(store.sessionsOf("alice")).hasSize(MAX_PER_USER);
        assertThat(store.sessionsOf("bob")).hasSize(MAX_PER_USER);
        assertThat(events.ended).isEmpty();
        assertThat(store.size()).isEqualTo(2L * MAX_PER_USER);
    }

    @Test
    void concurrentLoginsOfOneUserLeaveExactlyTheLimitAlive() throws Exception {
        int logins = 50;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Session>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < logins; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return created("alice");
                }));
            }
            start.countDown();
            List<Session> all = new ArrayList<>();
            for (Future<Session> f : futures) {
                all.add(f.get(30, TimeUnit.SECONDS));
            }
            long live = all.stream().filter(s -> store.find(s.key()) instanceof Lookup.Live).count();
            assertThat(live).isEqualTo(MAX_PER_USER);
            assertThat(store.sessionsOf("alice")).hasSize(MAX_PER_USER);
            assertThat(events.ended).hasSize(logins - MAX_PER_USER).allMatch(e -> e.endsWith(":evicted"));
            assertThat(events.created).hasSize(logins);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rotateMovesSessionToNewKeyAndRevokesOldOne() {
        Session session = created("alice");
        TokenCodec.IssuedToken next = codec.issue("alice");
        time.advance(Duration.ofMinutes(1));
        Session moved = store.rotate(session.key(), next.key()).orElseThrow();
        assertThat(moved.id()).isEqualTo(session.id());
        assertThat(moved.createdTick()).isEqualTo(session.createdTick());
        assertEnded(session, EndReason.REVOKED);
        assertThat(store.find(next.key())).isInstanceOf(Lookup.Live.class);
        assertThat(store.sessionsOf("alice")).extracting(Session::id).containsExactly(session.id());
        assertThat(events.ended).isEmpty();
        time.advance(ABSOLUTE.minusMinutes(1));
        assertThat(store.find(next.key())).isInstanceOf(Lookup.Ended.class);
    }

    @Test
    void rotateOfEndedSessionChangesNothing() {
        Session session = created("alice");
        store.end(session.key(), EndReason.REVOKED);
        TokenCodec.IssuedToken next = codec.issue("alice");
        assertThat(store.rotate(session.key(), next.key())).isEmpty();
        assertThat(store.find(next.key())).isInstanceOf(Lookup.Unknown.class);
    }

    @Test
    void updateChangesPinStateWithoutSlidingIdleDeadline() {
        Session session = created("alice");
        time.advance(IDLE.minusSeconds(1));
        Session updated = store.updatePin(session.key(), pin -> pin.withHash("$argon2id$fake").withFailure())
                .orElseThrow();
        assertThat(updated.pin().isSet()).isTrue();
        assertThat(updated.pin().failures()).isEqualTo(1);
        Session found = ((Lookup.Live) store.find(session.key())).session();
        assertThat(found.pin()).isEqualTo(updated.pin());
        time.advance(Duration.ofSeconds(1));
        assertEnded(session, EndReason.IDLE_TIMEOUT);
    }

    @Test
    void updatePinChangesThePinOnlyKeyTimesAndFingerprintStay() {
        Session session = created("alice");
        time.advance(Duration.ofSeconds(5));
        Session updated = store.updatePin(session.key(), pin -> pin.withHash("$argon2id$fake").verifiedNow())
                .orElseThrow();
        assertThat(updated.pin().verified()).isTrue();
        assertThat(updated.withPin(session.pin())).isEqualTo(session);
        assertThat(((Lookup.Live) store.find(session.key())).session()).isEqualTo(updated);
    }

    @Test
    void updatePinOfAnEndedSessionIsEmptyAndANullPinIsRefused() {
        Session session = created("alice");
        assertThatThrownBy(() -> store.updatePin(session.key(), pin -> null))
                .isInstanceOf(NullPointerException.class);
        assertThat(((Lookup.Live) store.find(session.key())).session().pin()).isEqualTo(session.pin());
        store.end(session.key(), EndReason.REVOKED);
        assertThat(store.updatePin(session.key(), PinState::withFailure)).isEmpty();
    }

    @Test
    void sessionsOfListsOnlyLiveSessionsOfThatUserOldestFirst() {
        Session a1 = created("alice");
        time.advance(Duration.ofSeconds(1));
        Session a2 = created("alice");
        Session b1 = created("bob");
        store.end(a1.key(), EndReason.REVOKED);
        time.advance(Duration.ofSeconds(1));
        Session a3 = created("alice");
        assertThat(store.sessionsOf("alice")).extracting(Session::id).containsExactly(a2.id(), a3.id());
        assertThat(store.sessionsOf("bob")).extracting(Session::id).containsExactly(b1.id());
        assertThat(store.sessionsOf("carol")).isEmpty();
    }

    @Test
    void shorterIdleTimeoutAppliesToLiveSessionsAtNextAccess() {
        Session session = created("alice");
        time.advance(Duration.ofMinutes(5));
        policy.set(new SessionPolicy(Duration.ofMinutes(2), ABSOLUTE, MAX_PER_USER));
        assertEnded(session, EndReason.IDLE_TIMEOUT);
    }

    @Test
    void longerIdleTimeoutKeepsLiveSessionsAlive() {
        Session session = created("alice");
        policy.set(new SessionPolicy(Duration.ofMinutes(20), ABSOLUTE, MAX_PER_USER));
        time.advance(Duration.ofMinutes(15));
        assertLive(session);
    }

    @Test
    void sizeCountsLiveSessions() {
        Session a = created("alice");
        created("bob");
        created("carol");
        store.end(a.key(), EndReason.REVOKED);
        assertThat(store.size()).isEqualTo(2);
        time.advance(IDLE);
        assertThat(store.size()).isZero();
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
