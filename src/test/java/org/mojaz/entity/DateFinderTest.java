package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

class DateFinderTest {
    private final DateFinder finder = new DateFinder();

    @Test
    void shouldReadLevantineMonthNames() {
        // given
        FoldedText text = new FoldedText("عقد الاجتماع في 3 كانون الثاني 2026 ثم في 17 تشرين الأول 2026 وفي 1 آب 2025");

        // when
        List<Found> found = finder.find(text, Language.ARABIC);

        // then
        assertThat(found).extracting(Found::value).containsExactly("2026-01-03", "2026-10-17", "2025-08-01");
    }

    @Test
    void shouldReadDoubleMonthNamesArabicIndicDigitsAndMissingYears() {
        // given
        FoldedText text = new FoldedText("يوم ١٤ سبتمبر/أيلول ٢٠٢٦ وفي 30 جوان وفي 8 غشت");

        // when
        List<Found> found = finder.find(text, Language.ARABIC);

        // then
        assertThat(found).extracting(Found::value).containsExactly("2026-09-14", "--06-30", "--08-08");
        assertThat(found.get(0).surface()).isEqualTo("١٤ سبتمبر/أيلول ٢٠٢٦");
    }

    @Test
    void shouldFindWeekdaysAndRelativeDaysWithoutAValue() {
        // given
        FoldedText text = new FoldedText("أعلنت الوزارة يوم أمس أن الاجتماع سيعقد الأربعاء");

        // when
        List<Found> found = finder.find(text, Language.ARABIC);

        // then
        assertThat(found).extracting(Found::nameEn).containsExactly("yesterday", "Wednesday");
        assertThat(found).extracting(Found::value).containsOnlyNulls();
    }

    @Test
    void shouldNotTakeAMonthNameAloneForADate() {
        // given
        FoldedText text = new FoldedText("مارس الفريق ضغطا كبيرا");

        // when / then
        assertThat(finder.find(text, Language.ARABIC)).isEmpty();
        assertThat(finder.find(new FoldedText("Prices rose in May."), Language.ENGLISH)).isEmpty();
    }

    @Test
    void shouldReadEnglishAbbreviatedMonthsAndNumericDates() {
        // given
        FoldedText text = new FoldedText("Signed 14 Sept 2026, reviewed 2026-10-01 and on 5/11/2026.");

        // when
        List<Found> found = finder.find(text, Language.ENGLISH);

        // then
        assertThat(found).extracting(Found::value).containsExactly("2026-09-14", "2026-10-01", "2026-11-05");
    }
}
