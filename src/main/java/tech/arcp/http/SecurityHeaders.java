package tech.arcp.http;

import java.util.function.BiConsumer;

/** The response headers of SPEC §5, set on every response (HSTS only over HTTPS). */
public final class SecurityHeaders {
    private SecurityHeaders() {
    }

    public static void apply(BiConsumer<String, String> setHeader, boolean secure) {
        setHeader.accept("X-Content-Type-Options", "nosniff");
        setHeader.accept("X-Frame-Options", "DENY");
        setHeader.accept("Referrer-Policy", "no-referrer");
        setHeader.accept("Cache-Control", "no-store");
        if (secure) {
            setHeader.accept("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
