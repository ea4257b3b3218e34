package tech.arcp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The deadline rules of the {@link SessionStoreContract} (SPEC §2): idle and absolute timeouts,
 * touches, ending with a tombstone, policy changes and the live count.
 */
public abstract class SessionStoreLifecycleContract extends SessionStoreFixture {

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
}
