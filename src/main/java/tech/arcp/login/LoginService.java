package tech.arcp.login;

import tech.arcp.problem.Problem;
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

    public LoginService(AdminCredentials credentials, SessionService sessions, LoginThrottle throttle) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    public SessionService.Opened login(String username, String password, String fingerprint,
                                       String clientIp, String userAgent) {
        throttle.check(username, clientIp);
        String user = credentials.check(username, password).orElse(null);
        if (user == null) {
            throttle.failed(username, clientIp);
            throw Problem.of(ProblemType.AUTHENTICATION_FAILED, "Invalid username or password").exception();
        }
        throttle.succeeded(user);
        return sessions.open(user, fingerprint, clientIp, userAgent);
    }
}
