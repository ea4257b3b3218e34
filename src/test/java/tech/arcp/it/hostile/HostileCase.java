package tech.arcp.it.hostile;

import java.util.function.Function;

/**
 * One row of the hostile-input corpus: a request built against the running app's {@link Target}
 * and what must come back.
 */
record HostileCase(String name, Function<Target, Wire> request, Expect expect) {

    @Override
    public String toString() {
        return name;
    }

    /** The reference sessions and tokens a request may use (never altered by the corpus). */
    record Target(String token, String fingerprint, String sessionId, String revokedToken) {
    }

    /** Exact request bytes; half-close after sending; how long to wait for an answer. */
    record Wire(byte[] bytes, boolean halfClose, int readTimeoutMillis) {
        static Wire of(Raw raw) {
            return new Wire(raw.bytes(), false, 5000);
        }
    }

    enum Kind {
        /** This status and problem slug. */
        PROBLEM,
        /** Wrong credentials: 401 {@code authentication-failed} (the corpus app's login throttle is out of reach). */
        LOGIN_REFUSED,
        /** A valid request: this 2xx status, and state may change only as the endpoint says. */
        SUCCESS,
        /** A slow, unfinished request: no answer within the read timeout, or a 4xx problem. */
        NO_ANSWER_OR_CLIENT_ERROR
    }

    /** @param reason the problem's {@code reason} member, or {@code null} to not check it */
    record Expect(Kind kind, int status, String slug, String reason) {
        static Expect problem(int status, String slug) {
            return new Expect(Kind.PROBLEM, status, slug, null);
        }

        static Expect problem(int status, String slug, String reason) {
            return new Expect(Kind.PROBLEM, status, slug, reason);
        }

        /** Pending issue 3's limits: {@code expectedLater} documents the status they will give. */
        static Expect loginRefused() {
            return new Expect(Kind.LOGIN_REFUSED, 401, "authentication-failed", null);
        }

        static Expect success(int status) {
            return new Expect(Kind.SUCCESS, status, null, null);
        }

        static Expect noAnswer() {
            return new Expect(Kind.NO_ANSWER_OR_CLIENT_ERROR, 0, null, null);
        }
    }
}
