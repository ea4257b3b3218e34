package tech.arcp.login;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Runs at most {@code permits} hash computations at once and queues the rest (fairly). Each Argon2id
 * computation holds its whole memory cost (19 MiB by default) on the heap, so without a bound a
 * burst of logins, one per server thread, could claim gigabytes and exhaust the heap that holds
 * the sessions. On a few cores, more parallel hashes only lengthen each one; the bound costs no
 * throughput. Unknown-user checks go through the same queue, so login stays constant-time.
 */
public final class BoundedPasswordHasher implements PasswordHasher {
    private final PasswordHasher delegate;
    private final Semaphore permits;

    public BoundedPasswordHasher(PasswordHasher delegate, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(permits, true);
    }

    @Override
    public String hash(CharSequence secret) {
        return bounded(() -> delegate.hash(secret));
    }

    @Override
    public boolean verify(CharSequence secret, String encodedHash) {
        return bounded(() -> delegate.verify(secret, encodedHash));
    }

    /** Callers waiting for a permit (an estimate, for tests and metrics). */
    @Override
    public String engine() {
        return delegate.engine();
    }

    public int waiting() {
        return permits.getQueueLength();
    }

    private <T> T bounded(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
