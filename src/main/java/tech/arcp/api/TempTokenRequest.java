package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The body of {@code POST /auth/agent/request_temp_token} (REGISTRY.md step 1), for the OpenAPI document. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TempTokenRequest(
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 3, maxLength = 100, example = "echo-agent-001")
        String agentId,
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 2, maxLength = 50, example = "testing")
        String agentType,
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 10, description = "One of agents.keys (AGENT_KEYS)",
                format = "password") String agentKey) {
}
