package org.clausediff.internal.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ForkTest {

  @Test
  void runsOnTheExecutorWhenItGetsThere() throws Exception {
    List<Runnable> queued = new ArrayList<>();
    AtomicInteger runs = new AtomicInteger();
    Fork<String> fork = Fork.start(queued::add, () -> "v" + runs.incrementAndGet());

    Thread worker = new Thread(queued.get(0));
    worker.start();
    worker.join();

    assertThat(fork.join()).isEqualTo("v1");
    assertThat(runs).hasValue(1);
  }

  @Test
  void joiningAStepNoExecutorThreadStartedRunsItOnceOnTheJoiningThread() {
    List<Runnable> queued = new ArrayList<>();
    AtomicInteger runs = new AtomicInteger();
    List<Thread> ranOn = new ArrayList<>();
    Fork<Integer> fork =
        Fork.start(
            queued::add,
            () -> {
              ranOn.add(Thread.currentThread());
              return runs.incrementAndGet();
            });

    assertThat(fork.join()).isEqualTo(1);
    queued.get(0).run(); // the executor gets to it late: the step does not run twice
    assertThat(fork.join()).isEqualTo(1);
    assertThat(runs).hasValue(1);
    assertThat(ranOn).containsExactly(Thread.currentThread());
  }

  @Test
  void aRejectingExecutorLeavesTheStepToTheJoiningThread() {
    Executor rejects =
        task -> {
          throw new RejectedExecutionException("full");
        };

    assertThat(Fork.start(rejects, () -> 42).join()).isEqualTo(42);
  }

  @Test
  void aFailureIsRethrownAsItWasThrown() throws Exception {
    IllegalStateException failure = new IllegalStateException("bad step");
    CountDownLatch ran = new CountDownLatch(1);
    Executor thread = task -> new Thread(task).start();
    Fork<String> fork =
        Fork.start(
            thread,
            () -> {
              ran.countDown();
              throw failure;
            });
    ran.await();

    IllegalStateException thrown = assertThrows(IllegalStateException.class, fork::join);
    assertSame(failure, thrown);
  }

  @Test
  void joiningWaitsForAStepRunningOnAnotherThread() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Executor thread = task -> new Thread(task).start();
    Fork<String> fork =
        Fork.start(
            thread,
            () -> {
              started.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              return "late";
            });
    started.await();
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(50);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              release.countDown();
            });
    releaser.start();

    assertThat(fork.join()).isEqualTo("late");
  }
}
