package org.mojaz.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A cleanly extracted article, ready to be summarized and stored.
 *
 * @param source       where it came from: the URL the user sent, {@code file:NAME} or {@code text:pasted}
 * @param canonicalUrl the page's canonical URL when it declares one (else the final URL after redirects), or null
 * @param title        the headline, never null (may be empty for pasted text)
 * @param byline       author(s) as the page names them, or null
 * @param published    publication date/time as ISO-8601 text ({@code 2026-09-14} or with time), or null
 * @param siteName     the outlet's name when known, or null
 * @param language     language of the body
 * @param paragraphs   the body, one entry per paragraph, never empty
 * @param contentHash  SHA-256 (hex) of the normalised body; the dedupe key
 * @param fetchedAt    when it was fetched or read
 */
public record Article(
        String source,
        String canonicalUrl,
        String title,
        String byline,
        String published,
        String siteName,
        Language language,
        List<String> paragraphs,
        String contentHash,
        Instant fetchedAt) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        title = title == null ? "" : title;
    }

    /** The body as plain text, paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** The day of {@link #published} when it starts with an ISO date (2026-09-14, 2026-09-14T08:00:00Z), else empty. */
    public Optional<LocalDate> publishedDay() {
        if (published == null || published.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public int wordCount() {
        int n = 0;
        for (String p : paragraphs) {
            for (String w : p.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }
}
