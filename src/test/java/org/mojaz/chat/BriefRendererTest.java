package org.mojaz.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.summary.Digest;
import org.mojaz.summary.ExtractiveSummarizer;

/** The entity list a Telegram reader sees, from an article of our own through the extractive engine. */
class BriefRendererTest {
    private static final String TRANSLITERATED = "(transliterated)";

    private static Digest digestOf(String title, List<String> paragraphs) {
        Article article = new Article("https://news.test/club", null, title, null, "2026-11-30", "News Test",
                Language.ARABIC, paragraphs, "hash-club", Instant.parse("2026-11-30T08:00:00Z"));
        return new ExtractiveSummarizer(new EntityExtractor()).summarize(article);
    }

    private static Digest clubMatch() {
        return digestOf("مولودية تازغرت تفوز في الديربي", List.of(
                "فاز فريق مولودية تازغرت على شباب أوزلاغن بهدفين نظيفين في مباراة قوية. وقال مدرب مولودية تازغرت إن"
                        + " الفوز مستحق.",
                "وأعلنت شركة سونلغاز عن رعاية جديدة للبطولة، وقال مديرها إن شركة سونلغاز تدعم الرياضة الوطنية."));
    }

    @Test
    void should_mark_every_transliterated_name_in_the_entity_view() {
        // given: an article naming invented clubs no dictionary knows
        Digest digest = clubMatch();
        List<Entity> transliterated = digest.entities().stream().filter(Entity::transliterated).toList();
        assertThat(transliterated).as("entities: %s", digest.entities()).isNotEmpty();

        // when
        String html = BriefRenderer.render(new Article("https://news.test/club", null, "t", null, null, null,
                Language.ARABIC, List.of("p"), "h", Instant.EPOCH), "news.test", null, digest,
                new BriefView(1, 'e', "both"), "en");

        // then
        List<String> entries = List.of(html.split("\n|، "));
        for (Entity e : transliterated) {
            assertThat(entries).as("entry of %s in %s", e.nameEn(), html)
                    .anyMatch(entry -> entry.contains(e.nameEn()) && entry.contains(TRANSLITERATED));
        }
    }

    @Test
    void should_mark_transliterated_names_in_the_short_brief_too() {
        // given
        Digest digest = clubMatch();
        Entity first = digest.entities().stream().filter(Entity::transliterated).findFirst().orElseThrow();

        // when
        String html = BriefRenderer.render(new Article("https://news.test/club", null, "t", null, null, null,
                Language.ARABIC, List.of("p"), "h", Instant.EPOCH), "news.test", null, digest,
                new BriefView(1, 's', "both"), "ar");

        // then
        assertThat(html).contains(first.nameEn());
        assertThat(html.substring(html.indexOf(first.nameEn()))).contains(TRANSLITERATED);
    }

    @Test
    void should_not_mark_names_from_a_dictionary() {
        // given
        Digest digest = digestOf("زيارة إلى الرباط", List.of("وصل وزير الخارجية إلى الرباط يوم الاثنين في زيارة رسمية."
                + " وقال الوزير في الرباط إن العلاقات قوية."));

        // when
        String html = BriefRenderer.render(new Article("https://news.test/x", null, "t", null, null, null,
                Language.ARABIC, List.of("p"), "h", Instant.EPOCH), "news.test", null, digest,
                new BriefView(1, 'e', "both"), "en");

        // then
        assertThat(html).contains("Rabat").doesNotContain(TRANSLITERATED);
    }
}
