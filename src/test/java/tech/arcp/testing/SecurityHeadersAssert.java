package tech.arcp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

/** The response headers every answer must carry (SPEC §5). */
public final class SecurityHeadersAssert {
    private SecurityHeadersAssert() {
    }

    public static void assertSecurityHeaders(Function<String, String> header) {
        assertThat(header.apply("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header.apply("X-Frame-Options")).isEqualTo("DENY");
        assertThat(header.apply("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header.apply("Cache-Control")).isEqualTo("no-store");
        assertThat(header.apply("X-Request-ID")).isNotBlank();
    }

    public static void assertSecurityHeaders(Http.Reply reply) {
        assertSecurityHeaders(name -> reply.header(name).orElse(null));
    }
}
