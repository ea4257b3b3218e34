package tech.arcp.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks opaque bearer tokens.
 *
 * <p>Format (80 URL-safe characters): {@code arcp.<tag>.<secret>.<mac>} where {@code tag} is 8 hex
 * characters of a keyed hash of the user (the Redis Cluster hash tag, not secret), {@code secret}
 * is 256 bits from {@link SecureRandom} in base64url, and {@code mac} is HMAC-SHA256 over the
 * preceding characters, truncated to 128 bits. A token whose MAC does not verify is rejected
 * before any store is asked, so forged or garbled tokens are told apart from lost sessions.
 * Thread-safe.
 */
public final class TokenCodec {
    public static final int TOKEN_LENGTH = 80;
    private static final String PREFIX = "arcp.";
    private static final int TAG_END = PREFIX.length() + 8;
    private static final int SECRET_END = TAG_END + 1 + 43;
    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final byte[] FINGERPRINT_DOMAIN = {'f', 'p', 0};

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Mac> macs;
    private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(TokenCodec::newSha256);

    /** @param key the token key ({@code tokens.key}); at least 32 bytes */
    public TokenCodec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("token key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** A fresh token for {@code user}, with the store key it maps to. */
    public IssuedToken issue(String user) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String body = PREFIX + String.format("%08x", userTag(user)) + "." + B64.encodeToString(secret);
        String token = body + "." + mac(body);
        return new IssuedToken(token, keyOf(token.getBytes(StandardCharsets.US_ASCII), userTag(user)));
    }

    /** The store key of a well-formed token with a valid MAC; empty for anything else. */
    public Optional<SessionKey> decode(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || !token.startsWith(PREFIX)
                || token.charAt(TAG_END) != '.' || token.charAt(SECRET_END) != '.') {
            return Optional.empty();
        }
        long tag = parseTag(token);
        if (tag < 0) {
            return Optional.empty();
        }
        // One byte array for the whole check (this runs on every request); a non-ASCII character
        // becomes '?', which no issued token contains, so the MAC fails.
        byte[] ascii = token.getBytes(StandardCharsets.US_ASCII);
        Mac mac = macs.get();
        mac.update(ascii, 0, SECRET_END);
        byte[] expected = B64.encode(Arrays.copyOf(mac.doFinal(), 16));
        int difference = 0;
        for (int i = 0; i < expected.length; i++) { // constant time
            difference |= expected[i] ^ ascii[SECRET_END + 1 + i];
        }
        if (difference != 0) {
            return Optional.empty();
        }
        return Optional.of(keyOf(ascii, (int) tag));
    }

    /** The keyed digest under which a fingerprint is stored and compared. */
    public Fingerprint fingerprint(String fingerprint) {
        Mac mac = macs.get();
        mac.update(FINGERPRINT_DOMAIN);
        return new Fingerprint(mac.doFinal(fingerprint.getBytes(StandardCharsets.UTF_8)));
    }

    /** The non-secret 32-bit tag of a user (same on every node sharing the key). */
    public int userTag(String user) {
        return ByteBuffer.wrap(hmac("user\0" + user)).getInt();
    }

    private SessionKey keyOf(byte[] asciiToken, int tag) {
        ByteBuffer d = ByteBuffer.wrap(sha256.get().digest(asciiToken));
        return new SessionKey(tag, d.getLong(), d.getLong(), d.getLong(), d.getLong());
    }

    /** The tag as an unsigned value, or -1 when it is not 8 lower-case hex characters. */
    private static long parseTag(String token) {
        long value = 0;
        for (int i = PREFIX.length(); i < TAG_END; i++) {
            int digit = Character.digit(token.charAt(i), 16);
            if (digit < 0 || Character.isUpperCase(token.charAt(i))) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    private String mac(String body) {
        byte[] full = hmac(body);
        return B64.encodeToString(Arrays.copyOf(full, 16));
    }

    private byte[] hmac(String input) {
        return macs.get().doFinal(input.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** A token as returned once to the client, and its store key. */
    public record IssuedToken(String token, SessionKey key) {
        @Override
        public String toString() {
            return "IssuedToken[" + key + "]";
        }
    }
}
