/**
 * Helpers shared by the tests of every module, published in lib's test jar: the seed documents
 * ({@link org.clausediff.testing.TestData}); generated versions with known truth ({@link
 * org.clausediff.testing.PlantedEdits}, {@link org.clausediff.testing.GarbledDocuments}, {@link
 * org.clausediff.testing.Paraphrases}); the engine's intermediate results for tests and benchmarks
 * ({@link org.clausediff.testing.Stages}, {@link org.clausediff.testing.StageByStage}); golden
 * files ({@link org.clausediff.testing.GoldenFiles}) and report well-formedness checks ({@link
 * org.clausediff.testing.ReportChecks}); and the real programs some tests run ({@link
 * org.clausediff.testing.ExternalTools}).
 */
package org.clausediff.testing;
