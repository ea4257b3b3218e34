package tech.arcp.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code POST /tokens/refresh} answer. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    @Override
    public String toString() {
        return "TokenResponse[redacted]";
    }
}
