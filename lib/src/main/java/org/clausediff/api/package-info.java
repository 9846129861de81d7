/**
 * The facade: {@link org.clausediff.api.ClauseDiff} wires the pipeline stages together (read,
 * normalize, segment, compare, find duplicates, collate) and owns the result types that combine
 * several stages, such as {@link org.clausediff.api.Segmentation}.
 */
package org.clausediff.api;
