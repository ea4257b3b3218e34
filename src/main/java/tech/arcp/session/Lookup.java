package tech.arcp.session;

/** What a store knows about a key: a live session, a remembered ending, or nothing. */
public sealed interface Lookup {

    /** The session is live at the time of the lookup. */
    record Live(Session session) implements Lookup {
    }

    /** The session ended for {@code reason}; the store still remembers it (a tombstone). */
    record Ended(EndReason reason, long idBits) implements Lookup {
        public String sessionId() {
            return SessionIds.format(idBits);
        }
    }

    /** The store has never seen this key, or has forgotten it. */
    record Unknown() implements Lookup {
    }

    Unknown UNKNOWN = new Unknown();
}
