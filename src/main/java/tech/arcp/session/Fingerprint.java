package tech.arcp.session;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * A keyed digest of a client's {@code X-Client-Fingerprint}; the raw value is never kept.
 * {@link #matches(Fingerprint)} compares in constant time.
 */
public final class Fingerprint {
    private final byte[] digest;

    public Fingerprint(byte[] digest) {
        this.digest = digest.clone();
    }

    public boolean matches(Fingerprint other) {
        return other != null && MessageDigest.isEqual(digest, other.digest);
    }

    /** Base64 of the digest, for stores that keep it as text. */
    public String encoded() {
        return Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    public static Fingerprint decode(String encoded) {
        return new Fingerprint(Base64.getDecoder().decode(encoded));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(digest, f.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "Fingerprint[redacted]";
    }
}
