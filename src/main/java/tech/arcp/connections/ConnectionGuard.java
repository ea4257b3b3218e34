package tech.arcp.connections;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.observability.ConnectionMetrics;

/**
 * The connections of the application connector: counted against {@code limits.maxConnections} and,
 * per client IP, {@code limits.maxConnectionsPerIp}, and closed when the head of their first request
 * has not arrived within {@code limits.headerTimeout}. A connection over a cap is answered 503 at its
 * first request ({@link BodyBufferingHandler}). The client IP is the socket peer, known at accept;
 * behind a trusted proxy it is the forwarded address, known only once the first head has arrived.
 */
public final class ConnectionGuard implements Connection.Listener {
    /** Why a connection is refused: over the total cap or over its client IP's. */
    public enum Refusal { TOTAL, PER_IP }

    private final ConnectionCaps caps;
    private final long headerTimeoutNanos;
    private final ClientIpResolver clientIps;
    private final Scheduler scheduler;
    private final ConnectionMetrics metrics;
    private final Map<Connection, Tracked> open = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perIp = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    public ConnectionGuard(ConnectionCaps caps, RequestTimeouts timeouts, ClientIpResolver clientIps,
                           Scheduler scheduler, ConnectionMetrics metrics) {
        this.caps = caps;
        this.headerTimeoutNanos = timeouts.header().toNanos();
        this.clientIps = clientIps;
        this.scheduler = scheduler;
        this.metrics = metrics;
    }

    /** The state of one connection; its fields are written by its own request thread or at open. */
    private static final class Tracked {
        volatile boolean headSeen;
        volatile Refusal refusal;
        volatile String ip;
        Scheduler.Task headTimer;
    }

    public int openConnections() {
        return total.get();
    }

    @Override
    public void onOpened(Connection connection) {
        Tracked tracked = new Tracked();
        open.put(connection, tracked);
        if (total.incrementAndGet() > caps.total()) {
            tracked.refusal = Refusal.TOTAL;
        } else {
            InetAddress peer = peer(connection.getEndPoint().getRemoteSocketAddress());
            if (peer != null && !clientIps.trusts(peer)) {
                claim(tracked, InetAddresses.toAddrString(peer));
            }
        }
        tracked.headTimer = scheduler.schedule(() -> headTimedOut(connection, tracked), headerTimeoutNanos,
                TimeUnit.NANOSECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        Tracked tracked = open.remove(connection);
        if (tracked == null) {
            return;
        }
        total.decrementAndGet();
        tracked.headTimer.cancel();
        String ip = tracked.ip;
        if (ip != null) {
            perIp.computeIfPresent(ip, (k, count) -> count.decrementAndGet() == 0 ? null : count);
        }
    }

    /**
     * Called with each request once its head has arrived: stops the head timer and, at the first
     * request of a connection from a trusted proxy, counts the forwarded client IP.
     *
     * @return why the connection is refused, or {@code null} to serve it
     */
    public Refusal admit(Request request) {
        Tracked tracked = open.get(request.getConnectionMetaData().getConnection());
        if (tracked == null || tracked.headSeen) {
            return tracked == null ? null : tracked.refusal;
        }
        tracked.headSeen = true;
        tracked.headTimer.cancel();
        if (tracked.refusal == null && tracked.ip == null) {
            String peer = Request.getRemoteAddr(request);
            claim(tracked, clientIps.resolve(peer, request.getHeaders().getValuesList(ClientIpResolver.FORWARDED_FOR)));
        }
        if (tracked.refusal != null) {
            metrics.refused(tracked.refusal == Refusal.TOTAL);
        }
        return tracked.refusal;
    }

    private void claim(Tracked tracked, String ip) {
        perIp.compute(ip, (k, c) -> {
            AtomicInteger n = c == null ? new AtomicInteger() : c;
            if (n.get() < caps.perIp()) {
                n.incrementAndGet();
                tracked.ip = ip;
            }
            return n.get() == 0 ? null : n;
        });
        if (tracked.ip == null) {
            tracked.refusal = Refusal.PER_IP;
        }
    }

    private void headTimedOut(Connection connection, Tracked tracked) {
        if (!tracked.headSeen) {
            tracked.headSeen = true;
            metrics.headTimedOut();
            connection.close();
        }
    }

    private static InetAddress peer(SocketAddress address) {
        return address instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
