package tech.arcp.connections;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import tech.arcp.health.Draining;

/**
 * Puts the connection limits into the server as Dropwizard built it, before it starts: the
 * {@link ConnectionGuard} on every application connector ({@code server.applicationConnectors}
 * keep their documented settings), the {@link BodyBufferingHandler} just inside Jetty's graceful
 * handler (so a request being read counts as in flight), {@link Draining} first in the shutdown hook,
 * and the in-flight part of a graceful stop bounded by {@link #IN_FLIGHT_STOP_MILLIS}.
 */
public final class ConnectionSetup implements LifeCycle.Listener {
    /** Dropwizard's name for the connectors of {@code server.applicationConnectors}. */
    static final String APPLICATION = "application";
    /** After the drain, how long in-flight requests may take to complete before the server stops. */
    public static final long IN_FLIGHT_STOP_MILLIS = 4_000;

    private final Scheduler scheduler;
    private final ConnectionGuard guard;
    private final BodyBufferingHandler handler;
    private final Draining draining;

    public ConnectionSetup(Scheduler scheduler, ConnectionGuard guard, BodyRules rules, Draining draining) {
        this.scheduler = scheduler;
        this.guard = guard;
        this.handler = new BodyBufferingHandler(guard, rules, draining);
        this.draining = draining;
    }

    /** Whether the service drains, from SIGTERM on. */
    public Draining draining() {
        return draining;
    }

    /** The timer of head time-outs: a daemon scheduler that starts and stops with the server. */
    public static Scheduler scheduler() {
        return new ScheduledExecutorScheduler("arcp-request-timeouts", true);
    }

    @Override
    public void lifeCycleStarting(LifeCycle event) {
        Server server = (Server) event;
        server.addBean(scheduler, true);
        for (Connector connector : server.getConnectors()) {
            if (APPLICATION.equals(connector.getName())) {
                connector.addBean(guard);
            }
        }
        if (server.getHandler() instanceof Handler.Singleton graceful) {
            graceful.insertHandler(handler);
        } else {
            server.insertHandler(handler);
        }
        server.setStopTimeout(IN_FLIGHT_STOP_MILLIS);
    }

    @Override
    public void lifeCycleStarted(LifeCycle event) {
        try {
            draining.register();
        } catch (Exception e) {
            throw new IllegalStateException("cannot register the drain in the shutdown hook", e);
        }
    }

    @Override
    public void lifeCycleStopping(LifeCycle event) {
        draining.deregister();
    }
}
