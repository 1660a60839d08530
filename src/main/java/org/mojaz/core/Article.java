package org.mojaz.core;

import java.time.Instant;
import java.util.List;

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
