package tech.arcp.problem;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** The server-wide Jetty error handler: every error Jetty answers before a context is a problem. */
public final class ServerProblemErrorHandler extends ErrorHandler {
    private final JettyProblemWriter writer;

    public ServerProblemErrorHandler(ProblemRenderer renderer) {
        this.writer = new JettyProblemWriter(renderer);
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
                                    Throwable cause, Callback callback) {
        writer.write(request, response, code, callback);
    }
}
