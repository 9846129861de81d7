/**
 * Steps side by side on a caller's {@link java.util.concurrent.Executor}: {@link
 * org.clausediff.internal.parallel.Fork} offers a step to the executor while the calling thread
 * goes on, and runs it on the joining thread if no executor thread has started it. The pipeline
 * forks whole stages with it, the aligner halves of its own work. No stage of its own; depends on
 * nothing of the library. The library starts no threads.
 */
package org.clausediff.internal.parallel;
