package org.clausediff.internal.parallel;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A step of the pipeline started on a caller's {@link Executor} while the calling thread goes on
 * with another step.
 *
 * <p>Whoever comes first runs the step: a thread of the executor, or the thread that {@link
 * #join()}s it. So a step never waits for an executor that is busy, saturated, rejects work or runs
 * everything on the calling thread (a direct executor): joining a step that no executor thread has
 * started runs it right there. That also makes joining from inside another step on the same
 * executor safe — no pool thread ever waits for a step queued behind it. The library starts no
 * threads of its own.
 *
 * @param <T> what the step computes
 */
public final class Fork<T> {
  private final Supplier<T> step;
  private final AtomicBoolean claimed = new AtomicBoolean();
  private final CountDownLatch done = new CountDownLatch(1);
  private T value;
  private Throwable failure;

  private Fork(Supplier<T> step) {
    this.step = step;
  }

  /** Offers {@code step} to {@code executor}; it runs there, or in {@link #join()}. */
  public static <T> Fork<T> start(Executor executor, Supplier<T> step) {
    checkNotNull(executor, "executor");
    Fork<T> fork = new Fork<>(checkNotNull(step, "step"));
    try {
      executor.execute(fork::runIfUnclaimed);
    } catch (RejectedExecutionException e) {
      // The step runs in join() instead.
    }
    return fork;
  }

  private void runIfUnclaimed() {
    if (!claimed.compareAndSet(false, true)) {
      return;
    }
    try {
      value = step.get();
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      done.countDown();
    }
  }

  /**
   * The step's value, computed here if no executor thread has started it. A step that failed
   * rethrows its exception as it was thrown, on the joining thread.
   */
  public T join() {
    runIfUnclaimed();
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        // The step is running on another thread and will finish; its result is needed here.
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return value;
  }
}
