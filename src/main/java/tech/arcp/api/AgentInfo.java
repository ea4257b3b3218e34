package tech.arcp.api;

import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * REGISTRY.md's agent object ({@code GET /agents}, {@code /agents/{agent_id}}, public discovery).
 * {@code metadata} and {@code requirements} are free-form JSON objects, as registered.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"agent_id", "name", "agent_type", "endpoint", "capabilities", "context_brief", "version", "owner",
    "public_key", "metadata", "communication_mode", "features", "max_tokens", "language_support", "rate_limit",
    "requirements", "policy_tags", "ai_context", "status", "last_seen", "registered_at", "similarity", "metrics"})
public record AgentInfo(String agentId, String name, String agentType, String endpoint, List<String> capabilities,
                        String contextBrief, String version, String owner, String publicKey,
                        Map<String, Object> metadata, String communicationMode, List<String> features,
                        Long maxTokens, List<String> languageSupport, Long rateLimit,
                        Map<String, Object> requirements, List<String> policyTags, String aiContext,
                        String status, String lastSeen, String registeredAt, Double similarity,
                        AgentMetricsView metrics) {
}
