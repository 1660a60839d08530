package org.mojaz.testing;

import java.time.Clock;
import java.util.List;
import org.mojaz.chat.Policy;
import org.mojaz.ingest.ArticleExtractor;
import org.mojaz.ingest.FetchSettings;
import org.mojaz.ingest.IngestLimits;
import org.mojaz.ingest.Ingestor;
import org.mojaz.ingest.PageDecoder;
import org.mojaz.ingest.SafeFetcher;
import org.mojaz.text.LanguageDetector;

/**
 * Builds the real collaborators for chat and transport tests in one place, so a change of their constructors
 * (the real SafeFetcher is being written) is fixed here once.
 */
public final class TestWiring {
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    public static final int MAX_TEXT_CHARS = 20_000;
    private static final LanguageDetector DETECTOR = new LanguageDetector();

    private TestWiring() {
    }

    public static Ingestor ingestor() {
        return new Ingestor(new SafeFetcher(FetchSettings.defaults().withAllowedNetworks(List.of("127.0.0.1/32"))), new PageDecoder(), new ArticleExtractor(), DETECTOR,
                new IngestLimits(MAX_FILE_BYTES, MAX_TEXT_CHARS, 20), Clock.systemUTC());
    }

    /** The chat policy of the transport tests: anyone, 5 links a message, {@code linksPerMinute} a minute. */
    public static Policy policy(int linksPerMinute) {
        return new Policy(List.of(), 5, linksPerMinute, MAX_TEXT_CHARS, MAX_FILE_BYTES, Policy.DEFAULT_MIN_TEXT_CHARS);
    }
}
