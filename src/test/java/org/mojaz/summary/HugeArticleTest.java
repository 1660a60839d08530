package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;

/**
 * One page of about 5 MB in a single paragraph (just under the fetch cap) must be briefed within the test JVM's
 * heap (-Xmx2g in pom.xml, the guard): before the cap, the sentence graph alone wanted about 6 GB. No timing is
 * asserted.
 */
class HugeArticleTest {
    private static final int FIVE_MB = 5 * 1000 * 1000;

    private static String singleParagraph(Language language) {
        StringBuilder b = new StringBuilder(FIVE_MB + 200);
        for (int i = 0; b.length() < FIVE_MB; i++) {
            if (language == Language.ARABIC) {
                b.append(String.format(Locale.ROOT, "وقالت سميرة حداد إن الحي رقم %d في مدينة الساحل حصل على %d"
                        + " متر مكعب من الماء هذا الأسبوع. ", i, 1000 + i % 97));
            } else {
                b.append(String.format(Locale.ROOT, "Samira Haddad said district %d of Port Halden received %d cubic"
                        + " metres of water from the plant this week. ", i, 1000 + i % 97));
            }
        }
        return b.toString();
    }

    private static Article huge(Language language) {
        return NewsFixtures.article("hash-huge-" + language.code(), language, "Water for every district",
                List.of(singleParagraph(language)));
    }

    @Test
    void shouldBriefAFiveMegabyteSingleParagraphEnglishPageWithinABoundedHeap() {
        // given
        Article article = huge(Language.ENGLISH);
        ExtractiveSummarizer engine = new ExtractiveSummarizer(new EntityExtractor());

        // when
        Digest d = engine.summarize(article);

        // then
        assertThat(article.text().length()).isGreaterThanOrEqualTo(FIVE_MB);
        assertThat(d.english().summary()).startsWith("Samira Haddad said district 0 of Port Halden");
        assertThat(d.english().summary().length()).isLessThan(2000);
        assertThat(d.entities()).extracting(Entity::nameEn).contains("Samira Haddad");
    }

    @Test
    void shouldBriefAFiveMegabyteSingleParagraphArabicPageWithinABoundedHeap() {
        // given
        Article article = huge(Language.ARABIC);
        ExtractiveSummarizer engine = new ExtractiveSummarizer(new EntityExtractor());

        // when
        Digest d = engine.summarize(article);

        // then
        assertThat(d.arabic().summary()).contains("سميرة حداد");
        assertThat(d.arabic().summary().length()).isLessThan(2000);
        assertThat(d.entities()).isNotEmpty();
    }

    @Test
    void shouldFindTheEntitiesOfAFiveMegabyteTextWithinABoundedHeap() {
        // given
        String text = singleParagraph(Language.ENGLISH);

        // when
        List<Entity> entities = new EntityExtractor().extract(text, Language.ENGLISH);

        // then
        assertThat(entities).extracting(Entity::nameEn).contains("Samira Haddad", "Port Halden");
    }
}
