/**
 * The benchmarks of clausediff: JMH benchmarks of the warm stages ({@code FoundationBenchmark},
 * {@code CompareBenchmark}, {@code DupsBenchmark}) and of the whole pipeline on the calling thread
 * and on a pool ({@code ExecutorBenchmark}), the cold stage timer ({@code StageTimes}), the CPU
 * time of each thread of a whole command-line run ({@code ThreadTimes}), and the inputs and
 * baselines of the scale ladder ({@code LadderInputs}, {@code ReadOnly}, {@code
 * DiffUtilsCharacters}, {@code DiffUtilsSentences}; see {@code bench/ladder.sh}).
 *
 * <p>The benchmarks use the library's public API, and reach the engine only through the helpers of
 * the library's test jar ({@link org.clausediff.testing.Stages}, {@link
 * org.clausediff.testing.StageByStage}), which are compiled and tested with the library: they hold
 * the intermediate results those return and hand them back, never running a stage of the engine
 * themselves, and declare no class in a package of the library. Built by {@code mvn verify}, never
 * run by it and never published; how to run them: {@code docs/PERFORMANCE.md}.
 */
package org.clausediff.bench;
