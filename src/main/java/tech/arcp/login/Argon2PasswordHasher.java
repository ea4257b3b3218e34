package tech.arcp.login;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id (RFC 9106) through Spring Security's encoder on BouncyCastle. Verification reads the
 * cost parameters from the encoded hash, so hashes made with other costs still verify.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2PasswordEncoder encoder;
    private final String engine;

    public Argon2PasswordHasher(int memoryKiB, int iterations, int parallelism) {
        this(memoryKiB, iterations, parallelism, "Java (BouncyCastle)");
    }

    Argon2PasswordHasher(int memoryKiB, int iterations, int parallelism, String engine) {
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, parallelism, memoryKiB, iterations);
        this.engine = engine;
    }

    @Override
    public String engine() {
        return engine;
    }

    @Override
    public String hash(CharSequence secret) {
        return encoder.encode(secret);
    }

    @Override
    public boolean verify(CharSequence secret, String encodedHash) {
        if (encodedHash == null || !encodedHash.startsWith("$argon2")) {
            return false;
        }
        try {
            return encoder.matches(secret, encodedHash);
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
