package tech.arcp.connections;

import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;

/**
 * The Jetty handler in front of the servlet layer: a request reaches Jersey only once its whole
 * body has arrived, read without a thread ({@link BodyReader}), so a slow or stalled client costs
 * a connection and a buffer, never a thread. Requests without a body pass straight through. Also
 * answers the connections over a cap of {@link ConnectionGuard} (503 {@code service-unavailable})
 * and, while the service drains, asks every client to close its connection after the response.
 */
public final class BodyBufferingHandler extends Handler.Wrapper {
    /** Seconds a client refused by a connection cap is asked to wait ({@code Retry-After}). */
    static final int CAP_RETRY_AFTER_SECONDS = 1;

    private final ConnectionGuard guard;
    private final BodyRules rules;
    private final BooleanSupplier draining;

    BodyBufferingHandler(ConnectionGuard guard, BodyRules rules, BooleanSupplier draining) {
        this.guard = guard;
        this.rules = rules;
        this.draining = draining;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        ConnectionGuard.Refusal refusal = guard.admit(request);
        if (refusal != null) {
            closeAfter(response);
            rules.problems().write(request, response, refused(refusal), callback);
            return true;
        }
        if (draining.getAsBoolean()) {
            closeAfter(response);
        }
        if (!hasBodyToRead(request)) {
            return super.handle(request, response, callback);
        }
        new BodyReader(getHandler(), request, response, callback, rules).start();
        return true;
    }

    /** Asks the client to close the connection after this response (Jetty then closes it too). */
    static void closeAfter(Response response) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }

    /**
     * A body announced by {@code Content-Length} (up to the limit: a larger one is refused by
     * {@link tech.arcp.http.RequestLimitsFilter} unread) or by {@code Transfer-Encoding}.
     */
    private boolean hasBodyToRead(Request request) {
        long length = request.getLength();
        if (length > 0) {
            return length <= rules.maxBodySize();
        }
        return request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private static Problem refused(ConnectionGuard.Refusal refusal) {
        String detail = refusal == ConnectionGuard.Refusal.TOTAL
                ? "The service has as many connections open as it allows"
                : "Your address has as many connections open as the service allows";
        return Problem.of(ProblemType.SERVICE_UNAVAILABLE, detail).with("retry_after", CAP_RETRY_AFTER_SECONDS);
    }
}
