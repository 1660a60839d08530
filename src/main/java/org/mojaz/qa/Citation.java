package org.mojaz.qa;

/**
 * A passage an answer cites.
 *
 * @param number    the number the answer cites it by ([1], [2] ...)
 * @param articleId the article's row id
 * @param title     the article's title (may be empty for pasted text)
 * @param link      the article's link, file name or {@code text:pasted}
 * @param passage   the cited sentence as written
 */
public record Citation(int number, long articleId, String title, String link, String passage) {
}
