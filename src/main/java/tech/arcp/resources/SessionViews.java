package tech.arcp.resources;

import java.time.Instant;
import java.util.List;
import tech.arcp.api.SessionStatus;
import tech.arcp.api.SessionSummary;
import tech.arcp.api.Times;
import tech.arcp.api.TokenPayload;
import tech.arcp.session.Session;
import tech.arcp.session.SessionPolicy;

/** Renders a session for the API: wall-clock instants derived from its monotonic deadlines. */
final class SessionViews {
    private SessionViews() {
    }

    static String agentId(String user) {
        return "user_" + user;
    }

    static Instant idleExpiresAt(Session s, SessionPolicy p) {
        return s.instantOf(s.idleDeadlineTick(p));
    }

    static Instant absoluteExpiresAt(Session s, SessionPolicy p) {
        return s.instantOf(s.absoluteDeadlineTick(p));
    }

    static SessionStatus status(Session s, SessionPolicy p) {
        return new SessionStatus(true, s.user(), "admin", agentId(s.user()), true, true,
                s.pin().isSet(), s.pin().verified(), s.id(), Times.iso(s.createdAt()), Times.iso(s.lastAccessAt()),
                Times.iso(idleExpiresAt(s, p)), Times.iso(absoluteExpiresAt(s, p)),
                s.instantOf(s.deadlineTick(p)).getEpochSecond(), p.idleTimeout().toSeconds());
    }

    static SessionSummary summary(Session s, SessionPolicy p, String currentId) {
        return new SessionSummary(s.id(), Times.iso(s.createdAt()), Times.iso(s.lastAccessAt()),
                Times.iso(idleExpiresAt(s, p)), Times.iso(absoluteExpiresAt(s, p)), s.clientIp(), s.userAgent(),
                s.pin().isSet(), s.id().equals(currentId));
    }

    static TokenPayload payload(Session s, SessionPolicy p) {
        return new TokenPayload(s.user(), "admin", List.of("admin"), agentId(s.user()), s.id(),
                s.createdAt().getEpochSecond(), s.instantOf(s.deadlineTick(p)).getEpochSecond());
    }
}
