package org.mojaz.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mojaz.text.LanguageDetector;

/**
 * Deeply nested pages must not hold a worker for minutes. The first two pages are the shapes from issue 9 (the old
 * extractor took 70 to 422 s on them); the time limit here only guards against a hang, it measures nothing.
 */
class DeepPageTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String SENTENCE = "The harbour council agreed the budget for the new sea wall on Tuesday, "
            + "and the fishermen said the works would close the north quay for two seasons. ";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldRefuseTwoHundredThousandNestedTablesAsTooComplex() {
        // given: 200,000 nested <table><tr><td>, about 4.9 MB
        String html = page("<table><tr><td>cell ", 200_000, "");

        // when
        ExtractedArticle article = assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract(html, null));

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.TOO_COMPLEX);
        assertThat(article.paragraphs()).isEmpty();
    }

    @Test
    void shouldRefuseHundredsOfThousandsOfNestedInlineTagsAsTooComplex() {
        // given: <b><i><span> x 150,000 inside one paragraph
        String html = page("<p>" + "<b><i><span>word ".repeat(150_000), 1, "");

        // when
        ExtractedArticle article = assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract(html, null));

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.TOO_COMPLEX);
    }

    @Test
    void shouldReadAnArticleNestedDeeplyButWithinTheBound() {
        // given: the article's paragraphs under 200 nested divs
        String html = page("<div>", 200, ("<p>" + SENTENCE + "</p>").repeat(40) + "</div>".repeat(200));

        // when
        ExtractedArticle article = assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract(html, null));

        // then
        assertThat(article.isReadable()).isTrue();
        assertThat(article.text()).contains("The harbour council agreed the budget for the new sea wall");
    }

    @Test
    void shouldRefuseAPageThatOutlastsItsTimeBudget() {
        // given: an ordinary article, and no time at all to read it
        String html = page("<p>" + SENTENCE + "</p>", 300, "");
        ArticleExtractor hurried = new ArticleExtractor(Duration.ofNanos(1));

        // when
        ExtractedArticle article = hurried.extract(html, null);

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.TOO_COMPLEX);
        assertThat(new ArticleExtractor().extract(html, null).isReadable()).isTrue();
    }

    @Test
    void shouldTellTheUserWhyATooComplexPageCannotBeRead() {
        // given
        String html = page("<div>", 300, SENTENCE.repeat(10));
        ExtractionException e;
        try (SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults())) {
            Ingestor ingestor = new Ingestor(fetcher, new PageDecoder(), extractor, new LanguageDetector(),
                    new IngestLimits(5L << 20, 100_000, 40), Clock.systemUTC());

            // when
            e = catchThrowableOfType(ExtractionException.class, () -> ingestor.fromHtml(html, "file:deep.html", null));
        }

        // then
        assertThat(e.failure()).isEqualTo(ExtractionFailure.TOO_COMPLEX);
        assertThat(e.getMessage()).contains("nested too deeply").contains("Paste the article text");
    }

    private static String page(String repeated, int times, String tail) {
        return "<html><head><title>Sea wall</title></head><body>" + repeated.repeat(times) + tail + "</body></html>";
    }
}
