package tech.arcp.observability;

import com.codahale.metrics.Timer;
import tech.arcp.audit.AuditLog;
import tech.arcp.login.LoginObserver;
import tech.arcp.problem.Problem;
import tech.arcp.session.Session;

/** Times every login ({@code arcp.login}, successes and failures alike) and audits its outcome. */
public final class LoginRecorder implements LoginObserver {
    private final Timer timer;
    private final AuditLog audit;

    public LoginRecorder(Timer timer, AuditLog audit) {
        this.timer = timer;
        this.audit = audit;
    }

    @Override
    public Attempt attempt(String username, String clientIp) {
        Timer.Context timing = timer.time();
        return new Attempt() {
            @Override
            public void succeeded(Session session) {
                audit.loginSucceeded(session);
            }

            @Override
            public void failed(Problem problem) {
                audit.loginFailed(username, clientIp, problem.type().slug());
            }

            @Override
            public void close() {
                timing.stop();
            }
        };
    }
}
