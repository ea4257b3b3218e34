package tech.arcp.problem;

/** Answers a {@link ProblemException} with its problem. */
public final class ProblemExceptionMapper extends ProblemMapper<ProblemException> {

    public ProblemExceptionMapper(ProblemResponder responder) {
        super(responder);
    }

    @Override
    protected Problem problem(ProblemException exception) {
        return exception.problem();
    }
}
