package tech.arcp.resources;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemRenderer;
import tech.arcp.problem.ProblemType;

/**
 * In front of Dropwizard's task servlet ({@code /tasks/*} of the admin port), for our
 * {@link AdminTask}s only: a method other than POST → 405 {@code method-not-allowed} with
 * {@code Allow: POST}, parameters the task refuses → its problem; either way the task does not run.
 * (Dropwizard's servlet answers those cases with an empty or text body.)
 */
final class TaskGate implements Filter {
    private final Map<String, AdminTask> tasks = new LinkedHashMap<>();
    private final ProblemRenderer renderer;

    TaskGate(List<AdminTask> tasks, ProblemRenderer renderer) {
        tasks.forEach(t -> this.tasks.put("/" + t.getName(), t));
        this.renderer = renderer;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        AdminTask task = tasks.get(request.getPathInfo());
        if (task == null) {
            chain.doFilter(req, res);
            return;
        }
        Optional<Problem> problem = "POST".equals(request.getMethod())
                ? task.check(parameters(request))
                : Optional.of(Problem.of(ProblemType.METHOD_NOT_ALLOWED, "Tasks run on POST only"));
        if (problem.isPresent()) {
            refuse(request, (HttpServletResponse) res, problem.get());
        } else {
            chain.doFilter(req, res);
        }
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        if (problem.status() == 405) {
            response.setHeader("Allow", "POST");
        }
        renderer.write(request, response, problem);
    }
}
