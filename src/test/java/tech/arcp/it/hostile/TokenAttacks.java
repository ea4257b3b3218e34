package tech.arcp.it.hostile;

import static tech.arcp.it.hostile.HostileCase.Expect.problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tech.arcp.it.hostile.HostileCase.Expect;
import tech.arcp.it.hostile.HostileCase.Target;
import tech.arcp.it.hostile.HostileCase.Wire;

/**
 * Every protected endpoint (and {@code GET /tokens/validate}) × forged, truncated, garbled, ended
 * and misplaced tokens and fingerprints. None of these may authenticate or slide a session.
 */
final class TokenAttacks {
    private static final String FORGED = "arcp.0badc0de." + "A".repeat(43) + "." + "B".repeat(22);

    private record Endpoint(String method, String path) {
        boolean validate() {
            return path.equals("/tokens/validate");
        }
    }

    private record Variant(String name, Function<Target, Raw> decorate, Expect expect, Expect onValidate) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/auth/logout"), new Endpoint("POST", "/auth/logout_all"),
            new Endpoint("GET", "/auth/session_status"), new Endpoint("GET", "/auth/sessions"),
            new Endpoint("DELETE", "/auth/sessions/sess_0000000000000000"), new Endpoint("POST", "/tokens/refresh"),
            new Endpoint("GET", "/dashboard/config"), new Endpoint("GET", "/tokens/validate"));

    private TokenAttacks() {
    }

    static List<HostileCase> cases() {
        List<HostileCase> cases = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (Variant v : variants(e)) {
                Expect expect = e.validate() && v.onValidate() != null ? v.onValidate() : v.expect();
                cases.add(new HostileCase(e.method() + " " + e.path() + " with " + v.name(),
                        t -> Wire.of(v.decorate().apply(t)), expect));
            }
        }
        return cases;
    }

    private static List<Variant> variants(Endpoint e) {
        Expect noCredentials = problem(401, "authentication-failed");
        Expect invalid = problem(401, "token-invalid");
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("no Authorization", t -> req(e), noCredentials, null));
        v.add(new Variant("Basic credentials", t -> req(e).h("Authorization", "Basic QVJDUDpwYXNzd29yZA=="), noCredentials, null));
        v.add(new Variant("a bare Bearer", t -> req(e).h("Authorization", "Bearer"), noCredentials, null));
        v.add(new Variant("a blank Bearer", t -> req(e).h("Authorization", "Bearer     "), noCredentials, null));
        v.add(bearer(e, "a truncated token", t -> t.token().substring(0, 60), invalid));
        v.add(bearer(e, "a token one character too long", t -> t.token() + "x", invalid));
        v.add(bearer(e, "a valid shape and a wrong MAC", t -> flipLast(t.token()), invalid));
        v.add(bearer(e, "a changed secret under the old MAC", t -> flipAt(t.token(), 30), invalid));
        v.add(bearer(e, "a forged token of the right shape", t -> FORGED, invalid));
        v.add(bearer(e, "an upper-case user tag", t -> t.token().substring(0, 5)
                + t.token().substring(5, 13).toUpperCase() + t.token().substring(13), invalid));
        v.add(bearer(e, "a unicode character in the token", t -> t.token().substring(0, 40) + "é"
                + t.token().substring(41), invalid));
        v.add(bearer(e, "a JWT", t -> "eyJhbGciOiJub25lIn0.eyJzdWIiOiJBUkNQIiwicm9sZSI6ImFkbWluIn0.", invalid));
        v.add(bearer(e, "a lower-case scheme and a forged token", t -> FORGED, invalid));
        v.add(new Variant("a NUL byte after the token", t -> req(e).line(concat("Authorization: Bearer " + t.token(),
                new byte[] {0}, "X-Client-Fingerprint: " + t.fingerprint())), problem(400, "request-error"), null));
        v.add(new Variant("two Authorization headers", t -> withFingerprint(req(e), t)
                .h("Authorization", "Bearer " + FORGED).h("Authorization", "Bearer " + t.token()), invalid, null));
        v.add(new Variant("a revoked session's token", t -> withFingerprint(req(e), t)
                .h("Authorization", "Bearer " + t.revokedToken()), problem(401, "session-invalid", "revoked"), null));
        v.add(new Variant("no fingerprint", t -> req(e).h("Authorization", "Bearer " + t.token()),
                problem(401, "session-invalid", "fingerprint_missing"), null));
        v.add(new Variant("another fingerprint", t -> req(e).h("Authorization", "Bearer " + t.token())
                .h("X-Client-Fingerprint", "someone-else"), problem(401, "session-invalid", "fingerprint_mismatch"), null));
        v.add(new Variant("a 300-character fingerprint", t -> req(e).h("Authorization", "Bearer " + t.token())
                .h("X-Client-Fingerprint", t.fingerprint() + "x".repeat(300)), problem(400, "invalid-input"),
                problem(401, "session-invalid", "fingerprint_mismatch")));
        v.add(new Variant("the fingerprint sent twice", t -> req(e).h("Authorization", "Bearer " + t.token())
                .h("X-Client-Fingerprint", t.fingerprint()).h("X-Client-Fingerprint", "someone-else"),
                problem(401, "session-invalid", "fingerprint_mismatch"), Expect.success(200)));
        v.add(new Variant("the token in the query string", t -> withFingerprint(Raw.of(e.method(),
                e.path() + "?token=" + t.token() + "&access_token=" + t.token()), t), noCredentials, null));
        v.add(new Variant("the token in a cookie", t -> withFingerprint(req(e), t)
                .h("Cookie", "token=" + t.token() + "; access_token=" + t.token()), noCredentials, null));
        v.add(new Variant("a 10 KiB Authorization header", t -> withFingerprint(req(e), t)
                .h("Authorization", "Bearer " + "A".repeat(10_240)), problem(431, "headers-too-large"), null));
        return v;
    }

    private static Variant bearer(Endpoint e, String name, Function<Target, String> token, Expect expect) {
        String scheme = name.startsWith("a lower-case scheme") ? "bearer " : "Bearer ";
        return new Variant(name, t -> withFingerprint(req(e), t).h("Authorization", scheme + token.apply(t)), expect, null);
    }

    private static Raw req(Endpoint e) {
        return Raw.of(e.method(), e.path());
    }

    private static Raw withFingerprint(Raw raw, Target t) {
        return raw.h("X-Client-Fingerprint", t.fingerprint());
    }

    static String flipLast(String token) {
        return flipAt(token, token.length() - 1);
    }

    static String flipAt(String token, int index) {
        char c = token.charAt(index);
        char flipped = c == 'A' ? 'B' : 'A';
        return token.substring(0, index) + flipped + token.substring(index + 1);
    }

    private static byte[] concat(String before, byte[] middle, String afterLine) {
        byte[] a = before.getBytes(StandardCharsets.ISO_8859_1);
        byte[] c = ("\r\n" + afterLine).getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }
}
