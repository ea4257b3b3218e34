package tech.arcp.registry.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The agent registration keys ({@code agents.keys}), held only as SHA-256 digests. A presented key
 * is compared with every digest in constant time, without stopping at the first match.
 */
public final class AgentKeys {
    /** The shortest registration key accepted ({@code agents.keys}). */
    public static final int MIN_KEY_LENGTH = 10;
    private final List<byte[]> digests;

    public AgentKeys(List<String> keys) {
        this.digests = keys.stream().map(AgentKeys::sha256).toList();
    }

    public boolean matches(String key) {
        byte[] given = sha256(key == null ? "" : key);
        boolean found = false;
        for (byte[] digest : digests) {
            found |= MessageDigest.isEqual(digest, given);
        }
        return found;
    }

    public int size() {
        return digests.size();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
