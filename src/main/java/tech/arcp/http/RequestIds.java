package tech.arcp.http;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Request ids (SPEC §4): an incoming {@code X-Request-ID} of 1–64 characters
 * {@code [A-Za-z0-9._-]} is kept, anything else is replaced by {@code req_} and 12 hex digits.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-ID";
    /** Request attribute (and Jersey property) holding the id; also the MDC key. */
    public static final String ATTRIBUTE = "request_id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static String accept(String incoming) {
        return incoming != null && VALID.matcher(incoming).matches() ? incoming : generate();
    }

    /** The id a filter stored on the request ({@link #ATTRIBUTE}), or a fresh one when there is none. */
    public static String orGenerate(Object stored) {
        return stored == null ? generate() : stored.toString();
    }

    public static String generate() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "req_" + HexFormat.of().formatHex(bytes);
    }
}
