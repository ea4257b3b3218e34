package tech.arcp.api;

import static tech.arcp.api.HostileRequests.bytes;
import static tech.arcp.api.HostileRequests.reply;

import java.util.ArrayList;
import java.util.List;
import tech.arcp.api.HostileRequests.Case;
import tech.arcp.testing.Http;

/**
 * The first half of the hostile corpus: login bodies (broken JSON, wrong shapes, nulls, huge
 * strings, bad bytes, wrong media types) and broken HTTP framing.
 */
final class HostileLoginCases {
    private HostileLoginCases() {
    }

    static List<Case> cases(HostileRequests r) {
        Http http = r.http();
        List<Case> c = new ArrayList<>();
        // login: broken JSON, wrong shapes, nulls, huge strings, bad bytes, wrong media types
        c.add(new Case("login broken JSON", reply(() -> r.login("{\"username\":"))));
        c.add(new Case("login JSON array", reply(() -> r.login("[]"))));
        c.add(new Case("login JSON string", reply(() -> r.login("\"ARCP\""))));
        c.add(new Case("login JSON null", reply(() -> r.login("null"))));
        c.add(new Case("login empty body", reply(() -> r.login(""))));
        c.add(new Case("login username object", reply(() -> r.login("{\"username\":{\"a\":1},\"password\":\"x\"}"))));
        c.add(new Case("login password array", reply(() -> r.login("{\"username\":\"ARCP\",\"password\":[1]}"))));
        c.add(new Case("login null members", reply(() -> r.login("{\"username\":null,\"password\":null}"))));
        c.add(new Case("login blank username", reply(() -> r.login("{\"username\":\"   \",\"password\":\"x\"}"))));
        c.add(new Case("login username 256 chars", reply(() -> r.login("{\"username\":\"" + "u".repeat(256) + "\",\"password\":\"x\"}"))));
        c.add(new Case("login password 1025 chars", reply(() -> r.login("{\"username\":\"ARCP\",\"password\":\"" + "p".repeat(1025) + "\"}"))));
        // The head declares a 2 MiB body and only its start is sent: the 413 comes at once. (Sending it all
        // through java.net.http races the server's early answer and close on the client side.)
        c.add(new Case("login declaring a 2 MiB body", r.partial("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nX-Client-Fingerprint: fp\r\nContent-Length: " + (2 << 20)
                + "\r\n\r\n{\"username\":\"uuuu")));
        c.add(new Case("login escaped NUL in username", reply(() -> r.login("{\"username\":\"AR\\u0000CP\",\"password\":\"x\"}"))));
        c.add(new Case("login raw NUL in JSON", r.rawJson("POST", "/auth/login", "\r\nX-Client-Fingerprint: fp",
                bytes("{\"username\":\"AR\u0000CP\",\"password\":\"x\"}"))));
        c.add(new Case("login invalid UTF-8", r.rawJson("POST", "/auth/login", "\r\nX-Client-Fingerprint: fp",
                new byte[] {'{', '"', 'u', 's', 'e', 'r', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})));
        c.add(new Case("login text/plain", reply(() -> r.login("{}", "Content-Type", "text/plain"))));
        c.add(new Case("login form-encoded", reply(() -> r.login("username=ARCP&password=x",
                "Content-Type", "application/x-www-form-urlencoded"))));
        c.add(new Case("login no content type", r.raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Client-Fingerprint: fp\r\nContent-Length: 2", bytes("{}"))));
        c.add(new Case("login Accept text/html", reply(() -> r.login("{}", "Accept", "text/html"))));
        c.add(new Case("login duplicate content types", r.raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Type: text/plain\r\nX-Client-Fingerprint: fp\r\n"
                + "Content-Length: 2", bytes("{}"))));
        c.add(new Case("login without fingerprint", reply(() -> http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"x\"}"))));
        c.add(new Case("login GET", reply(() -> http.get("/auth/login"))));
        c.add(new Case("login deeply nested JSON", reply(() -> r.login("{\"username\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))));
        // framing
        c.add(new Case("bad chunk size", r.raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Client-Fingerprint: fp\r\nTransfer-Encoding: chunked", bytes("zz\r\n{}\r\n0\r\n\r\n"))));
        c.add(new Case("content length and chunked", r.raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked", bytes("{}"))));
        c.add(new Case("negative content length", r.raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: -1", bytes("{}"))));
        c.add(new Case("non-numeric content length", r.raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: abc", bytes("{}"))));
        c.add(new Case("headers over 8 KiB", r.raw("GET /auth/session_status HTTP/1.1\r\nHost: localhost\r\nX-Pad: "
                + "p".repeat(10_000))));
        c.add(new Case("51 query parameters", reply(() -> http.get("/auth/session_status?" + "a=1&".repeat(51)))));
        c.add(new Case("garbage request line", r.raw("HELLO")));
        c.add(new Case("unsupported HTTP version", r.raw("GET / HTTP/9.9\r\nHost: localhost")));
        c.add(new Case("unknown transfer coding", r.raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: gzip, chunked", bytes("2\r\n{}\r\n0\r\n\r\n"))));
        c.add(new Case("truncated chunked body", r.raw("POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Client-Fingerprint: fp\r\nTransfer-Encoding: chunked", bytes("20\r\n{\"username\""))));
        c.add(new Case("unknown method", r.raw("BREW /auth/login HTTP/1.1\r\nHost: localhost")));
        return c;
    }
}
