package tech.arcp.it.hostile;

import static tech.arcp.it.hostile.HostileCase.Expect.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tech.arcp.it.hostile.HostileCase.Expect;
import tech.arcp.it.hostile.HostileCase.Target;
import tech.arcp.it.hostile.HostileCase.Wire;

/** Path and encoding tricks, methods, versions, malformed and flooded headers, slow requests, queries. */
final class ProtocolAttacks {
    private ProtocolAttacks() {
    }

    static List<HostileCase> cases() {
        List<HostileCase> c = new ArrayList<>();
        Expect noCredentials = problem(401, "authentication-failed");
        Expect notFound = problem(404, "not-found");
        Expect badRequest = problem(400, "request-error");
        for (String path : List.of("/auth/session_status;x=y", "/auth/session_status?x=1")) {
            c.add(get("the path " + path + " (same endpoint, no token)", path, noCredentials));
        }
        for (String path : List.of("//auth//session_status", "/auth/session_status%2500", "/ä",
                "/%2e%2e/auth/session_status", "/auth%2fsession_status",
                "/auth/session_status%00", "/auth/%2e%2e/auth/sessions", "/%c0%af", "/%zz", "/auth\\session_status",
                "/auth/session_status%5c", "/%ff")) {
            c.add(get("the path " + path, path, badRequest));
        }
        // Jetty resolves dot segments; what is left names no resource (and no protected one).
        for (String path : List.of("/auth/./session_status", "/auth/../auth/session_status", "/AUTH/SESSION_STATUS",
                "/auth/session_statu", "/auth/sessions/../../etc/passwd".replace("..", "x"), "/.env", "/metrics%20", "/tokens")) {
            c.add(get("the path " + path, path, notFound));
        }
        // Jetty refuses a request line over the 8 KiB head limit as 414, answered as 400 request-error.
        c.add(get("a 9,000-character path", "/" + "a".repeat(9000), badRequest));
        c.add(get("a 7,000-character path", "/" + "a".repeat(7000), notFound));
        // Ending another session needs the PIN first, so no session id can be probed without it.
        Expect pinRequired = problem(400, "pin-required");
        c.add(admin("DELETE of an unknown session id", t -> "/auth/sessions/sess_ffffffffffffffff", "DELETE",
                pinRequired));
        c.add(admin("DELETE of a 1,000-character session id", t -> "/auth/sessions/" + "s".repeat(1000), "DELETE",
                pinRequired));
        c.add(admin("DELETE of the session id %00", t -> "/auth/sessions/%00", "DELETE", badRequest));
        c.add(admin("DELETE of another user's-looking id", t -> "/auth/sessions/" + otherId(t.sessionId()), "DELETE",
                pinRequired));
        for (String[] m : new String[][] {{"TRACE", "/"}, {"PATCH", "/auth/login"}, {"PUT", "/auth/sessions"},
                {"GET", "/auth/login"}, {"DELETE", "/"}, {"FOO", "/"}, {"get", "/"}, {"POST", "/auth/session_status"}}) {
            c.add(new HostileCase(m[0] + " " + m[1], t -> Wire.of(Raw.of(m[0], m[1])), problem(405, "method-not-allowed")));
        }
        c.add(new HostileCase("GET / without Host", t -> Wire.of(Raw.of("GET", "/").noHost()), badRequest));
        c.add(new HostileCase("GET / with two Host headers", t -> Wire.of(Raw.of("GET", "/").h("Host", "evil.example")),
                badRequest));
        c.add(new HostileCase("GET / HTTP/1.2", t -> Wire.of(Raw.of("GET", "/").version("HTTP/1.2")), badRequest));
        c.add(new HostileCase("GET / HTTP/x", t -> Wire.of(Raw.of("GET", "/").version("HTTP/x")), badRequest));
        c.add(new HostileCase("a request line of garbage", t -> new Wire("\u0001\u0002 garbage\r\n\r\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1), false, 5000), badRequest));
        c.add(new HostileCase("an absolute-form target to another host", t -> Wire.of(Raw.of("GET",
                "http://evil.example/auth/session_status")), badRequest));
        c.addAll(HeaderAttacks.cases());
        return c;
    }

    static HostileCase get(String name, String path, Expect expect) {
        return new HostileCase("GET " + name, t -> Wire.of(Raw.of("GET", path)), expect);
    }

    /** A request by the reference admin (valid credentials) that must still change nothing. */
    private static HostileCase admin(String name, Function<Target, String> path, String method, Expect expect) {
        return new HostileCase(name + " by a logged-in admin", t -> Wire.of(Raw.of(method, path.apply(t))
                .h("Authorization", "Bearer " + t.token()).h("X-Client-Fingerprint", t.fingerprint())), expect);
    }

    /** A well-formed session id that is not {@code id}: its last hex digit changed (never the same id). */
    static String otherId(String id) {
        char last = id.charAt(id.length() - 1);
        return id.substring(0, id.length() - 1) + (last == '0' ? '1' : '0');
    }
}
