package tech.arcp.login;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One admin user: {@code username} and either {@code passwordHash} (an Argon2id PHC string from
 * {@code hash-password}) or {@code password} (plain, hashed at start). Neither: a password is
 * generated at start and logged once at WARN.
 */
public class AdminUserFactory {
    @NotBlank
    @Size(max = 255)
    @JsonProperty
    private String username = "ARCP";

    @Size(max = 1024)
    @JsonProperty
    private String password = "";

    @JsonProperty
    private String passwordHash = "";

    public String username() {
        return username;
    }

    public String password() {
        return password == null ? "" : password;
    }

    public String passwordHash() {
        return passwordHash == null ? "" : passwordHash;
    }
}
