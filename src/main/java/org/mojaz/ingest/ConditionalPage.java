package org.mojaz.ingest;

/**
 * The answer to a conditional GET.
 *
 * @param page         the page, or null when the server answered 304 Not Modified
 * @param etag         the ETag to send next time, or null
 * @param lastModified the Last-Modified to send next time, or null
 */
public record ConditionalPage(FetchedPage page, String etag, String lastModified) {

    public boolean notModified() {
        return page == null;
    }
}
