package org.mojaz.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mojaz.ingest.FetchException.Reason;
import org.mojaz.testing.ClosingSite;

/** Pooled connections the server has closed: a second link from the same site must still work. */
class SafeFetcherConnectionTest {
    private static final String PAGE =
            "<!doctype html><html><head><title>Harbour</title></head><body><p>The harbour opened.</p></body></html>";

    private final ClosingSite site = ClosingSite.start(PAGE);
    private final SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults()
            .withAllowedNetworks(List.of("127.0.0.1/32"))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)));

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void shouldFetchASecondPageAfterTheSiteClosedTheFirstConnection() throws Exception {
        // given: a first page fetched, and the site has closed that connection behind the client's back
        fetcher.fetch(site.url("/first"));
        assertThat(site.awaitClosed(1)).isTrue();

        // when
        FetchedPage second = fetcher.fetch(site.url("/second"));

        // then
        assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(site.hits("/second")).isEqualTo(1);
    }

    @Test
    void shouldFetchEveryPageOfASiteThatClosesEachConnection() throws Exception {
        for (int i = 0; i < 4; i++) {
            // given
            if (i > 0) {
                assertThat(site.awaitClosed(1)).isTrue();
            }

            // when
            FetchedPage page = fetcher.fetch(site.url("/page-" + i));

            // then
            assertThat(page.status()).isEqualTo(200);
        }
    }

    @Test
    void shouldNotSendTheRequestAgainWhenTheResponseHadStarted() {
        // given: a pooled connection that is still open, on which the next answer breaks off mid-body
        fetcher.fetch(site.url("/keep"));

        // when
        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(site.url("/cut")));

        // then
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.NETWORK);
        assertThat(site.hits("/cut")).isEqualTo(1);
    }
}
