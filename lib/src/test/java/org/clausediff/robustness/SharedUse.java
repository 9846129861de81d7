package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs tasks that share instances from many threads at once and compares every result with the one
 * a single thread gets: the harness of the concurrency tests.
 */
final class SharedUse {
  private SharedUse() {}

  /**
   * Runs every task once in this thread, then starts {@code threads} threads together that each run
   * every task {@code rounds} times in an order of their own (shuffled with the thread's number),
   * and asserts that every thread got exactly the sequential result of every task in every round.
   */
  static void assertSequentialResultsInEveryThread(
      List<Supplier<String>> tasks, int threads, int rounds) throws Exception {
    List<String> expected = new ArrayList<>();
    for (Supplier<String> task : tasks) {
      expected.add(task.get());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  runInOwnOrder(tasks, expected, rounds, seed);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> thread : running) {
        thread.get(4, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void runInOwnOrder(
      List<Supplier<String>> tasks, List<String> expected, int rounds, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    for (int round = 0; round < rounds; round++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        assertThat(tasks.get(i).get())
            .as("thread %s, round %s, task %s", seed, round, i)
            .isEqualTo(expected.get(i));
      }
    }
  }
}
