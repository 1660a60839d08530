package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

class LeadCondenserTest {

    @Test
    void shouldEstimateArabicLettersDearerThanLatinOnes() {
        // given
        String latin = "a".repeat(100);
        String arabic = "ب".repeat(100);

        // when / then
        assertThat(TokenEstimate.of(latin)).isEqualTo(25);
        assertThat(TokenEstimate.of(arabic)).isEqualTo(40);
    }

    @Test
    void shouldLeaveAnArticleWithinBudgetUntouched() {
        // given
        Article a = NewsFixtures.english();

        // when / then
        assertThat(new LeadCondenser().apply(a, 10_000)).isSameAs(a);
    }

    @Test
    void shouldKeepSentencesOfAnOversizedFirstParagraphFromTheStart() {
        // given
        String huge = "First sentence of the lead. " + "Filler sentence that goes on and on. ".repeat(200);
        Article a = NewsFixtures.article("h", Language.ENGLISH, "t", List.of(huge.trim(), "Second paragraph."));

        // when
        Article c = new LeadCondenser().apply(a, 100);

        // then
        assertThat(c.paragraphs()).hasSize(1);
        assertThat(c.paragraphs().get(0)).startsWith("First sentence of the lead.");
        assertThat(TokenEstimate.of(c.text())).isLessThanOrEqualTo(100);
        assertThat(c.contentHash()).isEqualTo("h");
    }

    @Test
    void shouldTakeFirstSentencesOfArabicParagraphsEndingInAnArabicQuestionMark() {
        // given
        Article a = NewsFixtures.article("h", Language.ARABIC, "t", List.of(
                "الفقرة الأولى كاملة.", "الفقرة الثانية كاملة.", "هل تكفي المحطة؟ " + "جملة إضافية طويلة. ".repeat(50)));

        // when
        Article c = new LeadCondenser().apply(a, 40);

        // then
        assertThat(c.paragraphs()).containsExactly("الفقرة الأولى كاملة.", "الفقرة الثانية كاملة.", "هل تكفي المحطة؟");
    }
}
