package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code POST /auth/agent/request_temp_token}: a temp token good for registering one agent. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"temp_token", "token_type", "expires_in", "message"})
public record TempToken(String tempToken, String tokenType, long expiresIn, String message) {
}
