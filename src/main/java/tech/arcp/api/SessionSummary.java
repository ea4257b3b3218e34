package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;

/** One element of {@code GET /auth/sessions}: never a token or fingerprint. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionSummary(
        @Schema(example = "sess_7f3a9c2e41d8a05b") String sessionId,
        @Schema(format = "date-time", example = "2026-12-01T10:00:00.000Z") String createdAt,
        @Schema(format = "date-time", example = "2026-12-01T10:20:00.000Z") String lastAccessAt,
        @Schema(format = "date-time", example = "2026-12-01T11:20:00.000Z") String idleExpiresAt,
        @Schema(format = "date-time", example = "2026-12-01T22:00:00.000Z") String absoluteExpiresAt,
        @Schema(example = "127.0.0.1") String clientIp,
        @Schema(description = "As sent at login, truncated; may be empty", example = "curl/8.5.0") String userAgent,
        @Schema(example = "false") boolean pinSet,
        @Schema(description = "Whether this is the session of the request", example = "true") boolean current) {
}
