package tech.arcp.login;

import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemException;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.SessionService;

/**
 * Admin login: checks the credentials (in constant time with respect to user existence) and
 * opens a session bound to the client fingerprint.
 *
 * @throws tech.arcp.problem.ProblemException {@code authentication-failed} on bad credentials
 */
public final class LoginService {
    private final AdminCredentials credentials;
    private final SessionService sessions;
    private final LoginObserver observer;

    public LoginService(AdminCredentials credentials, SessionService sessions) {
        this(credentials, sessions, LoginObserver.NONE);
    }

    public LoginService(AdminCredentials credentials, SessionService sessions, LoginObserver observer) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.observer = observer;
    }

    public SessionService.Opened login(String username, String password, String fingerprint,
                                       String clientIp, String userAgent) {
        String known = credentials.knows(username) ? username : null; // a mistyped password is no user name
        try (LoginObserver.Attempt attempt = observer.attempt(known, clientIp)) {
            try {
                SessionService.Opened opened = checkAndOpen(username, password, fingerprint, clientIp, userAgent);
                attempt.succeeded(opened.session());
                return opened;
            } catch (ProblemException e) {
                attempt.failed(e.problem());
                throw e;
            }
        }
    }

    private SessionService.Opened checkAndOpen(String username, String password, String fingerprint,
                                               String clientIp, String userAgent) {
        String user = credentials.check(username, password)
                .orElseThrow(() -> Problem.of(ProblemType.AUTHENTICATION_FAILED, "Invalid username or password")
                        .exception());
        return sessions.open(user, fingerprint, clientIp, userAgent);
    }
}
