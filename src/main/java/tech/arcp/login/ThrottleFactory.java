package tech.arcp.login;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import tech.arcp.api.ThrottleView;
import java.util.concurrent.TimeUnit;

/**
 * {@code loginThrottle:} and {@code pinThrottle:}: the numbers of a {@link Throttle}. The two
 * config fields differ only in their default {@code maxFailures} (5 for logins, 20 for PINs).
 */
public class ThrottleFactory {
    @Min(1)
    @Max(1_000_000)
    @JsonProperty
    private int maxFailures;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration window = Duration.minutes(15);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration lockout = Duration.minutes(5);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 7, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration maxLockout = Duration.hours(1);

    /** Keys remembered at most, per key kind; bounds the memory a flood of names can take. */
    @Min(100)
    @Max(100_000_000)
    @JsonProperty
    private long maximumSize = 100_000;

    public ThrottleFactory() {
        this(5);
    }

    public ThrottleFactory(int maxFailures) {
        this.maxFailures = maxFailures;
    }

    @ValidationMethod(message = "maxLockout must not be shorter than lockout")
    @JsonIgnore
    public boolean isMaxLockoutAtLeastLockout() {
        return lockout == null || maxLockout == null || maxLockout.toNanoseconds() >= lockout.toNanoseconds();
    }

    public Throttle.Settings settings() {
        return new Throttle.Settings(maxFailures, window.toJavaDuration(), lockout.toJavaDuration(),
                maxLockout.toJavaDuration(), maximumSize);
    }

    public Throttle build(Ticker ticker) {
        return new Throttle(settings(), ticker);
    }

    /** The settings as shown by {@code GET /dashboard/config} (durations in seconds). */
    public static ThrottleView describe(Throttle.Settings s) {
        return new ThrottleView(s.maxFailures(), s.window().toSeconds(), s.lockout().toSeconds(),
                s.maxLockout().toSeconds());
    }
}
