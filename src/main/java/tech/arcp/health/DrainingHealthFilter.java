package tech.arcp.health;

import io.dropwizard.core.setup.AdminEnvironment;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.function.BooleanSupplier;

/**
 * The admin {@code /healthcheck} while the service drains: 503 with a {@code draining} entry in the
 * health-check servlet's format, so that a load balancer probing the admin port stops too.
 */
public final class DrainingHealthFilter implements Filter {
    static final byte[] BODY = "{\"draining\":{\"healthy\":false,\"message\":\"draining: the service is shutting down\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private final BooleanSupplier draining;

    public DrainingHealthFilter(BooleanSupplier draining) {
        this.draining = draining;
    }

    /** On the admin {@code /healthcheck}. */
    public static void register(AdminEnvironment admin, BooleanSupplier draining) {
        admin.addFilter("draining", new DrainingHealthFilter(draining))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/healthcheck");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!draining.getAsBoolean()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        http.setContentType("application/json");
        http.setHeader("Cache-Control", "must-revalidate,no-cache,no-store");
        http.setContentLength(BODY.length);
        http.getOutputStream().write(BODY);
    }
}
