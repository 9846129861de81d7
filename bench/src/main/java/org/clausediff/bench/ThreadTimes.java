package org.clausediff.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;

/**
 * Runs the command line ({@code org.clausediff.cli.Main}, which must be on the class path before
 * this jar: {@code java -cp cli/target/clausediff.jar:bench/target/benchmarks.jar
 * org.clausediff.bench.ThreadTimes compare OLD NEW}) and prints, to standard error as the JVM
 * exits, the CPU milliseconds of each live thread that used more than 20 ms, and the milliseconds
 * of garbage collection: which work a whole run waits for (its main thread), measured apart from
 * what other processes on a busy machine do to its wall time.
 */
public final class ThreadTimes {
  private ThreadTimes() {}

  /** Runs {@code org.clausediff.cli.Main} with {@code args}. */
  public static void main(String[] args) throws ReflectiveOperationException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(times(threads))));
    try {
      Class.forName("org.clausediff.cli.Main")
          .getMethod("main", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String times(ThreadMXBean threads) {
    StringBuilder line = new StringBuilder("thread CPU ms:");
    for (long id : threads.getAllThreadIds()) {
      ThreadInfo info = threads.getThreadInfo(id);
      long nanos = threads.getThreadCpuTime(id);
      if (info != null && nanos > 20_000_000L) {
        line.append(' ').append(info.getThreadName().replace(' ', '_'));
        line.append('=').append(nanos / 1_000_000);
      }
    }
    long gc = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += collector.getCollectionTime();
    }
    return line.append(" gc=").append(gc).toString();
  }
}
