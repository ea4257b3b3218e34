package tech.arcp.api;

import static tech.arcp.api.HostileRequests.PIN;
import static tech.arcp.api.HostileRequests.auth;
import static tech.arcp.api.HostileRequests.bytes;
import static tech.arcp.api.HostileRequests.reply;

import java.util.ArrayList;
import java.util.List;
import tech.arcp.api.HostileRequests.Case;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;

/**
 * The second half of the hostile corpus: tricky paths, misplaced or malformed credentials, and bad
 * bodies for the PIN, dashboard config and revocation endpoints of a signed-in admin.
 */
final class HostileSessionCases {
    private HostileSessionCases() {
    }

    static List<Case> cases(HostileRequests r) {
        Http http = r.http();
        Admin admin = r.admin();
        Admin fresh = r.fresh();
        List<Case> c = new ArrayList<>();
        // paths
        c.add(new Case("dot-dot path", r.raw("GET /auth/../auth/session_status HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("encoded dot-dot path", r.raw("GET /auth/%2e%2e/dashboard/config HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("encoded slash", r.raw("GET /auth%2fsession_status HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("NUL in path", r.raw("GET /auth/session_status%00 HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("NUL in login path", r.raw("POST /auth/login%00.json HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nX-Client-Fingerprint: fp\r\nContent-Length: 2", bytes("{}"))));
        c.add(new Case("overlong UTF-8 in path", r.raw("GET /auth/%C0%AFsession_status HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("backslash path", r.raw("GET /auth\\..\\dashboard\\config HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("long path", reply(() -> http.get("/" + "a".repeat(6000)))));
        c.add(new Case("very long path", r.raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("double slashes", r.raw("GET //auth//session_status HTTP/1.1\r\nHost: localhost")));
        c.add(new Case("matrix parameter", r.raw("GET /auth/session_status;jsessionid=x HTTP/1.1\r\nHost: localhost")));
        // credentials
        c.add(new Case("token in query string", reply(() -> http.get("/auth/session_status?access_token=" + admin.token(),
                "X-Client-Fingerprint", admin.fingerprint()))));
        c.add(new Case("basic auth", reply(() -> http.get("/auth/session_status", "Authorization", "Basic QVJDUDp4"))));
        c.add(new Case("huge bearer", reply(() -> http.get("/auth/session_status", "Authorization", "Bearer " + "t".repeat(6000)))));
        c.add(new Case("duplicate authorization", r.raw("GET /auth/session_status HTTP/1.1\r\nHost: localhost" + auth(admin)
                + "\r\nAuthorization: Bearer " + fresh.token())));
        c.add(new Case("duplicate fingerprint", r.raw("GET /auth/session_status HTTP/1.1\r\nHost: localhost" + auth(admin)
                + "\r\nX-Client-Fingerprint: other")));
        c.add(new Case("fingerprint 257 chars", reply(() -> http.get("/auth/pin_status", "Authorization", "Bearer " + admin.token(),
                "X-Client-Fingerprint", "f".repeat(257)))));
        c.add(new Case("fingerprint with tab", r.raw("GET /auth/pin_status HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + admin.token() + "\r\nX-Client-Fingerprint: fp\thostile")));
        c.add(new Case("fingerprint with control byte", r.raw("GET /auth/pin_status HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + admin.token() + "\r\nX-Client-Fingerprint: fp\u0007hostile")));
        // PIN endpoints
        c.add(new Case("set_pin broken JSON", reply(() -> fresh.post("/auth/set_pin", "{\"pin\":"))));
        c.add(new Case("set_pin null", reply(() -> fresh.post("/auth/set_pin", "{\"pin\":null}"))));
        c.add(new Case("set_pin array", reply(() -> fresh.post("/auth/set_pin", "{\"pin\":[7,3,9,1]}"))));
        c.add(new Case("set_pin object", reply(() -> fresh.post("/auth/set_pin", "{\"pin\":{\"v\":\"7391\"}}"))));
        c.add(new Case("set_pin 100k chars", reply(() -> fresh.post("/auth/set_pin", "{\"pin\":\"" + "7".repeat(100_000) + "\"}"))));
        c.add(new Case("set_pin with NUL", reply(() -> fresh.post("/auth/set_pin", "{\"pin\":\"73\\u000091\"}"))));
        c.add(new Case("set_pin text/plain", reply(() -> fresh.post("/auth/set_pin", "7391", "Content-Type", "text/plain"))));
        c.add(new Case("set_pin invalid UTF-8", r.rawJson("POST", "/auth/set_pin", auth(fresh),
                new byte[] {'{', '"', 'p', 'i', 'n', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '7', '3', '"', '}'})));
        c.add(new Case("verify_pin broken JSON", reply(() -> admin.post("/auth/verify_pin", "{pin:7391}"))));
        c.add(new Case("verify_pin null", reply(() -> admin.post("/auth/verify_pin", "{\"pin\":null}"))));
        c.add(new Case("verify_pin wrong shape", reply(() -> admin.post("/auth/verify_pin", "[\"7391\"]"))));
        // dashboard config (with the right PIN, so only the body is at fault)
        c.add(new Case("config broken JSON", reply(() -> admin.post("/dashboard/config", "{\"ui\":", "X-Session-Pin", PIN))));
        c.add(new Case("config negative idle", reply(() -> admin.post("/dashboard/config", "{\"idle_timeout\":-5}", "X-Session-Pin", PIN))));
        c.add(new Case("config huge number", reply(() -> admin.post("/dashboard/config", "{\"idle_timeout\":1e400}", "X-Session-Pin", PIN))));
        c.add(new Case("config ui too deep", reply(() -> admin.post("/dashboard/config",
                "{\"ui\":{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}}", "X-Session-Pin", PIN))));
        c.add(new Case("config declaring a body over 1 MiB", r.partial("POST /dashboard/config HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\n" + auth(admin).substring(2)
                + "\r\nX-Session-Pin: " + PIN + "\r\nContent-Length: " + ((1 << 20) + 20)
                + "\r\n\r\n{\"ui\":{\"a\":\"xxxx")));
        c.add(new Case("config null body", reply(() -> admin.post("/dashboard/config", "null", "X-Session-Pin", PIN))));
        c.add(new Case("config without PIN", reply(() -> admin.post("/dashboard/config", "{\"max_per_user\":1}"))));
        c.add(new Case("revoke long id without PIN", reply(() -> admin.delete("/auth/sessions/" + "s".repeat(3000)))));
        c.add(new Case("revoke traversal id", r.raw("DELETE /auth/sessions/..%2f..%2fauth HTTP/1.1\r\nHost: localhost" + auth(admin))));
        c.add(new Case("hostile request id", reply(() -> http.get("/auth/session_status", "X-Request-ID", "<script>" + "x".repeat(100)))));
        return c;
    }
}
