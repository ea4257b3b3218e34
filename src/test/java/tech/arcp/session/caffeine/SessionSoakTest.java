package tech.arcp.session.caffeine;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Scheduler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tech.arcp.observability.MetricNames;
import tech.arcp.observability.SessionMetrics;
import tech.arcp.session.Access;
import tech.arcp.session.Authentication;
import tech.arcp.session.Denial;
import tech.arcp.session.EndReason;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.SessionService;
import tech.arcp.session.TokenCodec;
import tech.arcp.testing.CountingSessionEvents;
import tech.arcp.testing.TestTime;

/**
 * Soak: 10,000 sessions opened, used, refreshed, ended and expired by a fake ticker, from many
 * threads over many users, against the Caffeine store and the session service. At the end the
 * store, its per-user index and its tombstones are back to empty, and the events balance:
 * {@code created == sum(ended) + active}, with every session ended exactly once.
 *
 * <p>After the merge of the metrics (issue 4), the same balance should be asserted on
 * {@code arcp.sessions.created}, {@code arcp.sessions.ended.*} and {@code arcp.sessions.active}
 * (see the note on {@link #assertBalanced}).
 */
@Timeout(value = 110, unit = TimeUnit.SECONDS)
class SessionSoakTest {
    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final Duration ABSOLUTE = Duration.ofMinutes(45);
    private static final Duration STEP = Duration.ofSeconds(90);
    private static final int MAX_PER_USER = 4;
    private static final int SESSIONS = 10_000;
    private static final int THREADS = 8;
    private static final int ROUNDS = 50;
    private static final int USERS = 200;
    private static final int KEEPERS = 20;

    private final TestTime time = new TestTime();
    private final RuntimeSettings policy = new RuntimeSettings(new SessionPolicy(IDLE, ABSOLUTE, MAX_PER_USER));
    private final CountingSessionEvents events = new CountingSessionEvents();
    private final MetricRegistry registry = new MetricRegistry();
    private final SessionMetrics metrics = new SessionMetrics(registry);
    private final CaffeineSessionStore store = new CaffeineSessionStore(policy, time,
            SessionEvents.both(events, metrics), 1_000_000, Scheduler.disabledScheduler(), Runnable::run);
    private final TokenCodec codec = new TokenCodec("soak-test-key-0123456789abcdefghijkl".getBytes(StandardCharsets.UTF_8));
    private final SessionService service = new SessionService(store, codec, policy, time, time);
    private final AtomicReferenceArray<String> tokens = new AtomicReferenceArray<>(SESSIONS);
    private final AtomicReferenceArray<String> fingerprints = new AtomicReferenceArray<>(SESSIONS);
    private final AtomicInteger issued = new AtomicInteger();
    private final Map<Denial, LongAdder> denials = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final List<String> keepers = new ArrayList<>();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void tenThousandSessionsLeaveNoTraceAndBalanceTheirEvents() throws Exception {
        metrics.watch(store);
        for (int k = 0; k < KEEPERS; k++) {
            keepers.add(service.open("keeper-" + k, "fp-keeper", "127.0.0.1", "soak").token());
        }
        for (int round = 0; round < ROUNDS; round++) {
            runRound(round);
            keepers.forEach(token -> check(service.authenticate(token, "fp-keeper", Access.SLIDING),
                    Denial.ABSOLUTE_TIMEOUT, Denial.UNKNOWN_SESSION));
            assertBalanced(store.size());
            assertThat(store.indexedUsers()).isLessThanOrEqualTo(USERS + KEEPERS);
            time.advance(STEP);
        }
        assertThat(issued.get()).isEqualTo(SESSIONS);
        assertThat(events.created.sum()).isEqualTo(SESSIONS + KEEPERS);
        assertThat(events.endedTotal()).as("some sessions still live before the final expiry").isLessThan(SESSIONS);
        assertThat(events.ended(EndReason.IDLE_TIMEOUT)).isPositive();
        assertThat(events.ended(EndReason.ABSOLUTE_TIMEOUT)).as("kept-alive sessions end absolutely").isEqualTo(KEEPERS);
        assertThat(events.ended(EndReason.REVOKED)).isPositive();
        assertThat(events.ended(EndReason.EVICTED)).isPositive();

        time.advance(ABSOLUTE.plus(IDLE).plusMinutes(1));

        assertThat(store.size()).isZero();
        assertThat(store.indexedUsers()).isZero();
        assertThat(store.tombstoneCount()).isZero();
        assertBalanced(0);
        assertThat(events.endedOnce).hasSize(SESSIONS + KEEPERS);
        assertThat(events.duplicateEndings.get()).as("sessions ended more than once").isZero();
        assertEveryTokenIsNowUnknown();
        assertThat(denials.keySet()).contains(Denial.FINGERPRINT_MISMATCH, Denial.REVOKED);
    }

    /**
     * {@code created == sum(ended) + active}, in the events and in the metrics: the meter
     * {@code arcp.sessions.created} equals the events' count, each {@code arcp.sessions.ended.<reason>}
     * equals the events' count of that reason, and the gauge {@code arcp.sessions.active} equals
     * {@code active}.
     */
    private void assertBalanced(long active) {
        assertThat(events.created.sum()).as("created == sum(ended) + active")
                .isEqualTo(events.endedTotal() + active);
        assertThat(registry.meter(MetricNames.SESSIONS_CREATED).getCount()).isEqualTo(events.created.sum());
        long endedMeters = 0;
        for (EndReason reason : EndReason.values()) {
            long count = registry.meter(MetricNames.ended(reason)).getCount();
            assertThat(count).as("arcp.sessions.ended.%s", reason.slug()).isEqualTo(events.ended(reason));
            endedMeters += count;
        }
        assertThat(registry.meter(MetricNames.SESSIONS_CREATED).getCount()).isEqualTo(endedMeters + active);
        assertThat(registry.getGauges().get(MetricNames.SESSIONS_ACTIVE).getValue()).isEqualTo(active);
    }

    private void runRound(int round) throws Exception {
        List<Future<?>> work = new ArrayList<>();
        int perThread = SESSIONS / ROUNDS / THREADS;
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    useOneSession("user-" + Math.floorMod(round * 31 + thread * 7 + i * 13, USERS));
                    touchAnOlderSession();
                }
            }));
        }
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
    }

    /** Opens a session and uses it the ways a client does; a session may be evicted meanwhile. */
    private void useOneSession(String user) {
        String fp = "fp-" + user;
        SessionService.Opened opened = service.open(user, fp, "127.0.0.1", "soak");
        String token = opened.token();
        int slot = issued.getAndIncrement();
        fingerprints.set(slot, fp);
        tokens.set(slot, token);
        check(service.authenticate(token, fp, Access.SLIDING), Denial.EVICTED);
        check(service.authenticate(token, fp, Access.QUIET), Denial.EVICTED);
        Authentication wrong = service.authenticate(token, "other-" + fp, Access.SLIDING);
        assertThat(wrong).isInstanceOf(Authentication.Denied.class);
        check(wrong, Denial.EVICTED);
        int dice = ThreadLocalRandom.current().nextInt(10);
        if (dice == 0) {
            service.end(opened.session(), EndReason.REVOKED);
            check(service.authenticate(token, fp, Access.SLIDING), Denial.REVOKED);
        } else if (dice == 1) {
            service.refresh(opened.session()).ifPresent(fresh -> {
                tokens.set(slot, fresh.token());
                check(service.authenticate(token, fp, Access.SLIDING), Denial.REVOKED);
            });
        }
    }

    /** Slides a random earlier session, which may have ended any way by now. */
    private void touchAnOlderSession() {
        int slot = ThreadLocalRandom.current().nextInt(issued.get());
        String token = tokens.get(slot);
        if (token != null) {
            check(service.authenticate(token, fingerprints.get(slot), Access.SLIDING), Denial.IDLE_TIMEOUT,
                    Denial.ABSOLUTE_TIMEOUT, Denial.UNKNOWN_SESSION, Denial.REVOKED, Denial.EVICTED);
        }
    }

    /**
     * Records a denial: a grant is fine, and so is an ending in {@code allowed} (another thread may
     * have ended the session meanwhile); a wrong fingerprint is always denied as a mismatch.
     */
    private void check(Authentication result, Denial... allowed) {
        if (result instanceof Authentication.Denied d) {
            denials.computeIfAbsent(d.denial(), k -> new LongAdder()).increment();
            if (d.denial() != Denial.FINGERPRINT_MISMATCH) {
                assertThat(d.denial()).isIn((Object[]) allowed);
            }
        }
    }

    private void assertEveryTokenIsNowUnknown() {
        List<String> all = new ArrayList<>(keepers);
        for (int i = 0; i < SESSIONS; i++) {
            all.add(tokens.get(i));
        }
        for (String token : all) {
            Authentication result = service.authenticate(token, "x", Access.QUIET);
            assertThat(result).isEqualTo(new Authentication.Denied(Denial.UNKNOWN_SESSION, null));
        }
    }
}
