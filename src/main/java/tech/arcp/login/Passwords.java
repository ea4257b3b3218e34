package tech.arcp.login;

import java.security.SecureRandom;
import java.util.Base64;

/** Generated secrets: 192 bits from {@link SecureRandom}, base64url (32 characters). */
public final class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
