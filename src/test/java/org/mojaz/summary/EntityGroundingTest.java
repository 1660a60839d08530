package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

class EntityGroundingTest {
    private final Article article = NewsFixtures.article("h", Language.ARABIC, "وفد في الرياض", List.of(
            "وصل الوفد إلى الرياض على متن طائرة خاصة، وقالت وزارة الصحة إن الزيارة تستمر يومين.",
            "وأرسلت الرسالة لوزارة الصحة أمس، وفي بالرياض مكتب للوفد منذ ٢٠١٩."));

    private List<Entity> ground(LlmAnswer.Named... named) {
        return new EntityGrounding(article, new EntityExtractor()).ground(List.of(named), text -> true);
    }

    @Test
    void shouldMatchArabicNamesAsWholeWordsWithTheirAttachedPrefixes() {
        // when
        List<Entity> found = ground(
                new LlmAnswer.Named("الرياض", "Riyadh", "PLACE", null),
                new LlmAnswer.Named("وزارة الصحة", "Ministry of Health", "ORGANIZATION", null));

        // then
        assertThat(found).extracting(Entity::nameEn).containsExactly("Riyadh", "Ministry of Health");
        assertThat(found.get(0).mentions()).isEqualTo(3);
        assertThat(found.get(1).mentions()).isEqualTo(2);
    }

    @Test
    void refusesAnArabicNameThatOnlyMatchesInsidePartOfAWord() {
        // given "الزيار" and "متن طا" are pieces of words of the article, not whole words
        // when
        List<Entity> found = ground(
                new LlmAnswer.Named("الزيار", "Visit", "ORGANIZATION", null),
                new LlmAnswer.Named("متن طا", "Board", "PLACE", null),
                new LlmAnswer.Named("وفد", "delegation", "ORGANIZATION", null));

        // then
        assertThat(found).extracting(Entity::nameEn).containsExactly("delegation");
    }

    @Test
    void shouldGiveADateTheModelNamedInWordsTheDayTheArticleMeansByIt() {
        // given the article of 15 September 2026 says أمس; the model names it without a date
        // when
        List<Entity> found = ground(new LlmAnswer.Named("أمس", "yesterday", "DATE", null));

        // then
        assertThat(found).extracting(Entity::value).containsExactly("2026-09-14");
    }

    @Test
    void shouldNotGiveAYearTheMonthOfALongerDateThatHoldsIt() {
        // given an article that writes a month of 2026 and the year alone nowhere
        Article monthly = NewsFixtures.article("m", Language.ARABIC, "تقرير الميناء", List.of(
                "ارتفعت صادرات الميناء في سبتمبر 2026 بنسبة عشرة في المئة، بحسب تقرير نشرته الإدارة."));

        // when
        List<Entity> found = new EntityGrounding(monthly, new EntityExtractor()).ground(List.of(
                new LlmAnswer.Named("سبتمبر 2026", "September 2026", "DATE", null),
                new LlmAnswer.Named("2026", "2026", "DATE", null)), text -> true);

        // then: the month is read; the year alone is not turned into that month
        assertThat(found).extracting(Entity::value).containsExactly("2026-09", null);
    }

    @Test
    void shouldGroundADateByItsDigitsWhateverTheirScript() {
        // when
        List<Entity> found = ground(new LlmAnswer.Named("عام 2019", "2019", "DATE", null),
                new LlmAnswer.Named("2020", "2020", "DATE", null));

        // then
        assertThat(found).extracting(Entity::nameEn).containsExactly("2019");
    }
}
