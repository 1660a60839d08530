package org.mojaz.ingest;

import java.util.List;

/**
 * What the extractor found in one HTML page, before language detection and hashing.
 *
 * @param title        headline or empty
 * @param byline       author(s) or null
 * @param published    ISO-8601 date or date-time, or null
 * @param siteName     outlet name or null
 * @param canonicalUrl absolute canonical URL declared by the page, or null
 * @param paragraphs   main body, one entry per paragraph (headings and list items are their own entries)
 * @param failure      why the page is not a readable article (paywall, login, ...), or null when it is one
 */
public record ExtractedArticle(
        String title,
        String byline,
        String published,
        String siteName,
        String canonicalUrl,
        List<String> paragraphs,
        ExtractionFailure failure) {

    public ExtractedArticle {
        paragraphs = List.copyOf(paragraphs);
        title = title == null ? "" : title;
    }

    public String text() {
        return String.join("\n\n", paragraphs);
    }

    public boolean isReadable() {
        return failure == null;
    }
}
