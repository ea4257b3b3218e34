package tech.arcp.testing;

import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.arcp.ArcpSessionApplication;

/**
 * The service in a child JVM on loopback ports of its own (test-config.yml plus {@code -Ddw.}
 * overrides), on this test's class path, so that a test can signal it (SIGTERM) and watch it exit.
 */
public final class ChildService implements AutoCloseable {
    public final int port;
    public final int adminPort;
    private final Process process;

    private ChildService(int port, int adminPort, Process process) {
        this.port = port;
        this.adminPort = adminPort;
        this.process = process;
    }

    /** Starts the child; {@code overrides} are {@code key=value} pairs of the configuration. */
    public static ChildService start(Path log, String... overrides) {
        int port = freePort();
        int adminPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Djava.net.preferIPv4Stack=true",
                "-Ddw.server.applicationConnectors[0].port=" + port, "-Ddw.server.adminConnectors[0].port=" + adminPort));
        for (String override : overrides) {
            command.add("-Ddw." + override);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ArcpSessionApplication.class.getName(),
                "server", ResourceHelpers.resourceFilePath("test-config.yml")));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ChildService(port, adminPort, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Process process() {
        return process;
    }

    /** SIGTERM, as a process manager sends it. */
    public void terminate() {
        process.destroy();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

}
