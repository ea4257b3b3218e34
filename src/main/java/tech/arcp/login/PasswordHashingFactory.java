package tech.arcp.login;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code passwords:} Argon2id cost for new hashes (admin passwords hashed at start, PINs). */
public class PasswordHashingFactory {
    /** OWASP's first Argon2id setting: 19 MiB, 2 passes, 1 lane (about 30 ms here). */
    @Min(8192)
    @Max(1048576)
    @JsonProperty
    private int memoryKiB = 19456;

    @Min(1)
    @Max(20)
    @JsonProperty
    private int iterations = 2;

    @Min(1)
    @Max(8)
    @JsonProperty
    private int parallelism = 1;

    public PasswordHasher build() {
        return new Argon2PasswordHasher(memoryKiB, iterations, parallelism);
    }
}
