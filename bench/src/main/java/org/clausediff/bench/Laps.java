package org.clausediff.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A stopwatch for the stage timers: each {@link #lap} prints the wall time and this thread's CPU
 * time since the previous lap (or since construction).
 */
public final class Laps {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long wall = System.nanoTime();
  private long cpu = THREADS.getCurrentThreadCpuTime();

  /** A stopwatch started now. */
  public Laps() {}

  /** Prints one line for {@code stage} and starts the next lap. */
  public void lap(String stage) {
    long w = System.nanoTime();
    long c = THREADS.getCurrentThreadCpuTime();
    System.out.printf(
        Locale.ROOT,
        "%-48s %7.0f ms wall %7.0f ms cpu%n",
        stage,
        (w - wall) / 1e6,
        (c - cpu) / 1e6);
    wall = System.nanoTime();
    cpu = THREADS.getCurrentThreadCpuTime();
  }
}
