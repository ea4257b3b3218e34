package tech.arcp.observability;

import com.codahale.metrics.MetricRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import tech.arcp.auth.AuthFailureListener;
import tech.arcp.auth.DenialProblems;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;
import tech.arcp.session.Denial;

/**
 * {@code arcp.auth.failures.<slug>}: one meter per problem the auth filter answers, each
 * registered at start (so it shows 0) for every slug the filter can give.
 */
public final class AuthFailureMetrics implements AuthFailureListener {
    private final MetricRegistry registry;

    public AuthFailureMetrics(MetricRegistry registry) {
        this.registry = registry;
        answerableSlugs().forEach(slug -> registry.meter(MetricNames.authFailure(slug)));
    }

    /** The slugs of every answer of {@link tech.arcp.auth.SessionAuthFilter}. */
    static Set<String> answerableSlugs() {
        Set<String> slugs = new LinkedHashSet<>();
        for (Denial denial : Denial.values()) {
            slugs.add(DenialProblems.type(denial).slug());
        }
        slugs.add(ProblemType.INVALID_INPUT.slug()); // malformed X-Client-Fingerprint
        return slugs;
    }

    @Override
    public void failed(Problem problem, String requestId) {
        registry.meter(MetricNames.authFailure(problem.type().slug())).mark();
    }
}
