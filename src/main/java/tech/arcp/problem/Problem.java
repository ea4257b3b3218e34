package tech.arcp.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem to answer: its catalog type, a human detail, and extension members
 * ({@code reason}, {@code session_id}, {@code retry_after} ...). Details must never contain
 * tokens, passwords, PINs or exception text.
 */
public record Problem(ProblemType type, String detail, Map<String, Object> extensions) {

    public Problem {
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type, detail, Map.of());
    }

    /** A copy with one more extension member (ignored when {@code value} is null). */
    public Problem with(String member, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, detail, more);
    }

    public int status() {
        return type.status();
    }

    /** This problem as an exception, for resources and services that throw. */
    public ProblemException exception() {
        return new ProblemException(this);
    }
}
