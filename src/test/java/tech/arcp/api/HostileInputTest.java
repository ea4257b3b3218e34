package tech.arcp.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.Problems;
import tech.arcp.testing.RawHttp;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * The bad-input corpus of SPEC §8: malformed, oversized and tricky requests each get a 4xx problem
 * body with the security headers, never a 5xx, and change no session, PIN, config or throttle
 * state. Throttles are set to 2 failures here, so the final check proves no request counted.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME,
            ConfigOverride.config("loginThrottle.maxFailures", "2"),
            ConfigOverride.config("pinThrottle.maxFailures", "2"));
    private static final String PIN = "7391";
    private static final String JSON = "application/json";

    private static Http http;
    private static Admin admin;   // has a PIN
    private static Admin fresh;   // has none

    /** One answer, from either client. */
    record Answer(int status, String contentType, String body, java.util.function.Function<String, String> header) {
        static Answer of(Http.Reply r) {
            return new Answer(r.status(), r.contentType(), r.body(), name -> r.header(name).orElse(null));
        }

        static Answer of(RawHttp.Reply r) {
            return new Answer(r.status(), r.header("Content-Type"), r.body(), r::header);
        }
    }

    record Case(String name, Supplier<Answer> request) {
    }

    private static Supplier<Answer> http(Supplier<Http.Reply> call) {
        return () -> Answer.of(call.get());
    }

    private static Supplier<Answer> raw(String head) {
        return () -> Answer.of(RawHttp.send(APP.getLocalPort(), head + "\r\nConnection: close"));
    }

    private static Supplier<Answer> raw(String head, byte[] body) {
        return () -> Answer.of(RawHttp.send(APP.getLocalPort(), head + "\r\nConnection: close", body));
    }

    private static Supplier<Answer> rawJson(String method, String path, String extraHeaders, byte[] body) {
        return raw(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + extraHeaders, body);
    }

    private static String auth(Admin a) {
        return "\r\nAuthorization: Bearer " + a.token() + "\r\nX-Client-Fingerprint: " + a.fingerprint();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Http.Reply login(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Client-Fingerprint";
        all[1] = "fp-hostile";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post("/auth/login", body, all);
    }

    private static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        // login: broken JSON, wrong shapes, nulls, huge strings, bad bytes, wrong media types
        c.add(new Case("login broken JSON", http(() -> login("{\"username\":"))));
        c.add(new Case("login JSON array", http(() -> login("[]"))));
        c.add(new Case("login JSON string", http(() -> login("\"ARCP\""))));
        c.add(new Case("login JSON null", http(() -> login("null"))));
        c.add(new Case("login empty body", http(() -> login(""))));
        c.add(new Case("login username object", http(() -> login("{\"username\":{\"a\":1},\"password\":\"x\"}"))));
        c.add(new Case("login password array", http(() -> login("{\"username\":\"ARCP\",\"password\":[1]}"))));
        c.add(new Case("login null members", http(() -> login("{\"username\":null,\"password\":null}"))));
        c.add(new Case("login blank username", http(() -> login("{\"username\":\"   \",\"password\":\"x\"}"))));
        c.add(new Case("login username 256 chars", http(() -> login("{\"username\":\"" + "u".repeat(256) + "\",\"password\":\"x\"}"))));
        c.add(new Case("login password 1025 chars", http(() -> login("{\"username\":\"ARCP\",\"password\":\"" + "p".repeat(1025) + "\"}"))));
        // The head declares a 2 MiB body and only its start is sent: the 413 comes at once. (Sending it all
        // through java.net.http races the server's early answer and close on the client side.)
        c.add(new Case("login declaring a 2 MiB body", () -> Answer.of(RawHttp.send(APP.getLocalPort(),
                bytes("POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "X-Client-Fingerprint: fp\r\nContent-Length: " + (2 << 20) + "\r\n\r\n{\"username\":\"uuuu"),
                false, 5000))));
        c.add(new Case("login escaped NUL in username", http(() -> login("{\"username\":\"AR\\u0000CP\",\"password\":\"x\"}"))));
        c.add(new Case("login raw NUL in JSON", rawJson("POST", "/auth/login", "\r\nX-Client-Fingerprint: fp",
                bytes("{\"username\":\"AR\u0000CP\",\"password\":\"x\"}"))));
        c.add(new Case("login invalid UTF-8", rawJson("POST", "/auth/login", "\r\nX-Client-Fingerprint: fp",
                new byte[] {'{', '"', 'u', 's', 'e', 'r', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})));
        c.add(new Case("login text/plain", http(() -> login("{}", "Content-Type", "text/plain"))));
        c.add(new Case("login form-encoded", http(() -> login("username=ARCP&password=x",
                "Content-Type", "application/x-www-form-urlencoded"))));
        c.add(new Case("login no content type", raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Client-Fingerprint: fp\r\nContent-Length: 2", bytes("{}"))));
        c.add(new Case("login Accept text/html", http(() -> login("{}", "Accept", "text/html"))));
        c.add(new Case("login duplicate content types", raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Type: text/plain\r\nX-Client-Fingerprint: fp\r\n"
                + "Content-Length: 2", bytes("{}"))));
        c.add(new Case("login without fingerprint", http(() -> http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"x\"}"))));
        c.add(new Case("login GET", http(() -> http.get("/auth/login"))));
        c.add(new Case("login deeply nested JSON", http(() -> login("{\"username\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))));
        // framing
        c.add(new Case("bad chunk size", raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Client-Fingerprint: fp\r\nTransfer-Encoding: chunked", bytes("zz\r\n{}\r\n0\r\n\r\n"))));
        c.add(new Case("content length and chunked", raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked", bytes("{}"))));
        c.add(new Case("negative content length", raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: -1", bytes("{}"))));
        c.add(new Case("non-numeric content length", raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: abc", bytes("{}"))));
        c.add(new Case("headers over 8 KiB", raw("GET /auth/session_status HTTP/1.1\r\nHost: localhost\r\nX-Pad: "
                + "p".repeat(10_000))));
        c.add(new Case("51 query parameters", http(() -> http.get("/auth/session_status?" + "a=1&".repeat(51)))));
        c.add(new Case("garbage request line", raw("HELLO")));
        c.add(new Case("unsupported HTTP version", raw("GET / HTTP/9.9\r\nHost: localhost")));
        c.add(new Case("unknown transfer coding", raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: gzip, chunked", bytes("2\r\n{}\r\n0\r\n\r\n"))));
        c.add(new Case("truncated chunked body", raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Client-Fingerprint: fp\r\nTransfer-Encoding: chunked", bytes("20\r\n{\"username\""))));
        c.add(new Case("unknown method", raw("BREW /auth/login HTTP/1.1\r\nHost: localhost")));
        // paths
        c.add(new Case("dot-dot path", raw("GET /auth/../auth/session_status HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("encoded dot-dot path", raw("GET /auth/%2e%2e/dashboard/config HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("encoded slash", raw("GET /auth%2fsession_status HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("NUL in path", raw("GET /auth/session_status%00 HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("NUL in login path", raw("POST /auth/login%00.json HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nX-Client-Fingerprint: fp\r\nContent-Length: 2", bytes("{}"))));
        c.add(new Case("overlong UTF-8 in path", raw("GET /auth/%C0%AFsession_status HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("backslash path", raw("GET /auth\\..\\dashboard\\config HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("long path", http(() -> http.get("/" + "a".repeat(6000)))));
        c.add(new Case("very long path", raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("double slashes", raw("GET //auth//session_status HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("matrix parameter", raw("GET /auth/session_status;jsessionid=x HTTP/1.1\r\nHost: localhost")));
        // credentials
        c.add(new Case("token in query string", http(() -> http.get("/auth/session_status?access_token=" + admin.token(),
                "X-Client-Fingerprint", admin.fingerprint()))));
        c.add(new Case("basic auth", http(() -> http.get("/auth/session_status", "Authorization", "Basic QVJDUDp4"))));
        c.add(new Case("huge bearer", http(() -> http.get("/auth/session_status", "Authorization", "Bearer " + "t".repeat(6000)))));
        c.add(new Case("duplicate authorization", raw("GET /auth/session_status HTTP/1.1\r\nHost: localhost" + auth(admin)
                + "\r\nAuthorization: Bearer " + fresh.token())));
        c.add(new Case("duplicate fingerprint", raw("GET /auth/session_status HTTP/1.1\r\nHost: localhost" + auth(admin)
                + "\r\nX-Client-Fingerprint: other")));
        c.add(new Case("fingerprint 257 chars", http(() -> http.get("/auth/pin_status", "Authorization", "Bearer " + admin.token(),
                "X-Client-Fingerprint", "f".repeat(257)))));
        c.add(new Case("fingerprint with tab", raw("GET /auth/pin_status HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + admin.token() + "\r\nX-Client-Fingerprint: fp\thostile")));
        c.add(new Case("fingerprint with control byte", raw("GET /auth/pin_status HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + admin.token() + "\r\nX-Client-Fingerprint: fp\u0007hostile")));
        // PIN endpoints
        c.add(new Case("set_pin broken JSON", http(() -> fresh.post("/auth/set_pin", "{\"pin\":"))));
        c.add(new Case("set_pin null", http(() -> fresh.post("/auth/set_pin", "{\"pin\":null}"))));
        c.add(new Case("set_pin array", http(() -> fresh.post("/auth/set_pin", "{\"pin\":[7,3,9,1]}"))));
        c.add(new Case("set_pin object", http(() -> fresh.post("/auth/set_pin", "{\"pin\":{\"v\":\"7391\"}}"))));
        c.add(new Case("set_pin 100k chars", http(() -> fresh.post("/auth/set_pin", "{\"pin\":\"" + "7".repeat(100_000) + "\"}"))));
        c.add(new Case("set_pin with NUL", http(() -> fresh.post("/auth/set_pin", "{\"pin\":\"73\\u000091\"}"))));
        c.add(new Case("set_pin text/plain", http(() -> fresh.post("/auth/set_pin", "7391", "Content-Type", "text/plain"))));
        c.add(new Case("set_pin invalid UTF-8", rawJson("POST", "/auth/set_pin", auth(fresh),
                new byte[] {'{', '"', 'p', 'i', 'n', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '7', '3', '"', '}'})));
        c.add(new Case("verify_pin broken JSON", http(() -> admin.post("/auth/verify_pin", "{pin:7391}"))));
        c.add(new Case("verify_pin null", http(() -> admin.post("/auth/verify_pin", "{\"pin\":null}"))));
        c.add(new Case("verify_pin wrong shape", http(() -> admin.post("/auth/verify_pin", "[\"7391\"]"))));
        // dashboard config (with the right PIN, so only the body is at fault)
        c.add(new Case("config broken JSON", http(() -> admin.post("/dashboard/config", "{\"ui\":", "X-Session-Pin", PIN))));
        c.add(new Case("config negative idle", http(() -> admin.post("/dashboard/config", "{\"idle_timeout\":-5}", "X-Session-Pin", PIN))));
        c.add(new Case("config huge number", http(() -> admin.post("/dashboard/config", "{\"idle_timeout\":1e400}", "X-Session-Pin", PIN))));
        c.add(new Case("config ui too deep", http(() -> admin.post("/dashboard/config",
                "{\"ui\":{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}}", "X-Session-Pin", PIN))));
        c.add(new Case("config declaring a body over 1 MiB", () -> Answer.of(RawHttp.send(APP.getLocalPort(),
                bytes("POST /dashboard/config HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + auth(admin).substring(2) + "\r\nX-Session-Pin: " + PIN + "\r\nContent-Length: "
                        + ((1 << 20) + 20) + "\r\n\r\n{\"ui\":{\"a\":\"xxxx"), false, 5000))));
        c.add(new Case("config null body", http(() -> admin.post("/dashboard/config", "null", "X-Session-Pin", PIN))));
        c.add(new Case("config without PIN", http(() -> admin.post("/dashboard/config", "{\"max_per_user\":1}"))));
        c.add(new Case("revoke long id without PIN", http(() -> admin.delete("/auth/sessions/" + "s".repeat(3000)))));
        c.add(new Case("revoke traversal id", raw("DELETE /auth/sessions/..%2f..%2fauth HTTP/1.1\r\nHost: localhost" + auth(admin))));
        c.add(new Case("hostile request id", http(() -> http.get("/auth/session_status", "X-Request-ID", "<script>" + "x".repeat(100)))));
        return c;
    }

    private static String state() {
        JsonNode sessions = admin.get("/auth/sessions").json().get("sessions");
        List<String> view = new ArrayList<>();
        sessions.forEach(s -> view.add(s.get("session_id").asText() + ":" + s.get("pin_set").asBoolean()));
        view.sort(null);
        return view + " " + admin.get("/auth/pin_status").body() + " " + admin.get("/dashboard/config").body();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyHostileRequestGetsA4xxProblemAndChangesNothing() {
        http = new Http(APP.getLocalPort());
        admin = Admin.login(http, "fp-hostile");
        assertThat(admin.post("/auth/set_pin", PinApiTest.pin(PIN)).status()).isEqualTo(200);
        fresh = Admin.login(http, "fp-hostile-fresh");
        List<Case> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        return corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String before = state();
            Answer answer = c.request().get();
            assertThat(answer.status()).as("%s: %s", c.name(), answer.body()).isBetween(400, 499);
            assertThat(answer.contentType()).as(c.name()).startsWith("application/problem+json");
            JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
            assertThat(body.path("type").asText()).startsWith(Problems.TYPE_BASE);
            assertThat(body.path("status").asInt()).isEqualTo(answer.status());
            assertThat(body.path("request_id").asText()).isEqualTo(answer.header().apply("X-Request-ID"));
            assertThat(answer.body().toLowerCase(Locale.ROOT)).doesNotContain("exception").doesNotContain("<html");
            assertThat(answer.header().apply("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header().apply("Cache-Control")).isEqualTo("no-store");
            assertThat(state()).as("state after %s", c.name()).isEqualTo(before);
        }));
    }

    @Test
    @Order(2)
    void noHostileRequestCountedTowardAnyThrottle() {
        // Throttles lock at 2 failures here: one more failure each must still leave the keys open.
        Http.Reply wrong = http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"wrong\"}",
                "X-Client-Fingerprint", "fp-final");
        assertThat(wrong.status()).isEqualTo(401);
        Admin.login(http, "fp-final");
        JsonNode wrongPin = Problems.assertProblem(admin.post("/auth/verify_pin", PinApiTest.pin("8462")), 401,
                "pin-incorrect");
        assertThat(wrongPin.get("attempts_remaining").asInt()).isEqualTo(4);
        assertThat(admin.post("/auth/verify_pin", PinApiTest.pin(PIN)).status()).isEqualTo(200);
        assertThat(fresh.get("/auth/pin_status").json().get("pin_set").asBoolean()).isFalse();
    }
}
