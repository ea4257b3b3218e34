package tech.arcp.api;

import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code GET}/{@code POST /dashboard/config}: the session settings in force (seconds), the fixed PIN
 * and throttle rules, and the stored UI settings (a free-form JSON object).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"idle_timeout", "absolute_timeout", "max_per_user", "pin", "login_throttle", "pin_throttle", "ui"})
public record DashboardConfig(long idleTimeout, long absoluteTimeout, int maxPerUser, PinRulesView pin,
                              ThrottleView loginThrottle, ThrottleView pinThrottle, Map<String, Object> ui) {
}
