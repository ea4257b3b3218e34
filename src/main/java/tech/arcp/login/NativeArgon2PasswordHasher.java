package tech.arcp.login;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Argon2id (RFC 9106) through the reference C implementation, libargon2, bundled and loaded by
 * argon2-jvm (JNA). 1.1 to 1.4 times as fast as the pure-Java BouncyCastle code of
 * {@link Argon2PasswordHasher} at the same cost on the 2-core test VM (README, Performance), and
 * it writes the same PHC strings, so hashes made by either verify with the other. The work area
 * ({@code memoryKiB}) is allocated off-heap by libargon2 for each computation and freed after it.
 * Hashes of the other Argon2 variants ({@code $argon2i$}, {@code $argon2d$}, say in a
 * hand-written config) are verified by the Java code, as before.
 */
public final class NativeArgon2PasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2 argon2;
    private final PasswordHasher otherVariants;
    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;

    private NativeArgon2PasswordHasher(Argon2 argon2, int memoryKiB, int iterations, int parallelism) {
        this.argon2 = argon2;
        this.otherVariants = new Argon2PasswordHasher(memoryKiB, iterations, parallelism);
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /**
     * A native hasher when libargon2 loads on this platform (checked by one small hash), or the
     * reason it does not.
     */
    public static Loaded load(int memoryKiB, int iterations, int parallelism) {
        try {
            Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
            String probe = argon2.hash(1, 8, 1, new char[] {'p'}, StandardCharsets.UTF_8);
            if (!argon2.verify(probe, new char[] {'p'}, StandardCharsets.UTF_8)) {
                return new Loaded(Optional.empty(), "libargon2 did not verify its own hash");
            }
            return new Loaded(Optional.of(new NativeArgon2PasswordHasher(argon2, memoryKiB, iterations, parallelism)),
                    "loaded");
        } catch (LinkageError | RuntimeException e) {
            return new Loaded(Optional.empty(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public String hash(CharSequence secret) {
        char[] chars = chars(secret);
        try {
            return argon2.hash(iterations, memoryKiB, parallelism, chars, StandardCharsets.UTF_8);
        } finally {
            argon2.wipeArray(chars);
        }
    }

    @Override
    public boolean verify(CharSequence secret, String encodedHash) {
        if (encodedHash == null || secret == null || secret.length() == 0) {
            return false; // as Spring's encoder: an empty secret never matches
        }
        if (!encodedHash.startsWith("$argon2id$")) {
            return otherVariants.verify(secret, encodedHash);
        }
        char[] chars = chars(secret);
        try {
            return argon2.verify(encodedHash, chars, StandardCharsets.UTF_8); // constant-time compare in C
        } catch (RuntimeException malformed) {
            return false; // libargon2 refused to decode the string
        } finally {
            argon2.wipeArray(chars);
        }
    }

    @Override
    public String engine() {
        return "libargon2 (native)";
    }

    private static char[] chars(CharSequence secret) {
        CharBuffer buffer = CharBuffer.wrap(secret);
        char[] chars = new char[buffer.remaining()];
        buffer.get(chars);
        return chars;
    }

    /** The outcome of {@link #load}: the hasher, or why there is none. */
    public record Loaded(Optional<PasswordHasher> hasher, String detail) {
    }
}
