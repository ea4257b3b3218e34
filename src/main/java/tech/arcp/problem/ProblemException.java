package tech.arcp.problem;

/** Carries a {@link Problem} to {@link ProblemExceptionMapper}. Cheap: no stack trace. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.type().slug(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
