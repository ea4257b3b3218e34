package tech.arcp.problem;

import java.util.Locale;

/** The ARCP problem catalog (SPEC §4). Slugs, statuses and titles are public API. */
public enum ProblemType {
    AUTHENTICATION_FAILED("authentication-failed", 401, "Authentication Failed"),
    TOKEN_INVALID("token-invalid", 401, "Invalid or Expired Token"),
    SESSION_EXPIRED("session-expired", 401, "Session Expired"),
    SESSION_INVALID("session-invalid", 401, "Session Validation Failed"),
    INSUFFICIENT_PERMISSIONS("insufficient-permissions", 403, "Insufficient Permissions"),
    PIN_REQUIRED("pin-required", 400, "PIN Required"),
    PIN_NOT_SET("pin-not-set", 400, "PIN Not Set"),
    PIN_ALREADY_SET("pin-already-set", 400, "PIN Already Set"),
    PIN_INCORRECT("pin-incorrect", 401, "Incorrect PIN"),
    PIN_INVALID_LENGTH("pin-invalid-length", 400, "Invalid PIN Length"),
    RATE_LIMIT_EXCEEDED("rate-limit-exceeded", 429, "Rate Limit Exceeded"),
    REQUIRED_HEADER_MISSING("required-header-missing", 400, "Required Header Missing"),
    VALIDATION_FAILED("validation-failed", 422, "Request Validation Failed"),
    INVALID_INPUT("invalid-input", 400, "Invalid Input Data"),
    REQUEST_TOO_LARGE("request-too-large", 413, "Request Too Large"),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request Headers Too Large"),
    REQUEST_ERROR("request-error", 400, "Request Processing Error"),
    REQUEST_TIMEOUT("request-timeout", 408, "Request Timeout"),
    NOT_FOUND("not-found", 404, "Resource Not Found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method Not Allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not Acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported Media Type"),
    TPR_DISABLED("tpr-disabled", 400, "Three-Phase Registration Disabled"),
    AGENT_NOT_FOUND("agent-not-found", 404, "Agent Not Found"),
    AGENT_NOT_AVAILABLE("agent-not-available", 404, "Agent Not Available"),
    DUPLICATE_AGENT("duplicate-agent", 409, "Duplicate Agent"),
    CONFIGURATION_ERROR("configuration-error", 500, "Service Configuration Error"),
    SESSION_STORE_UNAVAILABLE("session-store-unavailable", 503, "Session Store Unavailable"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service Unavailable"),
    INTERNAL_ERROR("internal-error", 500, "Internal Server Error");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The slug in UPPER_SNAKE_CASE, the {@code error_code} member. */
    public String errorCode() {
        return slug.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** The catalog entry for an HTTP error status raised outside our code (Jersey, Jetty). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> REQUEST_ERROR;
            case 401 -> AUTHENTICATION_FAILED;
            case 403 -> INSUFFICIENT_PERMISSIONS;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> REQUEST_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMIT_EXCEEDED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SESSION_STORE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_ERROR;
        };
    }
}
