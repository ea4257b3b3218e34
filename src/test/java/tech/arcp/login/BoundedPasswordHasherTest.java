package tech.arcp.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {

    /** A hasher that counts how many callers are inside it and blocks them until released. */
    private static final class GatedHasher implements PasswordHasher {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostInside = new AtomicInteger();
        final CountDownLatch entered;
        final CountDownLatch release = new CountDownLatch(1);

        GatedHasher(int expectedInside) {
            entered = new CountDownLatch(expectedInside);
        }

        @Override
        public String hash(CharSequence secret) {
            return "h";
        }

        @Override
        public boolean verify(CharSequence secret, String encodedHash) {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            entered.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS) && secret.length() > 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                inside.decrementAndGet();
            }
        }
    }

    @Test
    void runsAtMostPermitsHashesAtOnceAndQueuesTheRest() throws Exception {
        GatedHasher gated = new GatedHasher(2);
        BoundedPasswordHasher bounded = new BoundedPasswordHasher(gated, 2);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> bounded.verify("secret", "hash")));
            }
            assertThat(gated.entered.await(30, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (bounded.waiting() < 4 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(bounded.waiting()).isEqualTo(4);
            assertThat(gated.inside.get()).isEqualTo(2);
            gated.release.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(gated.mostInside.get()).isEqualTo(2);
            assertThat(bounded.waiting()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void passesHashAndVerifyThroughAndRejectsZeroPermits() {
        PasswordHasher real = new Argon2PasswordHasher(8192, 1, 1);
        BoundedPasswordHasher bounded = new BoundedPasswordHasher(real, 1);
        String hash = bounded.hash("correct horse");
        assertThat(bounded.verify("correct horse", hash)).isTrue();
        assertThat(bounded.verify("wrong horse", hash)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BoundedPasswordHasher(real, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
