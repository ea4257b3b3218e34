package tech.arcp.auth;

import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;

/** The {@code X-Client-Fingerprint} header: 1–256 visible ASCII characters. */
public final class ClientFingerprints {
    public static final String HEADER = "X-Client-Fingerprint";
    public static final int MAX_LENGTH = 256;

    private ClientFingerprints() {
    }

    /** The 400 {@code invalid-input} answer to a fingerprint that is not {@link #isValid}. */
    public static Problem invalid() {
        return Problem.of(ProblemType.INVALID_INPUT, "X-Client-Fingerprint must be 1-256 visible ASCII characters");
    }

    /** The 400 {@code required-header-missing} answer to a login without a fingerprint. */
    public static Problem missing() {
        return Problem.of(ProblemType.REQUIRED_HEADER_MISSING, "The X-Client-Fingerprint header is required")
                .with("header", HEADER);
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
