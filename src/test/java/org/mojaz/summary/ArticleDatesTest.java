package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.entity.EntityType;

/** The extractive brief resolves an article's relative dates against its own date, and only then. */
class ArticleDatesTest {
    private static final ExtractiveSummarizer ENGINE = new ExtractiveSummarizer(new EntityExtractor());

    private static Article article(String published) {
        List<String> lines = TestArticles.lines("ar-port-dates.txt");
        return new Article("https://news.example/port", null, lines.get(0), null, published, null, Language.ARABIC,
                lines.subList(1, lines.size()), "hash-port-" + published, Instant.EPOCH);
    }

    private static List<Entity> dates(Digest digest) {
        return digest.entities().stream().filter(e -> e.type() == EntityType.DATE).toList();
    }

    @Test
    void should_list_the_dates_an_article_means_when_it_has_a_date() {
        // given a page published on Thursday 26 November 2026
        Article page = article("2026-11-26T09:00:00+01:00");

        // when
        Digest digest = ENGINE.summarize(page);

        // then
        assertThat(dates(digest)).extracting(Entity::value)
                .containsExactly("2026-11-25", "2026-09", "2027-01", "2026-11-23", "2027");
        assertThat(dates(digest)).extracting(Entity::nameAr).contains("25 نوفمبر 2026", "سبتمبر 2026");
        assertThat(digest.english().summary()).contains("November 25, 2026", "September 2026", "January 2027")
                .contains("137,000 dollars").doesNotContain("137.000");
    }

    @Test
    void should_keep_the_words_of_relative_dates_when_the_text_has_no_date() {
        // given the same text pasted, without a date
        Article pasted = article(null);

        // when
        Digest digest = ENGINE.summarize(pasted);

        // then
        assertThat(dates(digest)).extracting(Entity::value).containsOnlyNulls();
        assertThat(dates(digest)).extracting(Entity::nameEn).contains("yesterday", "last September", "next January",
                "Monday", "next year");
        assertThat(digest.english().summary()).doesNotContain("2026").doesNotContain("2027");
    }
}
