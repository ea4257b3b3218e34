package tech.arcp.problem;

import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The error handler of a servlet context (application and admin): {@code sendError} from a
 * servlet or filter, and errors Jetty raises inside the context, answer a problem body.
 */
public final class ContextProblemErrorHandler extends ErrorHandler {
    private final JettyProblemWriter writer;

    public ContextProblemErrorHandler(ProblemRenderer renderer) {
        this.writer = new JettyProblemWriter(renderer);
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
                                    Throwable cause, Callback callback) throws java.io.IOException {
        generateAcceptableResponse(request, response, callback, ProblemRenderer.MEDIA_TYPE,
                List.of(), code, message, cause);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code,
                                                 String message, Throwable cause) {
        writer.write(request, response, code, callback);
        ServletContextRequest servletRequest = Request.as(request, ServletContextRequest.class);
        if (servletRequest != null) {
            servletRequest.getServletChannel().sendErrorResponseAndComplete();
        }
        return true;
    }
}
