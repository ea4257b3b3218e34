package tech.arcp.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Scheduler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tech.arcp.problem.ProblemException;
import tech.arcp.session.EndReason;
import tech.arcp.session.Lookup;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.SessionService;
import tech.arcp.session.TokenCodec;
import tech.arcp.session.caffeine.CaffeineSessionStore;
import tech.arcp.testing.TestTime;

class SessionPinsTest {
    private static final String IP = "192.0.2.10";
    private final TestTime time = new TestTime();
    private final RuntimeSettings settings = new RuntimeSettings(
            new SessionPolicy(Duration.ofHours(1), Duration.ofHours(12), 5));
    private final CaffeineSessionStore store = new CaffeineSessionStore(settings, time, SessionEvents.NONE, 1000,
            Scheduler.disabledScheduler(), Runnable::run);
    private final SessionService sessions = new SessionService(store,
            new TokenCodec("pins-test-key-0123456789abcdefghijkl".getBytes(StandardCharsets.UTF_8)),
            settings, time, time);
    private final Throttle byIp = new Throttle(new Throttle.Settings(20, Duration.ofMinutes(15),
            Duration.ofMinutes(5), Duration.ofHours(1), 1000), time);
    private final SessionPins pins = new SessionPins(new PinRules(4, 32, 5),
            new Argon2PasswordHasher(8192, 1, 1), sessions, byIp);

    private Session open() {
        return sessions.open("alice", "fp", IP, "test").session();
    }

    private Session current(Session s) {
        return ((Lookup.Live) store.find(s.key())).session();
    }

    private static void assertProblem(Runnable call, String slug, Consumer<ProblemException> more) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().type().slug()).isEqualTo(slug);
            more.accept(e);
        });
    }

    @Test
    void storesOnlyASaltedHashAndVerifiesIt() {
        Session s = open();
        pins.set(s, "7391");
        Session after = current(s);
        assertThat(after.pin().hash()).startsWith("$argon2id$").doesNotContain("7391");
        assertThat(after.pin().verified()).isFalse();
        pins.verify(after, "7391", IP);
        assertThat(current(s).pin().verified()).isTrue();
        assertThat(current(s).lastAccessTick()).isEqualTo(s.lastAccessTick());
    }

    @Test
    void shippedHashCostTakesAtLeastTenMilliseconds() {
        PasswordHasher shipped = new PasswordHashingFactory().build(); // the defaults config.yml repeats
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            shipped.hash("7391");
            fastest = Math.min(fastest, System.nanoTime() - start);
        }
        assertThat(Duration.ofNanos(fastest)).isGreaterThanOrEqualTo(Duration.ofMillis(10));
    }

    @Test
    void refusesASecondPinAndOutOfRangeAndWeakPins() {
        Session s = open();
        assertProblem(() -> pins.set(s, "123"), "pin-invalid-length", e ->
                assertThat(e.problem().extensions()).containsEntry("min_length", 4).containsEntry("max_length", 32)
                        .containsEntry("provided_length", 3));
        assertProblem(() -> pins.set(s, "x".repeat(33)), "pin-invalid-length", e -> { });
        for (String weak : new String[] {"1234", "0000", "123456", "password", "ADMIN", "9876", "55555"}) {
            assertProblem(() -> pins.set(s, weak), "validation-failed", e -> { });
        }
        assertThat(current(s).pin().isSet()).isFalse();
        pins.set(s, "7391");
        assertProblem(() -> pins.set(current(s), "8462"), "pin-already-set", e -> { });
        assertProblem(() -> pins.set(s, "8462"), "pin-already-set", e -> { }); // stale copy: the store decides
    }

    @Test
    void fifthWrongPinEndsTheSession() {
        Session s = open();
        pins.set(s, "7391");
        for (int remaining = 4; remaining >= 1; remaining--) {
            int expected = remaining;
            assertProblem(() -> pins.verify(current(s), "0001", IP), "pin-incorrect", e ->
                    assertThat(e.problem().extensions()).containsEntry("attempts_remaining", expected));
        }
        Session beforeLast = current(s);
        assertProblem(() -> pins.verify(beforeLast, "9999x", IP), "pin-incorrect", e ->
                assertThat(e.problem().extensions()).containsEntry("attempts_remaining", 0));
        assertThat(store.find(s.key())).isEqualTo(new Lookup.Ended(EndReason.PIN_ATTEMPTS, s.idBits()));
    }

    @Test
    void verifyBeforeSetAnswersPinNotSetWithoutCounting() {
        Session s = open();
        assertProblem(() -> pins.verify(s, "7391", IP), "pin-not-set", e -> { });
        assertThat(current(s).pin().failures()).isZero();
        assertThat(byIp.lockedFor(IP)).isLessThanOrEqualTo(0);
    }

    @Test
    void headerGuardNeedsTheHeaderAndTheRightPin() {
        Session s = open();
        assertProblem(() -> pins.require(s, null, IP), "pin-required", e -> { });
        assertProblem(() -> pins.require(s, "7391", IP), "pin-not-set", e -> { });
        pins.set(s, "7391");
        assertProblem(() -> pins.require(current(s), "7392", IP), "pin-incorrect", e ->
                assertThat(e.problem().extensions()).containsEntry("attempts_remaining", 4));
        pins.require(current(s), "7391", IP);
        assertThat(current(s).pin().verified()).isFalse();
    }

    @Test
    void perAddressThrottleLocksPinChecksAcrossSessions() {
        for (int i = 0; i < 5; i++) {
            Session s = open();
            pins.set(s, "7391");
            for (int j = 0; j < 4; j++) {
                assertProblem(() -> pins.verify(current(s), "1111x", IP), "pin-incorrect", e -> { });
            }
        }
        Session fresh = open();
        pins.set(fresh, "7391");
        assertProblem(() -> pins.verify(current(fresh), "7391", IP), "rate-limit-exceeded", e ->
                assertThat(e.problem().extensions()).containsEntry("attempt_type", "pin")
                        .containsEntry("retry_after", 300L));
        pins.verify(current(fresh), "7391", "192.0.2.11");
        time.advance(Duration.ofMinutes(5));
        pins.verify(current(fresh), "7391", IP);
    }
}
