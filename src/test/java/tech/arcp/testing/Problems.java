package tech.arcp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on RFC 9457 problem answers of SPEC §4. */
public final class Problems {
    public static final String TYPE_BASE = "https://arcp.0x001.tech/docs/problems/";

    private Problems() {
    }

    /** Asserts status, media type, every member of SPEC §4 and the headers that go with it. */
    public static JsonNode assertProblem(Http.Reply reply, int status, String slug) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.path("type").asText()).isEqualTo(TYPE_BASE + slug);
        assertThat(body.path("status").isInt()).isTrue();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        assertThat(body.path("instance").asText()).startsWith("/");
        assertThat(body.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(body.path("error_code").asText()).isEqualTo(slug.replace('-', '_').toUpperCase());
        assertThat(body.path("request_id").asText()).isNotBlank().isEqualTo(reply.header("X-Request-ID").orElse(null));
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
        if (status == 401) {
            assertThat(reply.header("WWW-Authenticate")).contains("Bearer realm=\"arcp\", error=\"invalid_token\"");
        }
        return body;
    }
}
