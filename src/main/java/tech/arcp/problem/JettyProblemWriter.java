package tech.arcp.problem;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import tech.arcp.http.RequestIds;
import tech.arcp.http.SecurityHeaders;

/**
 * Writes the problem body for errors that Jetty raises itself (malformed requests, headers over
 * the limit, bodies over a Jetty limit, {@code sendError} from servlet filters), so those too
 * follow SPEC §4 instead of Jetty's HTML page.
 */
public final class JettyProblemWriter {
    private final ProblemRenderer renderer;

    public JettyProblemWriter(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Answers the problem of {@code code}, with the status of its catalog type so that the HTTP status
     * and the body's {@code status} agree: a status without a type of its own (414, ...) becomes
     * 400 {@code request-error}, and so do 501 and 505, which Jetty's parser gives to malformed
     * request lines and transfer codings (the client's fault, not a 5xx of this service). Jetty's
     * own 503 comes only from its graceful shutdown: {@code service-unavailable}.
     */
    void write(Request request, Response response, int code, Callback callback) {
        ProblemType type = code == 503 ? ProblemType.SERVICE_UNAVAILABLE : ProblemType.forStatus(clientStatus(code));
        write(request, response, Problem.of(type, WebApplicationExceptionMapper.detail(type)), callback);
    }

    /** Answers {@code problem} outside the servlet layer (request time-outs, connection caps). */
    public void write(Request request, Response response, Problem problem, Callback callback) {
        response.setStatus(problem.status()); // the body's status and the response's always agree
        String requestId = requestId(request, response);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, ProblemRenderer.MEDIA_TYPE);
        headers.put(RequestIds.HEADER, requestId);
        SecurityHeaders.apply(headers::put, request.isSecure());
        ProblemRenderer.headers(problem).forEach(headers::put);
        byte[] body = renderer.json(problem, path(request), requestId);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Jetty answers some malformed requests with statuses outside the catalog: URI too long (414),
     * unknown transfer coding (501), unsupported HTTP version (505). They are the client's fault:
     * {@code request-error}, never a 5xx.
     */
    static int clientStatus(int code) {
        return code == 414 || code == 501 || code == 505 ? 400 : code;
    }

    private static String requestId(Request request, Response response) {
        String already = response.getHeaders().get(RequestIds.HEADER);
        if (already != null) {
            return already;
        }
        Object attribute = request.getAttribute(RequestIds.ATTRIBUTE);
        if (attribute != null) {
            return attribute.toString();
        }
        return RequestIds.accept(request.getHeaders().get(RequestIds.HEADER));
    }

    private static String path(Request request) {
        try {
            String path = request.getHttpURI().getPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (RuntimeException malformed) {
            return "/";
        }
    }
}
