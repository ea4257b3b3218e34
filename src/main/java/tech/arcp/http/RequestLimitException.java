package tech.arcp.http;

/**
 * A request over one of the limits of SPEC §5 ({@link RequestLimitsFilter}, {@link LimitedRequest}),
 * answered as a problem by the problem layer: {@code limit} says which, {@code max} its bound.
 * Cheap: no stack trace.
 */
public final class RequestLimitException extends RuntimeException {
    /** Which limit: more query parameters, a larger body, or a body that could not be read. */
    public enum Limit { QUERY_PARAMETERS, BODY_SIZE, BODY_UNREADABLE }

    private final Limit limit;
    private final long max;

    RequestLimitException(Limit limit, long max) {
        super(limit.name(), null, false, false);
        this.limit = limit;
        this.max = max;
    }

    public Limit limit() {
        return limit;
    }

    /** The bound that was passed; 0 for {@link Limit#BODY_UNREADABLE}. */
    public long max() {
        return max;
    }
}
