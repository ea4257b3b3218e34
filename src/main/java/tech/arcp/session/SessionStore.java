package tech.arcp.session;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where sessions live. Keys are token digests; raw tokens never reach a store.
 *
 * <p>Contract shared by every implementation (see the store contract test):
 * <ul>
 *   <li>A session expires at {@code min(lastAccess + idle, created + absolute)} under the policy in
 *       force at the time of the access; only {@link #touch} moves last access, never backwards.</li>
 *   <li>Every ending (expiry, {@link #end}, eviction over the per-user limit) leaves a tombstone with
 *       its reason until at least the absolute deadline would have passed, and is reported once
 *       to {@link SessionEvents}.</li>
 *   <li>{@link #create} keeps at most {@code maxPerUser} live sessions per user, atomically, by
 *       ending the least recently used ones with {@link EndReason#EVICTED}.</li>
 * </ul>
 * Implementations throw {@link SessionStoreUnavailableException} when they cannot answer; they
 * never guess.
 */
public interface SessionStore {

    /**
     * Stores a new session and applies the per-user limit; returns the session as stored. A store
     * whose time authority is not this node (Redis: its server's clock) sets the creation and last
     * access instants and ticks itself.
     */
    Session create(Session session);

    /** Looks a key up without sliding its idle timer. */
    Lookup find(SessionKey key);

    /** Slides the idle timer of a live session to now; empty when it is no longer live. */
    Optional<Session> touch(SessionKey key);

    /** Ends a live session; empty when it was not live (nothing changes then). */
    Optional<Session> end(SessionKey key, EndReason reason);

    /** Moves a live session to a new token digest; the old one is tombstoned as {@code revoked}. */
    Optional<Session> rotate(SessionKey from, SessionKey to);

    /**
     * Replaces a live session's PIN state with {@code change} of it, leaving everything else
     * (key, times, idle deadline) as it is; empty when the session is not live. A shared store may
     * apply {@code change} more than once (it retries when another node changed the session
     * meanwhile), so {@code change} must be free of side effects; it must not return null.
     */
    Optional<Session> updatePin(SessionKey key, UnaryOperator<PinState> change);

    /** The user's live sessions, oldest first. */
    List<Session> sessionsOf(String user);

    /** How many sessions are live. */
    long size();
}
