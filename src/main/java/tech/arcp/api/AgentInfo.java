package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * REGISTRY.md's agent object ({@code GET /agents}, {@code /agents/{agent_id}}, public discovery).
 * {@code metadata} and {@code requirements} are free-form JSON objects, as registered; the optional
 * registration members are {@code null} when the agent did not send them, {@code similarity} always.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"agent_id", "name", "agent_type", "endpoint", "capabilities", "context_brief", "version", "owner",
    "public_key", "metadata", "communication_mode", "features", "max_tokens", "language_support", "rate_limit",
    "requirements", "policy_tags", "ai_context", "status", "last_seen", "registered_at", "similarity", "metrics"})
public record AgentInfo(String agentId, String name, String agentType, String endpoint, List<String> capabilities,
                        String contextBrief, String version, String owner, String publicKey,
                        Map<String, Object> metadata, String communicationMode, List<String> features,
                        @Nullable Long maxTokens, @Nullable List<String> languageSupport, @Nullable Long rateLimit,
                        @Nullable Map<String, Object> requirements, List<String> policyTags, @Nullable String aiContext,
                        @Schema(allowableValues = {"alive", "dead"}) String status,
                        @Schema(format = "date-time") String lastSeen, @Schema(format = "date-time") String registeredAt, @Nullable Double similarity,
                        @Nullable AgentMetricsView metrics) {
}
