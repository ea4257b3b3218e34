package tech.arcp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tech.arcp.testing.TestTime;

/**
 * The rules every {@link SessionStore} must keep (SPEC §2, §7), run against each implementation:
 * creation and lookup, rotation and PIN updates here, deadlines and per-user limits inherited.
 * Time is a {@link TestTime}; nothing sleeps.
 */
public abstract class SessionStoreContract extends SessionStoreUserLimitContract {

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
}
