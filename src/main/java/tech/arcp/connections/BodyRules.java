package tech.arcp.connections;

import com.github.benmanes.caffeine.cache.Ticker;
import tech.arcp.observability.ConnectionMetrics;
import tech.arcp.problem.JettyProblemWriter;

/** What {@link BodyReader} reads a request body by: the size and time limits, and where it reports. */
record BodyRules(long maxBodySize, RequestTimeouts timeouts, JettyProblemWriter problems, ConnectionMetrics metrics,
                 Ticker ticker) {
}
