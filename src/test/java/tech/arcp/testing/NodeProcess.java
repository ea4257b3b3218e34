package tech.arcp.testing;

import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as a real child process: a JVM on the test classpath running
 * {@code ArcpSessionApplication server test-config.yml} with {@code -Ddw.} overrides, on free
 * loopback ports, with extra environment (e.g. libfaketime). Its output goes to
 * {@code <dir>/<name>.log}. {@link #close} stops it (by its own handle) and waits for it.
 */
public final class NodeProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private final Process process;
    private final Http http;
    private final Path log;

    private NodeProcess(Process process, int port, Path log) {
        this.process = process;
        this.http = new Http(port);
        this.log = log;
    }

    /** Starts a node; {@link #awaitUp} waits for it. */
    public static NodeProcess start(Path dir, String name, Map<String, String> env, Map<String, String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true", "-cp", testClassPath(),
                "-Ddw.server.applicationConnectors[0].port=" + port,
                "-Ddw.server.adminConnectors[0].port=" + freePort()));
        settings.forEach((key, value) -> command.add("-Ddw." + key + "=" + value));
        command.addAll(List.of("tech.arcp.ArcpSessionApplication", "server",
                ResourceHelpers.resourceFilePath("test-config.yml")));
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            return new NodeProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (bounded) until the node answers HTTP; fails at once if it exited. */
    public NodeProcess awaitUp() {
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .failFast("node exited; see " + log, () -> !process.isAlive())
                .until(() -> http.get("/auth/session_status").status() == 401);
        return this;
    }

    public Http http() {
        return http;
    }

    /** What the node printed so far (for assertion messages). */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Surefire's test classpath (the property it sets), else this JVM's. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
