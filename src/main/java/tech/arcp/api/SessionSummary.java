package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One element of {@code GET /auth/sessions}: never a token or fingerprint. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionSummary(String sessionId, String createdAt, String lastAccessAt, String idleExpiresAt,
                             String absoluteExpiresAt, String clientIp, String userAgent, boolean pinSet,
                             boolean current) {
}
