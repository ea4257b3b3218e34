package tech.arcp.resources;

import java.util.List;
import java.util.Locale;
import tech.arcp.api.AgentInfo;
import tech.arcp.api.AgentMetricsView;
import tech.arcp.api.FieldError;
import tech.arcp.api.Times;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.registry.AgentFilter;
import tech.arcp.registry.AgentView;
import tech.arcp.registry.rules.AgentMetrics;
import tech.arcp.registry.rules.Registration;

/** The JSON shapes of REGISTRY.md's agent and metrics objects, and its query parameters. */
final class AgentViews {
    private AgentViews() {
    }

    static AgentInfo agent(AgentView view, boolean includeMetrics) {
        Registration r = view.record().registration();
        return new AgentInfo(r.agentId(), r.name(), r.agentType(), r.endpoint(), r.capabilities(), r.contextBrief(),
                r.version(), r.owner(), r.publicKey(), r.metadata(), r.communicationMode(), r.features(),
                r.maxTokens(), r.languageSupport(), r.rateLimit(), r.requirements(), r.policyTags(), r.aiContext(),
                view.status(), Times.iso(view.record().lastSeen()), Times.iso(view.record().registeredAt()), null,
                includeMetrics ? metrics(r.agentId(), view.record().metrics()) : null);
    }

    static AgentMetricsView metrics(String agentId, AgentMetrics m) {
        return new AgentMetricsView(agentId, m.successRate(), m.avgResponseTime(), m.totalRequests(),
                Times.iso(m.lastActive()), m.reputationScore(), m.requestsProcessed(),
                m.averageResponseTime(), m.errorRate());
    }

    /** {@code true}/{@code false} (any case); absent: {@code fallback}; anything else: 422. */
    static boolean flag(String value, String name, boolean fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "must be true or false");
        };
    }

    static int integer(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw invalid(name, "must be an integer between " + min + " and " + max);
    }

    static String status(String value) {
        if (value == null || value.isEmpty() || value.equals("alive") || value.equals("dead")) {
            return value == null || value.isEmpty() ? null : value;
        }
        throw invalid("status", "must be alive or dead");
    }

    static AgentFilter filter(String type, String status, List<String> capabilities, int limit, int offset) {
        List<String> wanted = capabilities == null ? List.of()
                : capabilities.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
        return new AgentFilter(type == null || type.isBlank() ? null : type.trim(), status(status), wanted,
                limit, offset);
    }

    private static RuntimeException invalid(String field, String message) {
        return Problem.of(ProblemType.VALIDATION_FAILED, "The query parameter " + field + " is invalid")
                .with("validation_errors", List.of(new FieldError(field, message))).exception();
    }
}
