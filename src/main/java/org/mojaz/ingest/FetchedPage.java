package org.mojaz.ingest;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/**
 * A page fetched by {@link SafeFetcher}: the raw (already decompressed) bytes and what the server said about them.
 *
 * @param requestedUrl      the URL that was asked for
 * @param finalUrl          the URL after redirects
 * @param status            the final HTTP status (2xx)
 * @param contentType       the media type without parameters, lower case, e.g. {@code text/html}; sniffed when the
 *                          server sent none
 * @param charsetFromHeader the {@code charset} parameter of the Content-Type header as sent, or null
 * @param body              the body, never empty, at most the configured cap
 */
public record FetchedPage(
        URI requestedUrl, URI finalUrl, int status, String contentType, String charsetFromHeader, byte[] body) {

    public FetchedPage {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FetchedPage p
                && requestedUrl.equals(p.requestedUrl) && finalUrl.equals(p.finalUrl) && status == p.status
                && contentType.equals(p.contentType) && Objects.equals(charsetFromHeader, p.charsetFromHeader)
                && Arrays.equals(body, p.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestedUrl, finalUrl, status, contentType, charsetFromHeader, Arrays.hashCode(body));
    }

    /** Leaves out the URLs and the body, so the page can be logged safely. */
    @Override
    public String toString() {
        return "FetchedPage[status=" + status + ", contentType=" + contentType + ", charset=" + charsetFromHeader
                + ", bytes=" + body.length + "]";
    }
}
