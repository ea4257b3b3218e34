package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code POST /auth/login} answer; {@code expires_in} and {@code idle_timeout} in seconds. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LoginResponse(String accessToken, String tokenType, long expiresIn, String agentId,
                            String sessionId, long idleTimeout, String absoluteExpiresAt) {
    @Override
    public String toString() {
        return "LoginResponse[" + sessionId + "]";
    }
}
