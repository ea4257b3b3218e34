package tech.arcp.session;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The session policy in force; replaced at run time by {@code POST /dashboard/config}. */
public final class PolicyHolder implements Supplier<SessionPolicy> {
    private final AtomicReference<SessionPolicy> current;

    public PolicyHolder(SessionPolicy initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public SessionPolicy get() {
        return current.get();
    }

    public void set(SessionPolicy policy) {
        current.set(policy);
    }
}
