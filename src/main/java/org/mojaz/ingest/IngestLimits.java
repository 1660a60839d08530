package org.mojaz.ingest;

/**
 * Limits on what the ingestor accepts.
 *
 * @param maxFileBytes largest local file or uploaded document
 * @param maxTextChars largest pasted text
 * @param minWords     fewest body words that make an article worth briefing
 */
public record IngestLimits(long maxFileBytes, int maxTextChars, int minWords) {
}
