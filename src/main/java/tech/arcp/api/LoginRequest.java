package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /auth/login} body. Limits of SPEC §5: user name 255, password 1024 characters. The
 * user-name pattern ({@code \p{Cntrl}} spelled out) is also valid ECMA-262, as the OpenAPI document needs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginRequest(
        @JsonProperty("username") @Schema(example = "ARCP") @NotBlank @Size(max = 255)
        @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$", message = "must not contain control characters") String username,
        @JsonProperty("password") @Schema(example = "change-me-please") @NotEmpty @Size(max = 1024) String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=<redacted>]";
    }
}
