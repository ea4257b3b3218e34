package tech.arcp.session.caffeine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Scheduler;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tech.arcp.session.EndReason;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionStore;
import tech.arcp.session.SessionStoreContract;
import tech.arcp.testing.TestTime;

class CaffeineSessionStoreTest extends SessionStoreContract {

    @Override
    protected SessionStore newStore(RuntimeSettings policy, TestTime time, SessionEvents events) {
        return new CaffeineSessionStore(policy, time, events, 10_000, Scheduler.disabledScheduler(), Runnable::run);
    }

    private CaffeineSessionStore caffeine() {
        return (CaffeineSessionStore) store;
    }

    @Test
    void expiryIsReportedWhenCaffeineEvictsNotOnlyOnNextUse() {
        Session session = created("alice");
        time.advance(IDLE);
        caffeine().cache().cleanUp();
        assertThat(events.ended).containsExactly(session.id() + ":idle_timeout");
        assertEnded(session, EndReason.IDLE_TIMEOUT);
        assertThat(events.ended).hasSize(1);
    }

    @Test
    void sessionJustPastItsDeadlineAnswersItsReasonBeforeTheTimerWheelFires() {
        policy.set(new tech.arcp.session.SessionPolicy(Duration.ofSeconds(5), Duration.ofSeconds(12), MAX_PER_USER));
        // maintenance that Caffeine would run asynchronously never runs here: only the read path acts
        store = new CaffeineSessionStore(policy, time, events, 10_000, Scheduler.disabledScheduler(), task -> { });
        Session session = created("alice");
        for (int i = 0; i < 3; i++) {
            time.advance(Duration.ofSeconds(3));
            store.touch(session.key());
        }
        time.advance(Duration.ofSeconds(3).plusMillis(1)); // 1 ms past the absolute deadline
        assertEnded(session, EndReason.ABSOLUTE_TIMEOUT);
        assertThat(events.ended).containsExactly(session.id() + ":absolute_timeout");
    }

    @Test
    void userIndexAndTombstonesReturnToEmpty() {
        for (int i = 0; i < 100; i++) {
            Session s = created("user-" + (i % 7));
            if (i % 3 == 0) {
                store.end(s.key(), EndReason.REVOKED);
            }
        }
        time.advance(ABSOLUTE.plus(IDLE).plusMinutes(1));
        assertThat(store.size()).isZero();
        assertThat(caffeine().indexedUsers()).isZero();
        assertThat(caffeine().tombstoneCount()).as("tombstones after %s", caffeine().tombstoneCount()).isZero();
    }

    @Test
    void sizeBoundEvictionEndsSessionsAsEvicted() {
        CaffeineSessionStore small = new CaffeineSessionStore(policy, time, events, 2, Scheduler.disabledScheduler(),
                Runnable::run);
        for (int i = 0; i < 5; i++) {
            Session s = newSession("user-" + i);
            small.create(s);
            time.advance(Duration.ofSeconds(1));
        }
        assertThat(small.size()).isLessThanOrEqualTo(2);
        assertThat(events.ended).hasSizeGreaterThanOrEqualTo(3).allMatch(e -> e.endsWith(":evicted"));
    }
}
