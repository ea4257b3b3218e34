package tech.arcp.auth;

/** The {@code X-Client-Fingerprint} header: 1–256 visible ASCII characters. */
public final class ClientFingerprints {
    public static final String HEADER = "X-Client-Fingerprint";
    public static final int MAX_LENGTH = 256;

    private ClientFingerprints() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
