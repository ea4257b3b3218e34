package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code /tokens/validate}: {@code valid} and the token's payload, or {@code valid: false} and the
 * reason; absent members are left out ({@code agent_id} only for the header form).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"valid", "agent_id", "payload", "error"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenValidation(boolean valid, String agentId, TokenPayload payload, String error) {

    public static TokenValidation invalid(String error) {
        return new TokenValidation(false, null, null, error);
    }
}
