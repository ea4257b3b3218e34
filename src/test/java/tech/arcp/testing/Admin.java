package tech.arcp.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** A logged-in admin client: token and fingerprint sent on every call. */
public record Admin(Http http, String token, String fingerprint, String sessionId) {

    public static Admin login(Http http, String user, String password, String fingerprint) {
        Http.Reply reply = http.post("/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}",
                "X-Client-Fingerprint", fingerprint);
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply.status() + " " + reply.body());
        }
        JsonNode json = reply.json();
        return new Admin(http, json.get("access_token").asText(), fingerprint, json.get("session_id").asText());
    }

    public static Admin login(Http http, String fingerprint) {
        return login(http, TestApps.ADMIN, TestApps.ADMIN_PASSWORD, fingerprint);
    }

    public Http.Reply get(String path, String... extraHeaders) {
        return http.get(path, headers(extraHeaders));
    }

    public Http.Reply post(String path, String body, String... extraHeaders) {
        return http.post(path, body, headers(extraHeaders));
    }

    public Http.Reply delete(String path, String... extraHeaders) {
        return http.delete(path, headers(extraHeaders));
    }

    private String[] headers(String... extra) {
        String[] all = new String[4 + extra.length];
        all[0] = "Authorization";
        all[1] = "Bearer " + token;
        all[2] = "X-Client-Fingerprint";
        all[3] = fingerprint;
        System.arraycopy(extra, 0, all, 4, extra.length);
        return all;
    }

    public Admin withToken(String newToken) {
        return new Admin(http, newToken, fingerprint, sessionId);
    }
}
