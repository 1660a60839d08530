package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

class SummarizeBenchCommandTest {
    @Test
    void shouldBuildAnArticleOfAboutTheAskedLengthWithTheFirstParagraphAsTitle() {
        // given
        List<String> paragraphs = List.of("Title line", "one two three four five", "six seven eight nine ten eleven");

        // when
        Article article = SummarizeBenchCommand.article(paragraphs, Language.ENGLISH, 100);

        // then
        assertThat(article.title()).isEqualTo("Title line");
        assertThat(article.wordCount()).isBetween(100, 106);
        assertThat(article.paragraphs()).doesNotContain("Title line");
    }

    @Test
    void shouldTakeNearestRankPercentiles() {
        // given: 1..100 ms in nanoseconds
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = (i + 1) * 1_000_000L;
        }

        // when / then
        assertThat(SummarizeBenchCommand.percentile(sorted, 0.50)).isEqualTo(50.0);
        assertThat(SummarizeBenchCommand.percentile(sorted, 0.99)).isEqualTo(99.0);
    }
}
