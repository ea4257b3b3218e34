package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The {@code payload} of a token validation: who the token speaks for and until when (epoch seconds). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TokenPayload(String sub, String role, List<String> scopes, String agentId, String sessionId,
                           long iat, long exp) {
}
