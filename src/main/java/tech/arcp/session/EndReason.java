package tech.arcp.session;

/**
 * Why a session ended. The slug is public API: it is the {@code reason} member of problem
 * bodies and the suffix of the {@code arcp.sessions.ended.<reason>} metrics.
 */
public enum EndReason {
    IDLE_TIMEOUT("idle_timeout", true),
    ABSOLUTE_TIMEOUT("absolute_timeout", true),
    REVOKED("revoked", false),
    EVICTED("evicted", false),
    PIN_ATTEMPTS("pin_attempts", false);

    private final String slug;
    private final boolean expiry;

    EndReason(String slug, boolean expiry) {
        this.slug = slug;
        this.expiry = expiry;
    }

    public String slug() {
        return slug;
    }

    /** True for the time-based endings (answered {@code session-expired}), false for the others. */
    public boolean isExpiry() {
        return expiry;
    }

    public static EndReason fromSlug(String slug) {
        for (EndReason r : values()) {
            if (r.slug.equals(slug)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown end reason");
    }
}
