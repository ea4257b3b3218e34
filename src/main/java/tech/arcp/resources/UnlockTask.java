package tech.arcp.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.arcp.audit.AuditLog;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.login.LoginThrottle;
import tech.arcp.login.SessionPins;
import tech.arcp.problem.Problem;

/**
 * {@code POST /tasks/unlock?user=<name>} or {@code ?ip=<address>} (admin port): forgets the failures
 * and lockouts of a login-throttle user name, or of a client address in the login and the PIN
 * throttles; writes an {@code admin_task} audit line whatever was locked; answers
 * {@code {"task","key_type","key","was_locked"}}.
 */
final class UnlockTask extends AdminTask {
    static final String NAME = "unlock";
    private final LoginThrottle logins;
    private final SessionPins pins;
    private final AuditLog audit;

    UnlockTask(LoginThrottle logins, SessionPins pins, AuditLog audit, ObjectMapper json) {
        super(NAME, json);
        this.logins = logins;
        this.pins = pins;
        this.audit = audit;
    }

    @Override
    Optional<Problem> check(Map<String, List<String>> parameters) {
        Optional<Problem> problem = plain(parameters, Set.of("user", "ip"));
        if (problem.isPresent()) {
            return problem;
        }
        if (parameters.size() != 1) {
            return invalid("user", "give exactly one of user or ip");
        }
        String ip = value(parameters, "ip");
        return ip != null && ClientIpResolver.spellings(ip).isEmpty()
                ? invalid("ip", "must be an IPv4 or IPv6 address") : Optional.empty();
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) throws Exception {
        String user = value(parameters, "user");
        String ip = value(parameters, "ip");
        boolean wasLocked;
        if (user != null) {
            wasLocked = logins.unlockUser(user);
        } else {
            List<String> keys = ClientIpResolver.spellings(ip);
            wasLocked = logins.unlockIp(keys) | pins.unlockIp(keys);
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("key_type", user != null ? "username" : "client_ip");
        outcome.put("key", user != null ? user : ip);
        outcome.put("was_locked", wasLocked);
        audit.adminTask(NAME, user, outcome);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task", NAME);
        body.putAll(outcome);
        answer(output, body);
    }
}
