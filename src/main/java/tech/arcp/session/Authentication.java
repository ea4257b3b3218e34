package tech.arcp.session;

/** The outcome of checking a bearer token and fingerprint. */
public sealed interface Authentication {

    /** The request may proceed as this session. */
    record Granted(Session session) implements Authentication {
    }

    /**
     * The request is refused.
     *
     * @param sessionId the public id of the session concerned, or {@code null} when none is known
     */
    record Denied(Denial denial, String sessionId) implements Authentication {
    }
}
