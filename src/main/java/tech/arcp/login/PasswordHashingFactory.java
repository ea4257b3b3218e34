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

    /** Hashes computed at once; the rest wait (bounds heap use to maxConcurrent x memoryKiB). */
    @Min(1)
    @Max(256)
    @JsonProperty
    private int maxConcurrent = 4;

    public PasswordHasher build() {
        return new BoundedPasswordHasher(new Argon2PasswordHasher(memoryKiB, iterations, parallelism), maxConcurrent);
    }
}
