package tech.arcp.login;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code pins:} the step-up PIN rules: length bounds and wrong attempts per session. */
public class PinsFactory {
    @Min(4)
    @Max(32)
    @JsonProperty
    private int minLength = 4;

    @Min(4)
    @Max(128)
    @JsonProperty
    private int maxLength = 32;

    @Min(1)
    @Max(100)
    @JsonProperty
    private int maxAttempts = 5;

    @ValidationMethod(message = "minLength must not be greater than maxLength")
    @JsonIgnore
    public boolean isLengthRangeValid() {
        return minLength <= maxLength;
    }

    public PinRules build() {
        return new PinRules(minLength, maxLength, maxAttempts);
    }
}
