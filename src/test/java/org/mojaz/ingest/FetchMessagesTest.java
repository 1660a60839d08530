package org.mojaz.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.mojaz.testing.FakeHostResolver;

/** Messages echo what the user sent, but never a wall of it. */
class FetchMessagesTest {

    @Test
    void shouldShortenAVeryLongHostNameInTheMessage() {
        // given: a 6,100-character host name that does not resolve
        String host = "news.".repeat(1_220) + "example";
        assertThat(host.length()).isGreaterThan(6_000);

        // when
        FetchException e;
        try (SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults(), new FakeHostResolver())) {
            e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch("https://" + host + "/a"));
        }

        // then
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("I could not find the site news.news.").contains("…")
                .endsWith("news.example.");
        assertThat(e.getMessage().length()).isLessThan(200);
    }

    @Test
    void shouldKeepAShortTextAsItIs() {
        assertThat(Shorten.middle("news.example")).isEqualTo("news.example");
        assertThat(Shorten.middle("x".repeat(500))).hasSize(Shorten.MAX);
    }
}
