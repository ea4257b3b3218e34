package tech.arcp.it.hostile;

import static tech.arcp.it.hostile.HostileCase.Expect.loginRefused;
import static tech.arcp.it.hostile.HostileCase.Expect.noAnswer;
import static tech.arcp.it.hostile.HostileCase.Expect.problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import tech.arcp.it.hostile.HostileCase.Expect;
import tech.arcp.it.hostile.HostileCase.Wire;

/** {@code POST /auth/login}: media types, fingerprints, chunked and oversized bodies, broken framing. */
final class BodyFraming {
    private BodyFraming() {
    }

    static List<HostileCase> cases(String fp, String password) {
        String body = "{\"username\":\"ARCP\"," + password + "}";
        List<HostileCase> c = new ArrayList<>();
        Expect unsupported = problem(415, "unsupported-media-type");
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json-patch+json", "image/png")) {
            c.add(raw("Content-Type " + type, r -> r.h("Content-Type", type).h("X-Client-Fingerprint", fp)
                    .body(bytes(body)), unsupported));
        }
        c.add(raw("no Content-Type", r -> r.h("X-Client-Fingerprint", fp).body(bytes(body)), unsupported));
        c.add(raw("a malformed Content-Type", r -> r.h("Content-Type", "application/").h("X-Client-Fingerprint", fp)
                .body(bytes(body)), problem(400, "request-error")));
        c.add(raw("Accept text/html", r -> json(r, fp, body).h("Accept", "text/html"), problem(406, "not-acceptable")));
        c.add(raw("Accept application/xml", r -> json(r, fp, body).h("Accept", "application/xml"), problem(406, "not-acceptable")));
        c.add(raw("no fingerprint", r -> r.h("Content-Type", "application/json").body(bytes(body)),
                problem(400, "required-header-missing")));
        c.add(raw("an empty fingerprint", r -> r.h("Content-Type", "application/json").h("X-Client-Fingerprint", "")
                .body(bytes(body)), problem(400, "required-header-missing")));
        c.add(raw("a DEL character in the fingerprint", r -> r.h("Content-Type", "application/json")
                .h("X-Client-Fingerprint", "a\u007fb").body(bytes(body)), problem(400, "request-error")));
        for (String bad : List.of("f".repeat(257), "a b", "tab\there", "ünïcode")) {
            c.add(raw("the fingerprint '" + (bad.length() > 20 ? "257 chars" : bad) + "'", r -> r.h("Content-Type",
                    "application/json").h("X-Client-Fingerprint", bad).body(bytes(body)), problem(400, "invalid-input")));
        }
        c.add(raw("a chunked body", r -> json(r, fp, null).h("Transfer-Encoding", "chunked").noContentLength()
                .body(chunked(body)), loginRefused()));
        c.add(raw("a bad chunk size", r -> json(r, fp, null).h("Transfer-Encoding", "chunked").noContentLength()
                .body(bytes("zz\r\n" + body + "\r\n0\r\n\r\n")), problem(400, "request-error")));
        c.add(raw("both Content-Length and Transfer-Encoding", r -> json(r, fp, null).h("Transfer-Encoding", "chunked")
                .h("Content-Length", "5").noContentLength().body(chunked(body)), problem(400, "request-error")));
        c.add(raw("two different Content-Lengths", r -> json(r, fp, null).h("Content-Length", String.valueOf(body.length()))
                .h("Content-Length", "3").noContentLength().body(bytes(body)), problem(400, "request-error")));
        c.add(raw("a negative Content-Length", r -> json(r, fp, null).h("Content-Length", "-5").noContentLength()
                .body(bytes(body)), problem(400, "request-error")));
        c.add(raw("a non-numeric Content-Length", r -> json(r, fp, null).h("Content-Length", "12abc").noContentLength()
                .body(bytes(body)), problem(400, "request-error")));
        // Jetty hands codings other than chunked to the application, which reads the (plain) JSON.
        c.add(raw("Transfer-Encoding gzip, chunked over a plain body", r -> json(r, fp, null)
                .h("Transfer-Encoding", "gzip, chunked").noContentLength().body(chunked(body)), loginRefused()));
        c.add(raw("Expect: 100-continue", r -> json(r, fp, body).h("Expect", "100-continue"), loginRefused()));
        c.add(new HostileCase("POST /auth/login with a body shorter than its Content-Length, then EOF", t -> new Wire(
                json(Raw.of("POST", "/auth/login"), fp, null).h("Content-Length", "500").noContentLength()
                        .body(bytes(body)).bytes(), true, 5000), problem(400, "request-error")));
        c.add(new HostileCase("POST /auth/login with a truncated chunked body, then EOF", t -> new Wire(
                json(Raw.of("POST", "/auth/login"), fp, null).h("Transfer-Encoding", "chunked").noContentLength()
                        .body(bytes("40\r\n{\"username\":\"AR")).bytes(), true, 5000), problem(400, "request-error")));
        c.add(new HostileCase("POST /auth/login sent slowly: half a body, read timeout", t -> new Wire(
                json(Raw.of("POST", "/auth/login"), fp, null).h("Content-Length", "500").noContentLength()
                        .body(bytes(body)).bytes(), false, 400), noAnswer()));
        c.add(raw("a 2 MiB body", r -> json(r, fp, "{\"username\":\"ARCP\",\"pad\":\"" + "x".repeat(2 << 20) + "\","
                + password + "}"), BodyAttacks.tooLarge()));
        c.add(raw("a 2 MiB chunked body", r -> json(r, fp, null).h("Transfer-Encoding", "chunked").noContentLength()
                .body(chunked("{\"username\":\"ARCP\",\"pad\":\"" + "x".repeat(2 << 20) + "\"," + password + "}")),
                BodyAttacks.tooLarge()));
        c.add(raw("a huge Content-Length and a small body, then EOF", r -> json(r, fp, null)
                .h("Content-Length", "99999999999").noContentLength().body(bytes(body)), BodyAttacks.tooLarge()));
        return c;
    }

    private static HostileCase raw(String name, UnaryOperator<Raw> build, Expect expect) {
        boolean halfClose = name.endsWith("then EOF");
        return new HostileCase("POST /auth/login with " + name,
                t -> new Wire(build.apply(Raw.of("POST", "/auth/login")).bytes(), halfClose, 5000), expect);
    }

    private static Raw json(Raw raw, String fp, String body) {
        raw.h("Content-Type", "application/json").h("X-Client-Fingerprint", fp);
        return body == null ? raw : raw.body(bytes(body));
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The body in chunks of at most 64 KiB. */
    static byte[] chunked(String body) {
        byte[] all = bytes(body);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < all.length; at += 65_536) {
            int n = Math.min(65_536, all.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(all, at, n);
            out.writeBytes(bytes("\r\n"));
        }
        out.writeBytes(bytes("0\r\n\r\n"));
        return out.toByteArray();
    }
}
