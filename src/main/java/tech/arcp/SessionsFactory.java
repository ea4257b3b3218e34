package tech.arcp;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;
import tech.arcp.session.SessionPolicy;
import tech.arcp.storage.StorageFactory;
import tech.arcp.storage.caffeine.CaffeineStoreFactory;

/** {@code sessions:} the session rules (SPEC §2) and the store ({@code type: caffeine} when unset). */
public class SessionsFactory {
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = SessionPolicy.MAX_IDLE_DAYS, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration idleTimeout = Duration.minutes(60);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = SessionPolicy.MAX_ABSOLUTE_DAYS, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration absoluteTimeout = Duration.hours(12);

    @Min(1)
    @Max(SessionPolicy.MAX_PER_USER)
    @JsonProperty
    private int maxPerUser = 5;

    @Valid
    @NotNull
    @JsonProperty
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = CaffeineStoreFactory.class)
    private StorageFactory store = new CaffeineStoreFactory();

    @ValidationMethod(message = "idleTimeout must not be longer than absoluteTimeout")
    @JsonIgnore
    public boolean isIdleWithinAbsolute() {
        return idleTimeout == null || absoluteTimeout == null
                || idleTimeout.toNanoseconds() <= absoluteTimeout.toNanoseconds();
    }

    public SessionPolicy policy() {
        return new SessionPolicy(idleTimeout.toJavaDuration(), absoluteTimeout.toJavaDuration(), maxPerUser);
    }

    public StorageFactory store() {
        return store;
    }
}
