package tech.arcp.connections;

/** {@code limits.maxConnections} and {@code limits.maxConnectionsPerIp}: open connections allowed. */
public record ConnectionCaps(int total, int perIp) {
}
