package tech.arcp.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tech.arcp.login.ThrottleFactory;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.tokens.AgentKeys;

/**
 * {@code agents:} the agent registry (REGISTRY.md). Lists are comma-separated strings so that
 * they can come from one environment variable ({@code AGENT_KEYS}, {@code ALLOWED_AGENT_TYPES}).
 */
public class AgentsFactory {
    public static final String DEFAULT_TYPES = "security,monitoring,automation,networking,testing";
    private static final java.time.Duration MIN_REMOVE_AFTER = java.time.Duration.ofSeconds(60);

    /** Agent registration keys, comma-separated; empty or unset: no agent can obtain a temp token. */
    @JsonProperty
    private String keys = "";

    @NotNull
    @JsonProperty
    private String allowedTypes = DEFAULT_TYPES;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration heartbeatTimeout = Duration.seconds(60);

    /** Unset: twice the heartbeat timeout, at least 60 seconds. */
    @MaxDuration(value = 365, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration removeAfter;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MINUTES)
    @MaxDuration(value = 365, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration tokenIdleTimeout = Duration.days(7);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 1, unit = TimeUnit.DAYS)
    @JsonProperty
    private Duration tempTokenLifetime = Duration.seconds(900);

    @Min(1)
    @Max(10_000_000)
    @JsonProperty
    private long maximumAgents = 100_000;

    @Valid
    @NotNull
    @JsonMerge
    @JsonProperty
    private ThrottleFactory tokenThrottle = new ThrottleFactory(10);

    @ValidationMethod(message = "agents.keys must each be at least 10 characters")
    @JsonIgnore
    public boolean isKeysLongEnough() {
        return keyList().stream().allMatch(k -> k.length() >= AgentKeys.MIN_KEY_LENGTH);
    }

    @ValidationMethod(message = "agents.allowedTypes must name at least one type")
    @JsonIgnore
    public boolean isTypesNotEmpty() {
        return !typeList().isEmpty();
    }

    @ValidationMethod(message = "agents.removeAfter must not be shorter than agents.heartbeatTimeout")
    @JsonIgnore
    public boolean isRemoveAfterLongEnough() {
        return removeAfter == null || heartbeatTimeout == null
                || removeAfter.toNanoseconds() >= heartbeatTimeout.toNanoseconds();
    }

    public List<String> keyList() {
        return split(keys == null ? "" : keys);
    }

    public List<String> typeList() {
        return split(allowedTypes);
    }

    /** The registry rules in force. */
    @JsonIgnore
    public AgentPolicy policy() {
        java.time.Duration timeout = heartbeatTimeout.toJavaDuration();
        java.time.Duration remove = removeAfter != null ? removeAfter.toJavaDuration()
                : max(timeout.multipliedBy(2), MIN_REMOVE_AFTER);
        return new AgentPolicy(typeList(), timeout, remove, tokenIdleTimeout.toJavaDuration(),
                tempTokenLifetime.toJavaDuration(), maximumAgents);
    }

    public ThrottleFactory tokenThrottle() {
        return tokenThrottle;
    }

    private static java.time.Duration max(java.time.Duration a, java.time.Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static List<String> split(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
