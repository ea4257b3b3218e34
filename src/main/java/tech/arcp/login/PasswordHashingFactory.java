package tech.arcp.login;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code passwords:} Argon2id cost for new hashes (admin passwords hashed at start, PINs). */
public class PasswordHashingFactory {
    /** OWASP's first Argon2id setting: 19 MiB, 2 passes, 1 lane (30-50 ms per hash on the 2-core test VM with libargon2). */
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

    /**
     * Which Argon2id code computes the hashes: {@code auto} (libargon2 where it loads, else Java),
     * {@code native} (libargon2 or no start) or {@code java} (BouncyCastle only). All write and read
     * the same PHC strings.
     */
    @NotNull
    @JsonProperty
    private Engine engine = Engine.AUTO;

    public PasswordHasher build() {
        return new BoundedPasswordHasher(engine(), maxConcurrent);
    }

    /** The Argon2id code that {@code passwords.engine} selects, without the concurrency bound. */
    PasswordHasher engine() {
        if (engine == Engine.JAVA) {
            return new Argon2PasswordHasher(memoryKiB, iterations, parallelism);
        }
        NativeArgon2PasswordHasher.Loaded loaded = NativeArgon2PasswordHasher.load(memoryKiB, iterations, parallelism);
        if (loaded.hasher().isPresent()) {
            return loaded.hasher().get();
        }
        if (engine == Engine.NATIVE) {
            throw new IllegalStateException("passwords.engine is native but libargon2 did not load: " + loaded.detail());
        }
        return new Argon2PasswordHasher(memoryKiB, iterations, parallelism,
                "Java (BouncyCastle), as libargon2 did not load: " + loaded.detail());
    }

    /** {@code passwords.engine}. */
    public enum Engine {
        AUTO, NATIVE, JAVA
    }
}
