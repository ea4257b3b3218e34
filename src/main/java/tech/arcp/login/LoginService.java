package tech.arcp.login;

import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemException;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.SessionService;

/**
 * Admin login: refuses locked user names and addresses ({@link LoginThrottle}), checks the
 * credentials (in constant time with respect to user existence) and opens a session bound to the
 * client fingerprint.
 *
 * @throws tech.arcp.problem.ProblemException {@code authentication-failed} on bad credentials,
 *         {@code rate-limit-exceeded} while throttled
 */
public final class LoginService {
    private final AdminCredentials credentials;
    private final SessionService sessions;
    private final LoginThrottle throttle;
    private final LoginObserver observer;
    private final SecurityEvents events;

    public LoginService(AdminCredentials credentials, SessionService sessions, LoginThrottle throttle,
                        LoginObserver observer, SecurityEvents events) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.throttle = throttle;
        this.observer = observer;
        this.events = events;
    }

    public SessionService.Opened login(String username, String password, String fingerprint,
                                       String clientIp, String userAgent) {
        String known = credentials.knows(username) ? username : null; // a mistyped password is no user name
        try (LoginObserver.Attempt attempt = observer.attempt(known, clientIp)) {
            try {
                SessionService.Opened opened = checkAndOpen(username, known, password, fingerprint, clientIp,
                        userAgent);
                attempt.succeeded(opened.session());
                return opened;
            } catch (ProblemException e) {
                attempt.failed(e.problem());
                throw e;
            }
        }
    }

    private SessionService.Opened checkAndOpen(String username, String known, String password, String fingerprint,
                                               String clientIp, String userAgent) {
        throttle.check(username, clientIp);
        String user = credentials.check(username, password).orElse(null);
        if (user == null) {
            throttle.failed(username, clientIp, known, events);
            throw Problem.of(ProblemType.AUTHENTICATION_FAILED, "Invalid username or password").exception();
        }
        throttle.succeeded(user);
        return sessions.open(user, fingerprint, clientIp, userAgent);
    }
}
