package org.mojaz.ingest;

import java.net.URI;

/** PLACEHOLDER until the fetch branch lands. */
public record FetchedPage(URI requestedUrl, URI finalUrl, int status, String contentType, String charsetFromHeader,
                          byte[] body) {
}
