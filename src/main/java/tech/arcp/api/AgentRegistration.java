package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /agents/register} as REGISTRY.md lists it, for the OpenAPI document.
 * The service reads the JSON itself ({@code registry/rules}: every rule applies after trimming,
 * unknown members are ignored, and a 422 names each field that failed).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(description = "An agent's registration (REGISTRY.md); rules apply after trimming, unknown members are ignored")
public record AgentRegistration(
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 3, maxLength = 100, pattern = ID_PATTERN,
                example = "echo-agent-001") String agentId,
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 2, maxLength = 32, example = "Echo Agent") String name,
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 2, maxLength = 50, pattern = ID_PATTERN,
                description = "One of GET /public/agent_types, in any case", example = "testing") String agentType,
        @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 2048, pattern = "^https?://\\S{2,}$",
                example = "http://localhost:8080") String endpoint,
        @ArraySchema(minItems = 1, maxItems = 50, schema = @Schema(maxLength = 100, example = "echo"),
                arraySchema = @Schema(requiredMode = RequiredMode.REQUIRED)) List<String> capabilities,
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 10, maxLength = 1000,
                example = "Echoes its input back") String contextBrief,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^\\s*\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9]+)?\\s*$",
                example = "1.0.0") String version,
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 2, maxLength = 50, example = "ARCP Tests") String owner,
        @Schema(requiredMode = RequiredMode.REQUIRED, minLength = 32, maxLength = 1024,
                pattern = "^[A-Za-z0-9+/=_\\-\\s]+$") String publicKey,
        @Schema(requiredMode = RequiredMode.REQUIRED, minProperties = 1, maxProperties = 50,
                description = "Values are strings, numbers, booleans or arrays: no null, no nested object")
        Map<String, Object> metadata,
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"remote", "local", "hybrid"},
                description = "Any case; stored lower-cased") String communicationMode,
        @ArraySchema(maxItems = 100) List<String> features,
        @Schema(minimum = "1", maximum = "1000000") Long maxTokens,
        @ArraySchema(maxItems = 20, schema = @Schema(description = "2–5 characters are kept, lower-cased"))
        List<String> languageSupport,
        @Schema(minimum = "1", maximum = "10000") Long rateLimit,
        @Schema(description = "REGISTRY.md's requirements object (or the same as a JSON string)") Object requirements,
        @ArraySchema(maxItems = 20) List<String> policyTags,
        @Schema(maxLength = 5000) String aiContext) {

    /** REGISTRY.md's id characters, around which the service trims. */
    static final String ID_PATTERN = "^\\s*[A-Za-z0-9_-]+\\s*$";
}
