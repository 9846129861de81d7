/** Test support for the corpus module: the generated corpus of document families. */
package org.clausediff.corpus.testing;
