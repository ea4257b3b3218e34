package tech.arcp.it.hostile;

import static tech.arcp.it.hostile.HostileCase.Expect.noAnswer;
import static tech.arcp.it.hostile.HostileCase.Expect.problem;
import static tech.arcp.it.hostile.HostileCase.Expect.success;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import tech.arcp.it.hostile.HostileCase.Expect;
import tech.arcp.it.hostile.HostileCase.Wire;

/** Malformed and flooded headers, slow heads, query-string tricks. */
final class HeaderAttacks {
    private HeaderAttacks() {
    }

    static List<HostileCase> cases() {
        List<HostileCase> c = new ArrayList<>();
        Expect badRequest = problem(400, "request-error");
        Expect notFound = problem(404, "not-found");
        c.add(head("a header line without a colon", r -> r.line("NoColonHere"), badRequest));
        c.add(head("a space before the colon", r -> r.line("X-Thing : 1"), badRequest));
        c.add(head("an obsolete folded header", r -> r.line("X-Thing: a").line(" folded"), badRequest));
        c.add(head("a NUL byte in a header name", r -> r.line(new byte[] {'X', 0, 'Y', ':', ' ', '1'}), badRequest));
        c.add(head("a bare CR in a header value", r -> r.line("X-Thing: a\rb"), badRequest));
        c.add(head("a header name with a non-token character", r -> r.line("X(Thing): 1"), badRequest));
        c.add(head("100 small headers (a valid request)", r -> flood(r, 100, 20), success(200)));
        c.add(head("1,000 small headers", r -> flood(r, 1000, 20), problem(431, "headers-too-large")));
        c.add(head("one 16 KiB header", r -> r.h("X-Big", "b".repeat(16_384)), problem(431, "headers-too-large")));
        c.add(head("a 9 KiB header name", r -> r.h("X-" + "n".repeat(9216), "1"), problem(431, "headers-too-large")));
        c.add(new HostileCase("GET /nope with X-Request-ID '<script>'", t -> Wire.of(Raw.of("GET", "/nope")
                .h("X-Request-ID", "<script>alert(1)</script>")), notFound));
        c.add(new HostileCase("GET /nope with two X-Request-ID headers", t -> Wire.of(flood(Raw.of("GET", "/nope"), 0, 0)
                .h("X-Request-ID", "a").h("X-Request-ID", "b")), notFound));
        c.add(new HostileCase("GET / sent slowly: an unfinished head, read timeout", t -> new Wire(Raw.of("GET", "/")
                .h("X-Thing", "1").unfinishedHead().bytes(), false, 400), noAnswer()));
        c.add(new HostileCase("GET / sent slowly: half a request line, read timeout", t -> new Wire(
                "GET /auth/sess".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false, 400), noAnswer()));
        c.add(new HostileCase("GET / with an unfinished head, then EOF", t -> new Wire(Raw.of("GET", "/")
                .h("X-Thing", "1").unfinishedHead().bytes(), true, 5000), noAnswer()));
        c.add(ProtocolAttacks.get("/nope with 60 query parameters", "/nope?" + params(60), problem(400, "request-error")));
        c.add(ProtocolAttacks.get("/auth/session_status with 60 query parameters", "/auth/session_status?" + params(60),
                problem(400, "request-error")));
        c.add(ProtocolAttacks.get("/ with a query of bad escapes (a valid request)", "/?x=%zz&y=%00&%ff", success(200)));
        c.add(new HostileCase("POST /tokens/validate with a forged token (a valid request)", t -> Wire.of(Raw.of("POST",
                "/tokens/validate?token=" + TokenAttacks.flipLast(t.token()))), success(200)));
        c.add(new HostileCase("POST /tokens/validate with a NUL token (a valid request)", t -> Wire.of(Raw.of("POST",
                "/tokens/validate?token=%00")), success(200)));
        c.add(new HostileCase("POST /tokens/validate with two tokens (a valid request)", t -> Wire.of(Raw.of("POST",
                "/tokens/validate?token=x&token=" + t.token())), success(200)));
        return c;
    }

    private static HostileCase head(String name, UnaryOperator<Raw> build, Expect expect) {
        return new HostileCase("GET / with " + name, t -> Wire.of(build.apply(Raw.of("GET", "/"))), expect);
    }

    private static Raw flood(Raw raw, int count, int size) {
        for (int i = 0; i < count; i++) {
            raw.h("X-Flood-" + i, "v".repeat(size));
        }
        return raw;
    }

    private static String params(int n) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < n; i++) {
            q.append(i == 0 ? "" : "&").append("p").append(i).append("=").append(i);
        }
        return q.toString();
    }
}
