package tech.arcp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The per-user rules of the {@link SessionStoreContract} (SPEC §2): the session limit, eviction of
 * the least recently used, concurrent logins and the listing of a user's sessions.
 */
public abstract class SessionStoreUserLimitContract extends SessionStoreLifecycleContract {

    @Test
    void loginOverTheLimitEvictsLeastRecentlyUsed() {
        Session first = created("alice");
        time.advance(Duration.ofSeconds(1));
        Session second = created("alice");
        time.advance(Duration.ofSeconds(1));
        Session third = created("alice");
        time.advance(Duration.ofSeconds(1));
        store.touch(first.key());
        time.advance(Duration.ofSeconds(1));
        Session fourth = created("alice");

        assertEnded(second, EndReason.EVICTED);
        assertLive(first);
        assertLive(third);
        assertLive(fourth);
        assertThat(store.sessionsOf("alice")).extracting(Session::id)
                .containsExactly(first.id(), third.id(), fourth.id());
        assertThat(events.ended).containsExactly(second.id() + ":evicted");
    }

    @Test
    void limitIsPerUser() {
        for (int i = 0; i < MAX_PER_USER; i++) {
            created("alice");
            created("bob");
        }
        assertThat(store.sessionsOf("alice")).hasSize(MAX_PER_USER);
        assertThat(store.sessionsOf("bob")).hasSize(MAX_PER_USER);
        assertThat(events.ended).isEmpty();
        assertThat(store.size()).isEqualTo(2L * MAX_PER_USER);
    }

    @Test
    void concurrentLoginsOfOneUserLeaveExactlyTheLimitAlive() throws Exception {
        int logins = 50;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Session>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < logins; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return created("alice");
                }));
            }
            start.countDown();
            List<Session> all = new ArrayList<>();
            for (Future<Session> f : futures) {
                all.add(f.get(30, TimeUnit.SECONDS));
            }
            long live = all.stream().filter(s -> store.find(s.key()) instanceof Lookup.Live).count();
            assertThat(live).isEqualTo(MAX_PER_USER);
            assertThat(store.sessionsOf("alice")).hasSize(MAX_PER_USER);
            assertThat(events.ended).hasSize(logins - MAX_PER_USER).allMatch(e -> e.endsWith(":evicted"));
            assertThat(events.created).hasSize(logins);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sessionsOfListsOnlyLiveSessionsOfThatUserOldestFirst() {
        Session a1 = created("alice");
        time.advance(Duration.ofSeconds(1));
        Session a2 = created("alice");
        Session b1 = created("bob");
        store.end(a1.key(), EndReason.REVOKED);
        time.advance(Duration.ofSeconds(1));
        Session a3 = created("alice");
        assertThat(store.sessionsOf("alice")).extracting(Session::id).containsExactly(a2.id(), a3.id());
        assertThat(store.sessionsOf("bob")).extracting(Session::id).containsExactly(b1.id());
        assertThat(store.sessionsOf("carol")).isEmpty();
    }
}
