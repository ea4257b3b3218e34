package tech.arcp.problem;

import io.dropwizard.core.setup.Environment;

/**
 * Every place an error can be answered, set to answer with {@code renderer}'s problem JSON: the
 * Jersey exception mappers, and Jetty's error handlers of the server and of both contexts
 * (PITFALLS 13).
 */
public final class ProblemHandlers {
    private ProblemHandlers() {
    }

    public static void register(Environment env, ProblemRenderer renderer) {
        ProblemResponder responder = new ProblemResponder(renderer);
        env.jersey().register(new ProblemExceptionMapper(responder));
        env.jersey().register(new WebApplicationExceptionMapper(responder));
        env.jersey().register(new JsonProcessingExceptionMapper(responder));
        env.jersey().register(new ConstraintViolationExceptionMapper(responder));
        env.jersey().register(new RequestReadExceptionMapper(responder));
        env.jersey().register(new RequestLimitProblems.Mapper(responder));
        env.jersey().register(new UnexpectedExceptionMapper(responder));
        env.getApplicationContext().setErrorHandler(new ContextProblemErrorHandler(renderer));
        env.getAdminContext().setErrorHandler(new ContextProblemErrorHandler(renderer));
        env.lifecycle().addServerLifecycleListener(server ->
                server.setErrorHandler(new ServerProblemErrorHandler(renderer)));
    }
}
