package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code GET /auth/session_status}; {@code expires} is epoch seconds of the nearer deadline. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionStatus(boolean valid, String userId, String role, String agentId, boolean isAdmin,
                            boolean sessionExists, boolean pinSet, boolean pinVerified, String sessionId,
                            String createdAt, String lastAccessAt, String idleExpiresAt,
                            String absoluteExpiresAt, long expires, long idleTimeout) {
}
