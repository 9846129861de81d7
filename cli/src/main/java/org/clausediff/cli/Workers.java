package org.clausediff.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.clausediff.ClauseDiff;

/**
 * The threads of one run of the command line: one fewer than the processors (at least one), besides
 * the main thread, which works too. The command passes them to the library ({@link #clauseDiff()})
 * and reads its input files on them ({@link #map}). Daemon threads: a run that fails never hangs on
 * them. Closing stops them.
 */
final class Workers implements AutoCloseable {
  private final ExecutorService executor;
  private final ClauseDiff clauseDiff;

  Workers() {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    AtomicInteger count = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "clausediff-worker-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.clauseDiff = ClauseDiff.using(executor);
  }

  /**
   * Offers {@code warmUp} to these threads, to run while the calling thread reads its input: the
   * classes and tables a job loads on first use (ICU's normalization data, the segmenter's
   * patterns) are then loaded on a core that would otherwise wait. Nothing waits for it, and a
   * failure in it is ignored: the job itself loads whatever is still missing.
   */
  void warmUp(Runnable warmUp) {
    try {
      executor.execute(
          () -> {
            try {
              warmUp.run();
            } catch (RuntimeException ignored) {
              // The job loads what is missing itself.
            }
          });
    } catch (RejectedExecutionException ignored) {
      // No thread to spare: nothing is warmed.
    }
  }

  /** The library, running its parallel steps on these threads. */
  ClauseDiff clauseDiff() {
    return clauseDiff;
  }

  /**
   * Applies {@code function} to every item side by side — on these threads and on the calling one,
   * which takes over every item no thread has started — and returns the results in order. The first
   * failure, in order, is rethrown as it was thrown.
   */
  <T, R> List<R> map(List<T> items, Function<T, R> function) {
    List<FutureTask<R>> tasks = new ArrayList<>();
    for (T item : items) {
      FutureTask<R> task = new FutureTask<>(() -> function.apply(item));
      tasks.add(task);
      try {
        executor.execute(task);
      } catch (RejectedExecutionException e) {
        // Runs below, on this thread.
      }
    }
    List<R> results = new ArrayList<>();
    for (FutureTask<R> task : tasks) {
      task.run(); // runs the task here unless a worker has started or finished it
      results.add(result(task));
    }
    return results;
  }

  private static <R> R result(FutureTask<R> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          if (cause instanceof IOException) {
            throw new UncheckedIOException((IOException) cause);
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
