package tech.arcp.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tech.arcp.api.Times;
import tech.arcp.http.RequestIds;
import tech.arcp.session.EndReason;
import tech.arcp.session.Session;
import tech.arcp.login.SecurityEvents;
import tech.arcp.session.SessionEvents;

/**
 * The audit trail: one JSON object per line on logger {@code arcp.audit} (INFO), one method per
 * event. Each line has {@code event}, {@code timestamp}, {@code session_id}, {@code user},
 * {@code client_ip} and {@code request_id} (of the request that caused the event, from the MDC).
 * An expiry is caused by no request, even when a request's clean-up finds it: its line has the
 * session's login address and {@code request_id: null}. Never a token, password, PIN or
 * fingerprint: no method takes one.
 */
public final class AuditLog implements SessionEvents, SecurityEvents {
    public static final String LOGGER = "arcp.audit";
    /** MDC key of the client address of the current request, set by {@link AuditContextFilter}. */
    public static final String CLIENT_IP = "client_ip";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public void loginSucceeded(Session session) {
        write(entry("login_success", session.id(), session.user(), session.clientIp()));
    }

    /**
     * A refused login; {@code problemSlug} says why (bad credentials, throttled, ...).
     * {@code username} is {@code null} unless it names a configured admin.
     */
    public void loginFailed(String username, String clientIp, String problemSlug) {
        write(entry("login_failure", null, username, clientIp).with("reason", problemSlug));
    }

    @Override
    public void created(Session session) {
        write(entry("session_start", session.id(), session.user(), session.clientIp()));
    }

    @Override
    public void ended(Session session, EndReason reason) {
        Entry e = reason.isExpiry()
                ? entry("session_end", session.id(), session.user(), session.clientIp()).with("request_id", null)
                : entry("session_end", session.id(), session.user(), requestIpOr(session.clientIp()));
        write(e.with("reason", reason.slug()));
    }

    @Override
    public void pinFailed(Session session, int attemptsRemaining) {
        write(entry("pin_failure", session.id(), session.user(), requestIpOr(session.clientIp()))
                .with("attempts_remaining", attemptsRemaining));
    }

    /** An admin ended a session on purpose ({@code actor} may be the same session: a logout). */
    public void revoked(Session actor, Session target) {
        write(entry("session_revoked", target.id(), target.user(), requestIpOr(actor.clientIp()))
                .with("by_session_id", actor.id()));
    }

    /** A throttle key ({@code username}, {@code client_ip}, {@code pin_client_ip}) was locked. */
    @Override
    public void lockedOut(String keyType, String username, String clientIp, Duration lockedFor) {
        write(entry("throttle_lockout", null, username, clientIp)
                .with("key_type", keyType).with("locked_seconds", lockedFor.toSeconds()));
    }

    /**
     * An admin task ran (admin port): {@code task}, the user it acted on (or null), the caller's
     * address, and what it did ({@code outcome}, in order).
     */
    public void adminTask(String task, String user, Map<String, Object> outcome) {
        Entry e = entry("admin_task", null, user, MDC.get(CLIENT_IP)).with("task", task);
        outcome.forEach(e::with);
        write(e);
    }

    private Entry entry(String event, String sessionId, String user, String clientIp) {
        Entry e = new Entry();
        e.with("event", event).with("timestamp", Times.iso(clock.instant()))
                .with("session_id", sessionId).with("user", user).with("client_ip", clientIp)
                .with("request_id", MDC.get(RequestIds.ATTRIBUTE));
        return e;
    }

    private static String requestIpOr(String fallback) {
        String ip = MDC.get(CLIENT_IP);
        return ip == null ? fallback : ip;
    }

    private void write(Entry entry) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        try {
            LOG.info(json.writeValueAsString(entry.fields));
        } catch (JsonProcessingException e) {
            LOG.error("{\"event\":\"audit_failure\"}");
        }
    }

    private static final class Entry {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Entry with(String key, Object value) {
            fields.put(key, value);
            return this;
        }
    }
}
