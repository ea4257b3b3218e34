package tech.arcp.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} child process of the test on its own port (never the shared one), for
 * fault tests: started and stopped at will, no persistence. Readiness is read from its log, so
 * nothing sleeps.
 */
public final class OwnRedis {
    private final int port;
    private final List<String> command;
    private final String readyLine;
    private Process process;

    /** @param extraArgs more {@code redis-server} arguments (e.g. cluster mode) */
    public OwnRedis(int port, String... extraArgs) {
        this.port = port;
        List<String> all = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"));
        all.addAll(List.of(extraArgs));
        this.command = List.copyOf(all);
        this.readyLine = "Ready to accept connections";
    }

    private OwnRedis(int port, List<String> command, String readyLine) {
        this.port = port;
        this.command = command;
        this.readyLine = readyLine;
    }

    /** A Sentinel on {@code port} from its (writable) configuration file, which names the port. */
    public static OwnRedis sentinel(int port, java.nio.file.Path config) {
        return new OwnRedis(port, List.of("redis-server", config.toString(), "--sentinel"), "+monitor master");
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts the server and returns once it accepts connections. */
    public void start() throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = log.readLine()) != null) {
            if (line.contains(readyLine)) {
                drain(log);
                return;
            }
        }
        throw new IOException("redis-server on port " + port + " did not start");
    }

    /** Stops the server (SIGTERM) and waits for it to exit. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Kills the server at once (SIGKILL), as a crash would, and waits for it to exit. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Keeps reading the server's output so that it never blocks on a full pipe. */
    private static void drain(BufferedReader log) {
        Thread drainer = new Thread(() -> {
            try {
                while (log.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "redis-log-drain");
        drainer.setDaemon(true);
        drainer.start();
    }
}
