package tech.arcp.session;

/**
 * Why a protected request was refused, in the order of SPEC §2. The {@code reason} slug is
 * the {@code reason} member of the problem body ({@code null} where SPEC gives none).
 */
public enum Denial {
    MISSING_CREDENTIALS(null),
    TOKEN_INVALID(null),
    IDLE_TIMEOUT("idle_timeout"),
    ABSOLUTE_TIMEOUT("absolute_timeout"),
    UNKNOWN_SESSION("unknown"),
    REVOKED("revoked"),
    EVICTED("evicted"),
    PIN_ATTEMPTS("pin_attempts"),
    FINGERPRINT_MISSING("fingerprint_missing"),
    FINGERPRINT_MISMATCH("fingerprint_mismatch");

    private final String reason;

    Denial(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** True for the answers of SPEC §2 rules 3–5 ({@code session-expired}). */
    public boolean isExpiry() {
        return this == IDLE_TIMEOUT || this == ABSOLUTE_TIMEOUT || this == UNKNOWN_SESSION;
    }

    public static Denial of(EndReason reason) {
        return switch (reason) {
            case IDLE_TIMEOUT -> IDLE_TIMEOUT;
            case ABSOLUTE_TIMEOUT -> ABSOLUTE_TIMEOUT;
            case REVOKED -> REVOKED;
            case EVICTED -> EVICTED;
            case PIN_ATTEMPTS -> PIN_ATTEMPTS;
        };
    }
}
