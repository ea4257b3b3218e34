package tech.arcp.resources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    static Map<String, Object> agent(AgentView view, boolean includeMetrics) {
        Registration r = view.record().registration();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_id", r.agentId());
        body.put("name", r.name());
        body.put("agent_type", r.agentType());
        body.put("endpoint", r.endpoint());
        body.put("capabilities", r.capabilities());
        body.put("context_brief", r.contextBrief());
        body.put("version", r.version());
        body.put("owner", r.owner());
        body.put("public_key", r.publicKey());
        body.put("metadata", r.metadata());
        body.put("communication_mode", r.communicationMode());
        body.put("features", r.features());
        body.put("max_tokens", r.maxTokens());
        body.put("language_support", r.languageSupport());
        body.put("rate_limit", r.rateLimit());
        body.put("requirements", r.requirements());
        body.put("policy_tags", r.policyTags());
        body.put("ai_context", r.aiContext());
        body.put("status", view.status());
        body.put("last_seen", Times.iso(view.record().lastSeen()));
        body.put("registered_at", Times.iso(view.record().registeredAt()));
        body.put("similarity", null);
        body.put("metrics", includeMetrics ? metrics(r.agentId(), view.record().metrics()) : null);
        return body;
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
