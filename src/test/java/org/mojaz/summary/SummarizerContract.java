package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

/** What every Summarizer promises; each engine's test extends this with its own instance. */
abstract class SummarizerContract {
    abstract Summarizer summarizer();

    @Test
    void shouldKeepTheContentHashAndGiveOneBriefPerLanguage() {
        for (Article article : List.of(TestArticles.load("ar-clinic.txt", Language.ARABIC),
                TestArticles.load("en-bridge.txt", Language.ENGLISH))) {
            // when
            Digest digest = summarizer().summarize(article);

            // then
            assertThat(digest.contentHash()).isEqualTo(article.contentHash());
            assertThat(digest.arabic().language()).isEqualTo(Language.ARABIC);
            assertThat(digest.english().language()).isEqualTo(Language.ENGLISH);
            assertThat(digest.arabic().summary()).isNotBlank();
            assertThat(digest.english().summary()).isNotBlank();
            assertThat(digest.engine()).isNotBlank();
            assertThat(digest.promptVersion()).isNotBlank();
        }
    }
}
