package tech.arcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The service version, from the build ({@code arcp-version.properties}). */
public final class Versions {
    private Versions() {
    }

    public static String current() {
        return property("version");
    }

    /** This build: the version and the build time ({@code 0.1.0-20261201081500}), unique per build. */
    public static String build() {
        return current() + "-" + property("build");
    }

    /** The version of a webjar the jar carries ({@code swagger-ui}, {@code redoc}), as the pom names it. */
    public static String webjar(String name) {
        return property(name);
    }

    private static String property(String name) {
        try (InputStream in = Versions.class.getResourceAsStream("/arcp-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(name, "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
