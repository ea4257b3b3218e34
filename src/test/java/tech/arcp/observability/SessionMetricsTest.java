package tech.arcp.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Scheduler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.arcp.api.SessionStats;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.EndReason;
import tech.arcp.session.PinState;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.TokenCodec;
import tech.arcp.session.caffeine.CaffeineSessionStore;
import tech.arcp.testing.TestTime;

class SessionMetricsTest {
    private static final Duration IDLE = Duration.ofMinutes(10);
    private final TestTime time = new TestTime();
    private final MetricRegistry registry = new MetricRegistry();
    private final SessionMetrics metrics = new SessionMetrics(registry);
    private final RuntimeSettings policy = new RuntimeSettings(new SessionPolicy(IDLE, Duration.ofHours(1), 2));
    private final CaffeineSessionStore store = new CaffeineSessionStore(policy, time, metrics, 1000,
            Scheduler.disabledScheduler(), Runnable::run);
    private final TokenCodec codec = new TokenCodec("metrics-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    private Session login(String user) {
        TokenCodec.IssuedToken issued = codec.issue(user);
        Session s = new Session(issued.key(), issued.key().idBits(), user, codec.fingerprint("fp"), time.millis(),
                time.read(), time.read(), "127.0.0.1", "test", PinState.NONE);
        store.create(s);
        time.advance(Duration.ofSeconds(1)); // distinct last-access times: the LRU is well defined
        return s;
    }

    private long count(String name) {
        return registry.meter(name).getCount();
    }

    @Test
    void everyEndReasonIsRegisteredAtStartAndShowsZero() {
        for (EndReason reason : EndReason.values()) {
            assertThat(registry.getMeters()).containsKey(MetricNames.ended(reason));
            assertThat(count(MetricNames.ended(reason))).isZero();
        }
        assertThat(registry.getMeters()).containsKey(MetricNames.SESSIONS_CREATED);
    }

    @Test
    void idleExpiryIsCountedWhenCaffeineCleansUpNotOnNextUse() {
        metrics.watch(store);
        login("alice");
        time.advance(IDLE);
        assertThat(count(MetricNames.ended(EndReason.IDLE_TIMEOUT))).as("before any maintenance").isZero();

        store.cache().cleanUp();

        assertThat(count(MetricNames.ended(EndReason.IDLE_TIMEOUT))).isEqualTo(1);
        assertThat(registry.getGauges().get(MetricNames.SESSIONS_ACTIVE).getValue()).isEqualTo(0L);
    }

    @Test
    void activeGaugeReadsTheStoreAndStatisticsAgreeWithTheMeters() {
        metrics.watch(store);
        Session a = login("alice");
        login("alice");
        login("alice"); // over the limit of 2: the oldest is evicted
        login("bob");
        store.end(a.key(), EndReason.REVOKED); // already evicted: nothing ends twice

        assertThat(registry.getGauges().get(MetricNames.SESSIONS_ACTIVE).getValue()).isEqualTo(3L);
        assertThat(metrics.statistics()).isEqualTo(new SessionStats(3L, 4L, Map.of("idle_timeout", 0L,
                "absolute_timeout", 0L, "revoked", 0L, "evicted", 1L, "pin_attempts", 0L)));
    }

    @Test
    void authFailureMetersExistForEverySlugTheFilterAnswers() {
        AuthFailureMetrics failures = new AuthFailureMetrics(registry);
        assertThat(AuthFailureMetrics.answerableSlugs()).containsExactlyInAnyOrder("authentication-failed",
                "token-invalid", "session-expired", "session-invalid", "invalid-input");
        AuthFailureMetrics.answerableSlugs().forEach(slug ->
                assertThat(registry.getMeters()).containsKey(MetricNames.authFailure(slug)));

        failures.failed(Problem.of(ProblemType.SESSION_EXPIRED, "x"), "req_1");
        failures.failed(Problem.of(ProblemType.SESSION_EXPIRED, "x"), "req_2");

        assertThat(count(MetricNames.authFailure("session-expired"))).isEqualTo(2);
        assertThat(count(MetricNames.authFailure("token-invalid"))).isZero();
    }
}
