package tech.arcp.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * {@code agents.tokenThrottle:} failed temp-token requests per client IP: {@code maxFailures}
 * within {@code window} lock the IP out for {@code lockout}. Its own limiter, not the login one.
 */
public class TokenThrottleFactory {
    @Min(1)
    @Max(10_000)
    @JsonProperty
    private int maxFailures = 10;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration window = Duration.minutes(15);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration lockout = Duration.minutes(15);

    @Min(1)
    @Max(10_000_000)
    @JsonProperty
    private long maximumClients = 100_000;

    public TokenThrottle build(Ticker ticker) {
        return new TokenThrottle(ticker, maxFailures, window.toJavaDuration(), lockout.toJavaDuration(),
                maximumClients);
    }
}
