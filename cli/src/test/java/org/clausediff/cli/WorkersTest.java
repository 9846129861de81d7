package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command line's threads: mapping over inputs, and warming up while the input is read. */
class WorkersTest {
  @Test
  void aWarmUpRunsOnAnotherThreadAndNothingWaitsForIt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (Workers workers = new Workers()) {
      Thread caller = Thread.currentThread();
      Thread[] ranOn = new Thread[1];
      workers.warmUp(
          () -> {
            ranOn[0] = Thread.currentThread();
            started.countDown();
            awaitQuietly(release);
          });
      assertThat(started.await(30, TimeUnit.SECONDS)).as("the warm-up started").isTrue();
      assertThat(ranOn[0]).isNotSameAs(caller);
      // The warm-up still holds its thread; the calling thread takes over what it cannot start.
      assertThat(workers.map(List.of(1, 2, 3), n -> n * 10)).containsExactly(10, 20, 30);
      release.countDown();
    }
  }

  @Test
  void aFailingWarmUpChangesNothing() {
    try (Workers workers = new Workers()) {
      workers.warmUp(
          () -> {
            throw new IllegalStateException("warm-up failed");
          });
      assertThat(workers.map(List.of("a", "b"), String::toUpperCase)).containsExactly("A", "B");
    }
  }

  @Test
  void aWarmUpAfterCloseIsDropped() {
    Workers workers = new Workers();
    workers.close();
    boolean[] ran = new boolean[1];

    workers.warmUp(() -> ran[0] = true);

    assertThat(ran[0]).isFalse();
    assertThatThrownBy(() -> workers.map(List.of(1), n -> n / 0))
        .isInstanceOf(ArithmeticException.class);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
