package tech.arcp.health;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.ShutdownThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of a graceful shutdown. Registered first in Jetty's shutdown hook (SIGTERM), it is
 * stopped before the server: from then on {@code GET /health} and the admin health check answer 503
 * "draining", every response asks its client to close the connection, and the service keeps serving
 * for {@code period} ({@code server.shutdownGracePeriod}) so that a load balancer can take it out of
 * rotation. Then the server stops (docs/connections.md).
 */
public final class Draining extends AbstractLifeCycle implements BooleanSupplier {
    private static final Logger LOG = LoggerFactory.getLogger(Draining.class);

    private final Duration period;
    private volatile boolean draining;

    public Draining(Duration period) {
        this.period = period;
    }

    /** Whether the service is draining. */
    @Override
    public boolean getAsBoolean() {
        return draining;
    }

    /** Puts this step first in Jetty's shutdown hook, before the server itself. */
    public void register() throws Exception {
        start(); // a lifecycle must be started for the hook to stop it
        ShutdownThread.register(0, this);
    }

    /** Takes this step out of the hook when the server stops otherwise (tests, {@code server.stop()}). */
    public void deregister() {
        ShutdownThread.deregister(this);
    }

    @Override
    protected void doStop() throws InterruptedException {
        draining = true;
        LOG.info("draining: /health answers 503; serving {} ms more before the listeners close", period.toMillis());
        Thread.sleep(period.toMillis()); // the drain itself: keep serving while load balancers notice
    }
}
