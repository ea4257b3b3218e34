package tech.arcp.resources;

import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import tech.arcp.audit.AuditContextFilter;
import tech.arcp.audit.AuditLog;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.login.LoginThrottle;
import tech.arcp.login.SessionPins;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.session.SessionService;

/** The admin port's tasks (docs/operations.md "Admin tasks"): end-sessions and unlock, behind their {@link TaskGate}. */
public final class AdminTasks {
    private AdminTasks() {
    }

    public static void register(Environment env, SessionService sessions, LoginThrottle logins, SessionPins pins,
                                AuditLog audit, ClientIpResolver clientIps, ProblemRenderer problems) {
        List<AdminTask> tasks = List.of(new EndSessionsTask(sessions, audit, env.getObjectMapper()),
                new UnlockTask(logins, pins, audit, env.getObjectMapper()));
        env.admin().addFilter("task-gate", new TaskGate(tasks, problems))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/tasks/*");
        env.admin().addFilter("task-audit-context", new AuditContextFilter(clientIps))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/tasks/*");
        tasks.forEach(env.admin()::addTask);
    }
}
