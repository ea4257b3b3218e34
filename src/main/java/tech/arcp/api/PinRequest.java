package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/** {@code POST /auth/set_pin} and {@code /auth/verify_pin} body. Length rules are checked by the PIN service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PinRequest(@JsonProperty("pin") @NotNull String pin) {

    @Override
    public String toString() {
        return "PinRequest[pin=<redacted>]";
    }
}
