package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /auth/login} answer; {@code expires_in} and {@code idle_timeout} in seconds. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LoginResponse(
        @Schema(description = "Opaque bearer token: send it with the same X-Client-Fingerprint",
                example = "arcp.6561f2c0.pM2tYVd8mI0qk3cH1o7Jx4sWfLrE9uZbNgAiT5yKvQe.Rz8wL2nD4hF6jS0aX1cV3b") String accessToken,
        @Schema(example = "bearer") String tokenType,
        @Schema(description = "Seconds until the idle deadline", example = "3600") long expiresIn,
        @Schema(example = "user_ARCP") String agentId,
        @Schema(example = "sess_7f3a9c2e41d8a05b") String sessionId,
        @Schema(description = "Seconds of inactivity that end the session", example = "3600") long idleTimeout,
        @Schema(format = "date-time", example = "2026-12-01T22:00:00.000Z") String absoluteExpiresAt) {
    @Override
    public String toString() {
        return "LoginResponse[" + sessionId + "]";
    }
}
