package org.mojaz.summary;

/**
 * How long a brief is.
 *
 * @param words         the short summary's word budget
 * @param moreSentences key points in the longer "more" view
 */
public record SummaryLength(int words, int moreSentences) {
}
