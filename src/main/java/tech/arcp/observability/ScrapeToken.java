package tech.arcp.observability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secret of {@code GET /metrics/scrape}. Candidates are compared by their SHA-256
 * digests with {@link MessageDigest#isEqual}, so the time taken reveals neither the token nor
 * its length. An empty configured token accepts nothing.
 */
public final class ScrapeToken {
    private final byte[] digest;

    public ScrapeToken(String token) {
        this.digest = token == null || token.isEmpty() ? null : sha256(token);
    }

    public boolean isConfigured() {
        return digest != null;
    }

    /** True only when a token is configured and {@code candidate} equals it. */
    public boolean matches(String candidate) {
        if (digest == null || candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(candidate), digest);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "ScrapeToken[" + (isConfigured() ? "configured" : "unset") + "]";
    }
}
