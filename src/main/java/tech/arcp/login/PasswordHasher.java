package tech.arcp.login;

/**
 * Slow, salted one-way hashing of secrets (admin passwords, session PINs).
 * {@link #verify} compares in constant time and answers false, never throws, for a malformed hash.
 */
public interface PasswordHasher {

    /** A new encoded hash (PHC string format) of {@code secret}, with a fresh random salt. */
    String hash(CharSequence secret);

    boolean verify(CharSequence secret, String encodedHash);

    /** Which code computes the hashes, for the start-up log. */
    default String engine() {
        return getClass().getSimpleName();
    }
}
