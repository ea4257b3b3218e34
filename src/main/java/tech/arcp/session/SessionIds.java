package tech.arcp.session;

import java.util.HexFormat;

/** Public session ids: {@code sess_} followed by 16 lower-case hex characters. */
public final class SessionIds {
    public static final String PREFIX = "sess_";
    private static final HexFormat HEX = HexFormat.of();

    private SessionIds() {
    }

    public static String format(long idBits) {
        return PREFIX + HEX.toHexDigits(idBits);
    }

    /** Parses a public id; {@code null} when it is not of the form {@code sess_<16 hex>}. */
    public static Long parse(String id) {
        if (id == null || id.length() != PREFIX.length() + 16 || !id.startsWith(PREFIX)) {
            return null;
        }
        String hex = id.substring(PREFIX.length());
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0 || Character.isUpperCase(hex.charAt(i))) {
                return null;
            }
        }
        return HEX.fromHexDigitsToLong(hex);
    }
}
