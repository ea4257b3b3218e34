package tech.arcp.observability;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Gives each resource method, once at start-up, a request filter that names its route template
 * ({@code /agents/{agent_id}}, never the raw path) in the request attribute {@link #ATTRIBUTE}, for
 * the {@code endpoint} label of {@link RequestMetrics}: cardinality stays the number of routes. The
 * filter runs before authentication, so refused requests are labelled too; requests that match no
 * resource method have no template ({@link RequestMetricsFilter#UNMATCHED}).
 */
public final class RouteTemplates implements DynamicFeature {
    /** Request attribute (servlet and Jersey property) holding the route template. */
    public static final String ATTRIBUTE = "arcp.route_template";

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        context.register(new Tag(template(info.getResourceClass().getAnnotation(Path.class),
                info.getResourceMethod().getAnnotation(Path.class))), Priorities.AUTHENTICATION - 100);
    }

    /** The class path joined with the method path, one leading slash, none trailing, no regexes. */
    static String template(Path type, Path method) {
        String joined = "/" + (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        String template = joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1)
                : template;
    }

    @Priority(Priorities.AUTHENTICATION - 100)
    private record Tag(String template) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(ATTRIBUTE, template);
        }
    }
}
