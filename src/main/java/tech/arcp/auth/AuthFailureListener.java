package tech.arcp.auth;

import tech.arcp.problem.Problem;

/** Told of every problem the auth filter answers (metrics, audit). Must be fast. */
public interface AuthFailureListener {
    AuthFailureListener NONE = (problem, requestId) -> {
    };

    void failed(Problem problem, String requestId);
}
