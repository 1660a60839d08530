package org.mojaz.ingest;

import java.net.URI;

/** PLACEHOLDER until the fetch branch lands: refuses everything. */
public final class SafeFetcher implements AutoCloseable {
    public FetchedPage fetch(URI url) {
        throw new FetchException(FetchException.Reason.REFUSED, "Fetching links is not available yet.");
    }

    @Override
    public void close() {
    }
}
