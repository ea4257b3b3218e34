package tech.arcp.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The settings that change at run time ({@code POST /dashboard/config}): the session policy and
 * the stored UI settings. Stores read the policy on every access, so a change applies to live
 * sessions from their next access.
 *
 * <p>{@link #apply} is a change made on this node: it notifies {@link #onChange} listeners (stores
 * re-time their entries) and {@link #onLocalChange} listeners (a shared store publishes it to the
 * other nodes). {@link #applyRemote} is a change received from another node: local listeners only.
 */
public final class RuntimeSettings implements Supplier<SessionPolicy> {

    /** One consistent version of the settings. {@code ui} is a free-form JSON object (order kept, no null values). */
    public record Snapshot(SessionPolicy policy, Map<String, Object> ui) {
        public Snapshot {
            ui.values().forEach(java.util.Objects::requireNonNull);
            ui = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ui));
        }
    }

    private final AtomicReference<Snapshot> current;
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Snapshot>> localListeners = new CopyOnWriteArrayList<>();

    public RuntimeSettings(SessionPolicy initial) {
        this.current = new AtomicReference<>(new Snapshot(initial, Map.of()));
    }

    @Override
    public SessionPolicy get() {
        return current.get().policy();
    }

    public Snapshot snapshot() {
        return current.get();
    }

    /** Replaces the policy only (keeps {@code ui}); a local change. */
    public void set(SessionPolicy policy) {
        apply(new Snapshot(policy, current.get().ui()));
    }

    /** A change made on this node. */
    public void apply(Snapshot snapshot) {
        current.set(snapshot);
        listeners.forEach(l -> l.accept(snapshot));
        localListeners.forEach(l -> l.accept(snapshot));
    }

    /** A change made on another node and received from the shared store. */
    public void applyRemote(Snapshot snapshot) {
        current.set(snapshot);
        listeners.forEach(l -> l.accept(snapshot));
    }

    /** Called after every change, local or remote. */
    public void onChange(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** Called after every change made on this node (to publish it). */
    public void onLocalChange(Consumer<Snapshot> listener) {
        localListeners.add(listener);
    }
}
