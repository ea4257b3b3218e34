package tech.arcp.auth;

import java.time.Duration;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.Authentication;
import tech.arcp.session.Denial;
import tech.arcp.session.SessionPolicy;

/** The problem body of each {@link Denial} (SPEC §2 "Answers to a protected request"). */
public final class DenialProblems {
    private DenialProblems() {
    }

    public static ProblemType type(Denial denial) {
        return switch (denial) {
            case MISSING_CREDENTIALS -> ProblemType.AUTHENTICATION_FAILED;
            case TOKEN_INVALID -> ProblemType.TOKEN_INVALID;
            case IDLE_TIMEOUT, ABSOLUTE_TIMEOUT, UNKNOWN_SESSION -> ProblemType.SESSION_EXPIRED;
            default -> ProblemType.SESSION_INVALID;
        };
    }

    /** The problem of a refused authentication, with the timeouts of {@code policy} in its detail. */
    public static Problem problem(Authentication.Denied denied, SessionPolicy policy) {
        return problem(denied.denial(), denied.sessionId(), policy.idleTimeout(), policy.absoluteTimeout());
    }

    public static Problem problem(Denial denial, String sessionId, Duration idle, Duration absolute) {
        Problem problem = Problem.of(type(denial), detail(denial, idle, absolute))
                .with("reason", denial.reason())
                .with("session_id", sessionId);
        return denial.isExpiry() ? problem.with("session_timeout", idle.toSeconds()) : problem;
    }

    private static String detail(Denial denial, Duration idle, Duration absolute) {
        return switch (denial) {
            case MISSING_CREDENTIALS -> "Missing or malformed bearer token";
            case TOKEN_INVALID -> "The token is invalid or was not issued by this service";
            case IDLE_TIMEOUT -> "Admin session has expired after " + span(idle) + " of inactivity";
            case ABSOLUTE_TIMEOUT -> "Admin session has reached its maximum lifetime of " + span(absolute);
            case UNKNOWN_SESSION -> "Admin session is no longer known - please log in again";
            case REVOKED -> "Admin session was ended - please log in again";
            case EVICTED -> "Admin session was ended because a newer login exceeded the session limit";
            case PIN_ATTEMPTS -> "Admin session was ended after too many incorrect PIN attempts";
            case FINGERPRINT_MISSING -> "Client fingerprint required - please re-authenticate";
            case FINGERPRINT_MISMATCH -> "Session fingerprint mismatch - please re-authenticate";
        };
    }

    /** "60 minutes", or "90 seconds" when the span is not whole minutes. */
    static String span(Duration d) {
        long seconds = d.toSeconds();
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
