package tech.arcp.it.hostile;

import static tech.arcp.it.hostile.HostileCase.Expect.loginRefused;
import static tech.arcp.it.hostile.HostileCase.Expect.problem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tech.arcp.it.hostile.HostileCase.Expect;
import tech.arcp.it.hostile.HostileCase.Wire;

/**
 * {@code POST /auth/login} (the only endpoint with a body) × malformed JSON, wrong types, nulls,
 * huge and unicode strings, invalid UTF-8, NUL bytes, wrong media types and fingerprints, and
 * body framing tricks. None of these may open a session.
 */
final class BodyAttacks {
    private static final String FP = "hostile-fp";
    private static final String PASSWORD = "\"password\":\"not-the-password\"";

    private BodyAttacks() {
    }

    static List<HostileCase> cases() {
        List<HostileCase> c = new ArrayList<>();
        Expect invalidInput = problem(400, "invalid-input");
        Expect validation = problem(422, "validation-failed");
        for (String body : List.of("{", "}", "[", "nul", "tru", "{\"username\":\"ARCP\",}", "{'username':'ARCP'}",
                "{\"username\":\"ARCP\" " + PASSWORD + "}", "{\"username\":\"a\\q\"," + PASSWORD + "}",
                "{\"username\":\"\\uZZZZ\"," + PASSWORD + "}", "{\"username\":\"unterminated," + PASSWORD + "}",
                "{\"username\":\"a\u0001b\"," + PASSWORD + "}", "/* c */ {\"username\":\"ARCP\"}",
                "{\"username\":NaN," + PASSWORD + "}", "{username:\"ARCP\"," + PASSWORD + "}")) {
            c.add(login("malformed JSON " + quote(body), json(body), invalidInput));
        }
        for (String value : List.of("{}", "[]", "[\"ARCP\"]", "{\"$ne\":null}")) {
            c.add(login("username of the wrong type " + value, json("{\"username\":" + value + "," + PASSWORD + "}"),
                    invalidInput));
        }
        for (String value : List.of("{}", "[\"x\"]")) {
            c.add(login("password of the wrong type " + value, json("{\"username\":\"ARCP\",\"password\":" + value + "}"),
                    invalidInput));
        }
        for (String body : List.of("[]", "\"ARCP\"", "42", "true")) {
            c.add(login("a body that is not an object: " + body, json(body), invalidInput));
        }
        for (String value : List.of("12345", "true", "1.5e308", "-0")) {
            c.add(login("a scalar username " + value + " (coerced, then refused)",
                    json("{\"username\":" + value + "," + PASSWORD + "}"), loginRefused()));
        }
        for (String body : List.of("null", "{}", "{\"username\":null,\"password\":null}", "{\"username\":\"ARCP\"}",
                "{\"username\":\"ARCP\",\"password\":null}", "{\"username\":\"\",\"password\":\"\"}",
                "{\"username\":\"   \"," + PASSWORD + "}")) {
            c.add(login("nulls and blanks " + body, json(body), validation));
        }
        c.add(login("a 300-character username", json("{\"username\":\"" + "u".repeat(300) + "\"," + PASSWORD + "}"), validation));
        c.add(login("a 100,000-character username", json("{\"username\":\"" + "u".repeat(100_000) + "\"," + PASSWORD + "}"), validation));
        c.add(login("a 2,000-character password", json("{\"username\":\"ARCP\",\"password\":\"" + "p".repeat(2000) + "\"}"), validation));
        for (String user : List.of("ÄRCP", "ARCP\u200b", "\u202eARCP", "АRCP", "ARCP😀", "アーク")) {
            c.add(login("a unicode username " + quote(user),
                    json("{\"username\":\"" + user + "\"," + PASSWORD + "}"), loginRefused()));
        }
        for (String user : List.of("ARCP\\u0000", "ARCP\\n")) { // control characters are refused before any check
            c.add(login("an escaped control character in the username " + quote(user),
                    json("{\"username\":\"" + user + "\"," + PASSWORD + "}"), validation));
        }
        c.add(login("a unicode password", json("{\"username\":\"ARCP\",\"password\":\"pässwörd😀\"}"), loginRefused()));
        // Jackson decodes the overlong C0 AF leniently (as '/'): a user name that matches nobody.
        c.add(login("the overlong UTF-8 c0af in the username", withBytes("{\"username\":\"AR",
                new byte[] {(byte) 0xC0, (byte) 0xAF}, "CP\"," + PASSWORD + "}"), loginRefused()));
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82})) {
            c.add(login("invalid UTF-8 " + hex(bad) + " in the username", withBytes("{\"username\":\"AR", bad,
                    "CP\"," + PASSWORD + "}"), invalidInput));
        }
        c.add(login("a raw NUL byte in a string", withBytes("{\"username\":\"AR", new byte[] {0}, "CP\"," + PASSWORD + "}"),
                invalidInput));
        c.add(login("a raw NUL byte between tokens", withBytes("{\"username\":\"ARCP\",", new byte[] {0}, PASSWORD + "}"),
                invalidInput));
        c.add(login("JSON nested 5,000 deep", json("{\"username\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), invalidInput));
        c.add(login("a 200,000-digit number", json("{\"username\":\"ARCP\",\"n\":" + "9".repeat(200_000) + "," + PASSWORD + "}"),
                invalidInput));
        c.addAll(BodyFraming.cases(FP, PASSWORD));
        return c;
    }

    static HostileCase login(String name, byte[] body, Expect expect) {
        return new HostileCase("POST /auth/login with " + name, t -> Wire.of(Raw.of("POST", "/auth/login")
                .h("Content-Type", "application/json").h("X-Client-Fingerprint", FP).body(body)), expect);
    }

    static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withBytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String quote(String s) {
        return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    static Expect tooLarge() {
        return problem(413, "request-too-large");
    }
}
