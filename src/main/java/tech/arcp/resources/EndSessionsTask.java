package tech.arcp.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.arcp.audit.AuditLog;
import tech.arcp.problem.Problem;
import tech.arcp.session.EndReason;
import tech.arcp.session.SessionService;

/**
 * {@code POST /tasks/end-sessions?user=<name>} (admin port): ends every live session of the user
 * (reason {@code revoked}, each with its {@code session_end} audit line) and writes an
 * {@code admin_task} audit line; answers {@code {"task","user","sessions_ended"}}.
 */
final class EndSessionsTask extends AdminTask {
    static final String NAME = "end-sessions";
    private final SessionService sessions;
    private final AuditLog audit;

    EndSessionsTask(SessionService sessions, AuditLog audit, ObjectMapper json) {
        super(NAME, json);
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    Optional<Problem> check(Map<String, List<String>> parameters) {
        Optional<Problem> problem = plain(parameters, Set.of("user"));
        if (problem.isPresent() || value(parameters, "user") != null) {
            return problem;
        }
        return invalid("user", "is required: the user whose sessions end");
    }

    @Override
    public void execute(Map<String, List<String>> parameters, PrintWriter output) throws Exception {
        String user = value(parameters, "user");
        int ended = sessions.endAll(user, EndReason.REVOKED);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("sessions_ended", ended);
        audit.adminTask(NAME, user, outcome);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task", NAME);
        body.put("user", user);
        body.putAll(outcome);
        answer(output, body);
    }
}
