package tech.arcp.api;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.RawHttp;

/**
 * What the hostile corpus sends with: the app's port, a plain client, an admin with a PIN and one
 * without, and the builders its cases are written in (java.net.http or a raw socket).
 */
record HostileRequests(int port, Http http, Admin admin, Admin fresh) {
    static final String PIN = "7391";

    /** One answer, from either client. */
    record Answer(int status, String contentType, String body, Function<String, String> header) {
        static Answer of(Http.Reply r) {
            return new Answer(r.status(), r.contentType(), r.body(), name -> r.header(name).orElse(null));
        }

        static Answer of(RawHttp.Reply r) {
            return new Answer(r.status(), r.header("Content-Type"), r.body(), r::header);
        }
    }

    record Case(String name, Supplier<Answer> request) {
    }

    static Supplier<Answer> reply(Supplier<Http.Reply> call) {
        return () -> Answer.of(call.get());
    }

    Supplier<Answer> raw(String head) {
        return () -> Answer.of(RawHttp.send(port, head + "\r\nConnection: close"));
    }

    Supplier<Answer> raw(String head, byte[] body) {
        return () -> Answer.of(RawHttp.send(port, head + "\r\nConnection: close", body));
    }

    Supplier<Answer> rawJson(String method, String path, String extraHeaders, byte[] body) {
        return raw(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + extraHeaders, body);
    }

    /** Sends only {@code start}, a head declaring a larger body and its first bytes, and reads the early answer. */
    Supplier<Answer> partial(String start) {
        return () -> Answer.of(RawHttp.send(port, bytes(start), false, 5000));
    }

    static String auth(Admin a) {
        return "\r\nAuthorization: Bearer " + a.token() + "\r\nX-Client-Fingerprint: " + a.fingerprint();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    Http.Reply login(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Client-Fingerprint";
        all[1] = "fp-hostile";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post("/auth/login", body, all);
    }
}
