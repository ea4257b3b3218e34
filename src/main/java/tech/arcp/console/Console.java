package tech.arcp.console;

import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;

/** The admin console at {@code /dashboard}: page and assets from the jar, under its own CSP. */
public final class Console {
    private Console() {
    }

    /** @param version names this build's assets in their URLs ({@link ConsoleAssets}) */
    public static void register(Environment env, String version) {
        env.servlets().addFilter("console-headers", new ConsoleHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, ConsoleHeadersFilter.PATHS);
        env.jersey().register(new ConsoleResource(new ConsoleAssets(version)));
    }
}
