package tech.arcp.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The session policy in force; replaced at run time by {@code POST /dashboard/config}. */
public final class PolicyHolder implements Supplier<SessionPolicy> {
    private final AtomicReference<SessionPolicy> current;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public PolicyHolder(SessionPolicy initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public SessionPolicy get() {
        return current.get();
    }

    /** Replaces the policy, then tells the listeners (stores re-time their entries). */
    public void set(SessionPolicy policy) {
        current.set(policy);
        listeners.forEach(Runnable::run);
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
