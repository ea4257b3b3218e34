package tech.arcp.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A local Redis Cluster of three primaries (child processes of the test, on their own ports,
 * no persistence), built with {@code redis-cli --cluster create}.
 */
public final class OwnRedisCluster {
    private final int firstPort;
    private final List<OwnRedis> nodes = new ArrayList<>();
    private Path dir;

    public OwnRedisCluster(int firstPort) {
        this.firstPort = firstPort;
    }

    /** A seed node's URL. */
    public String url() {
        return "redis://127.0.0.1:" + firstPort;
    }

    public void start() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("arcp-redis-cluster");
        List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        for (int port = firstPort; port < firstPort + 3; port++) {
            OwnRedis node = new OwnRedis(port, "--cluster-enabled", "yes", "--dir", dir.toString(),
                    "--cluster-config-file", "nodes-" + port + ".conf");
            node.start();
            nodes.add(node);
            create.add("127.0.0.1:" + port);
        }
        create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        Process cli = new ProcessBuilder(create).redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes());
        if (!cli.waitFor(60, TimeUnit.SECONDS) || cli.exitValue() != 0 || !output.contains("All 16384 slots covered")) {
            throw new IOException("redis-cli --cluster create failed: " + output);
        }
        awaitState("cluster_state:ok");
    }

    /** Polls CLUSTER INFO on every node (bounded; each poll is a process run, nothing sleeps). */
    private void awaitState(String state) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int port = firstPort; port < firstPort + 3; port++) {
            while (!clusterInfo(port).contains(state)) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("cluster did not reach " + state);
                }
            }
        }
    }

    private static String clusterInfo(int port) throws IOException, InterruptedException {
        Process cli = new ProcessBuilder("redis-cli", "-p", Integer.toString(port), "cluster", "info")
                .redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes());
        cli.waitFor(10, TimeUnit.SECONDS);
        return output;
    }

    public void stop() throws InterruptedException, IOException {
        for (OwnRedis node : nodes) {
            node.stop();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
