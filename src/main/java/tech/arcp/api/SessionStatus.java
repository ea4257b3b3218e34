package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /auth/session_status}; {@code expires} is epoch seconds of the nearer deadline. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionStatus(
        @Schema(example = "true") boolean valid,
        @Schema(example = "ARCP") String userId,
        @Schema(example = "admin") String role,
        @Schema(example = "user_ARCP") String agentId,
        @Schema(example = "true") boolean isAdmin,
        @Schema(example = "true") boolean sessionExists,
        @Schema(example = "false") boolean pinSet,
        @Schema(example = "false") boolean pinVerified,
        @Schema(example = "sess_7f3a9c2e41d8a05b") String sessionId,
        @Schema(format = "date-time", example = "2026-12-01T10:00:00.000Z") String createdAt,
        @Schema(format = "date-time", example = "2026-12-01T10:20:00.000Z") String lastAccessAt,
        @Schema(format = "date-time", example = "2026-12-01T11:20:00.000Z") String idleExpiresAt,
        @Schema(format = "date-time", example = "2026-12-01T22:00:00.000Z") String absoluteExpiresAt,
        @Schema(description = "Epoch seconds of the nearer deadline", example = "1796131200") long expires,
        @Schema(description = "Seconds", example = "3600") long idleTimeout) {
}
