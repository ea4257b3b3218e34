package tech.arcp.session;

/**
 * Receives the life events of sessions, exactly once each, from whichever thread caused them
 * (a request, or the store's expiry). Implementations must be fast and must not call the store.
 */
public interface SessionEvents {
    SessionEvents NONE = new SessionEvents() {
    };

    default void created(Session session) {
    }

    default void ended(Session session, EndReason reason) {
    }

    /** Tells {@code first}, then {@code second}, of every event. */
    static SessionEvents both(SessionEvents first, SessionEvents second) {
        return new SessionEvents() {
            @Override
            public void created(Session session) {
                first.created(session);
                second.created(session);
            }

            @Override
            public void ended(Session session, EndReason reason) {
                first.ended(session, reason);
                second.ended(session, reason);
            }
        };
    }
}
