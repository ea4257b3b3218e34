package tech.arcp.registry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import tech.arcp.problem.Problem;
import tech.arcp.problem.ProblemType;

/**
 * Failed temp-token requests per client IP (REGISTRY.md "Flow and tokens"): {@code maxFailures}
 * failures within {@code window} lock the IP for {@code lockout}. Bounded Caffeine cache; time
 * from the injected ticker. Thread-safe.
 */
public final class TokenThrottle {
    private final Ticker ticker;
    private final int maxFailures;
    private final long windowNanos;
    private final long lockoutNanos;
    private final Cache<String, Attempts> clients;

    public TokenThrottle(Ticker ticker, int maxFailures, Duration window, Duration lockout, long maximumClients) {
        this.ticker = ticker;
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
        this.lockoutNanos = lockout.toNanos();
        this.clients = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumSize(maximumClients)
                .expireAfterWrite(window.plus(lockout))
                .build();
    }

    /** @throws tech.arcp.problem.ProblemException 429 {@code rate-limit-exceeded} while the IP is locked */
    public void check(String clientIp) {
        Attempts attempts = clients.getIfPresent(clientIp);
        long now = ticker.read();
        if (attempts != null && attempts.lockedUntil() - now > 0) {
            long seconds = Math.max(1, (attempts.lockedUntil() - now + 999_999_999L) / 1_000_000_000L);
            throw Problem.of(ProblemType.RATE_LIMIT_EXCEEDED,
                            "Too many failed agent token requests - try again in " + seconds + " seconds")
                    .with("retry_after", seconds)
                    .with("attempt_type", "agent_token")
                    .exception();
        }
    }

    /** Counts one failure of this IP; the failure that reaches the limit starts the lockout. */
    public void failed(String clientIp) {
        long now = ticker.read();
        clients.asMap().compute(clientIp, (ip, a) -> {
            Attempts current = a == null || now - a.windowStart() >= windowNanos ? new Attempts(0, now, now) : a;
            int failures = current.failures() + 1;
            if (failures >= maxFailures) {
                return new Attempts(0, now, now + lockoutNanos);
            }
            return new Attempts(failures, current.windowStart(), current.lockedUntil());
        });
    }

    private record Attempts(int failures, long windowStart, long lockedUntil) {
    }
}
