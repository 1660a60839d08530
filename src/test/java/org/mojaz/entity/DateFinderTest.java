package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

    /** A Tuesday. */
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final String AR_RELATIVE = "قال الوزير أمس إن الاتفاق وقع أول أمس. ووصل الوفد اليوم ويغادر غدا."
            + " وكان الاجتماع الأول قد عقد الأربعاء، وسيعقد الثاني الأحد المقبل. وارتفعت الأسعار الشهر الماضي"
            + " والأسبوع الماضي، بعد تراجعها العام الماضي.";
    private static final String EN_RELATIVE = "The minister said yesterday that prices rose last month and fell last"
            + " year. The board met on Wednesday and will meet again on Friday. Talks resume next week.";

    @Test
    void should_resolve_each_arabic_relative_date_against_the_article_date() {
        // given an article of Tuesday 1 December 2026
        FoldedText text = new FoldedText(AR_RELATIVE);

        // when
        List<Found> found = finder.find(text, Language.ARABIC, DEC_1);

        // then
        assertThat(found).extracting(Found::value).containsExactly("2026-11-30", "2026-11-29", "2026-12-01",
                "2026-12-02", "2026-11-25", "2026-12-06", "2026-11", "2026-W48", "2025");
        assertThat(found.get(0).nameAr()).isEqualTo("30 نوفمبر 2026");
        assertThat(found.get(0).nameEn()).isEqualTo("November 30, 2026");
        assertThat(found.get(4).nameEn()).isEqualTo("Wednesday, November 25, 2026");
        assertThat(found.get(4).nameAr()).isEqualTo("الأربعاء 25 نوفمبر 2026");
        assertThat(found.get(6).nameEn()).isEqualTo("November 2026");
    }

    @Test
    void should_keep_relative_dates_as_written_without_an_article_date() {
        // given the same text with no article date (pasted text)
        FoldedText text = new FoldedText(AR_RELATIVE);

        // when
        List<Found> found = finder.find(text, Language.ARABIC, null);

        // then
        assertThat(found).extracting(Found::value).containsOnlyNulls();
        assertThat(found).extracting(Found::nameEn).containsExactly("yesterday", "the day before yesterday", "today",
                "tomorrow", "Wednesday", "next Sunday", "last month", "last week", "last year");
        assertThat(found).extracting(Found::nameAr).contains("أمس", "الشهر الماضي", "العام الماضي");
    }

    @Test
    void should_take_a_weekday_after_a_future_verb_as_the_coming_one() {
        // given
        FoldedText text = new FoldedText("سيعقد المجلس جلسته الأربعاء. وكان قد اجتمع الخميس.");

        // when
        List<Found> found = finder.find(text, Language.ARABIC, DEC_1);

        // then
        assertThat(found).extracting(Found::value).containsExactly("2026-12-02", "2026-11-26");
    }

    @Test
    void should_not_take_a_future_verb_of_a_quote_for_the_tense_of_its_reporting_clause() {
        // given
        FoldedText text = new FoldedText("\"We will open the line,\" the mayor said on Monday. Trains will run on Friday.");

        // when
        List<Found> found = finder.find(text, Language.ENGLISH, DEC_1);

        // then Monday is the past one, Friday the coming one
        assertThat(found).extracting(Found::value).containsExactly("2026-11-30", "2026-12-04");
    }

    @Test
    void should_resolve_english_relative_dates_against_the_article_date() {
        // given
        FoldedText text = new FoldedText(EN_RELATIVE);

        // when
        List<Found> resolved = finder.find(text, Language.ENGLISH, DEC_1);
        List<Found> asWritten = finder.find(text, Language.ENGLISH, null);

        // then
        assertThat(resolved).extracting(Found::value).containsExactly("2026-11-30", "2026-11", "2025", "2026-11-25",
                "2026-12-04", "2026-W50");
        assertThat(resolved.get(5).nameEn()).isEqualTo("week of December 7, 2026");
        assertThat(asWritten).extracting(Found::value).containsOnlyNulls();
        assertThat(asWritten).extracting(Found::nameEn).containsExactly("yesterday", "last month", "last year",
                "Wednesday", "Friday", "next week");
    }

    @Test
    void should_infer_the_year_of_a_month_only_date_across_the_year_boundary() {
        // given an article of 10 March 2026
        FoldedText text = new FoldedText("أعلن المشروع في شتنبر الماضي، وتوقف في دجنبر، ثم عاد في كانون الثاني"
                + " الماضي، وسيستأنف في أبريل المقبل. وكانت الحكومة قد وعدت به في مارس الماضي.");

        // when
        List<Found> found = finder.find(text, Language.ARABIC, LocalDate.of(2026, 3, 10));

        // then
        assertThat(found).extracting(Found::value).containsExactly("2025-09", "2025-12", "2026-01", "2026-04",
                "2025-03");
        assertThat(found.get(0).nameAr()).isEqualTo("سبتمبر 2025");
        assertThat(found.get(0).nameEn()).isEqualTo("September 2025");
    }

    @Test
    void should_infer_the_next_year_for_a_coming_month_in_a_december_article() {
        // given
        FoldedText text = new FoldedText("تنطلق الأشغال في جانفي المقبل وتنتهي في 14 فيفري، بعد اتفاق وقع في نونبر.");

        // when
        List<Found> found = finder.find(text, Language.ARABIC, LocalDate.of(2026, 12, 20));

        // then
        assertThat(found).extracting(Found::value).containsExactly("2027-01", "2027-02-14", "2026-11");
    }

    @Test
    void should_take_the_year_of_a_month_from_the_words_after_it() {
        // given an article of 16 October 2026
        FoldedText text = new FoldedText("زادت الصادرات عن شهر أغسطس من العام الماضي، بعد أزمة بدأت منذ مارس العام 2015،"
                + " وعقد المؤتمر في مايو من هذا العام.");

        // when
        List<Found> found = finder.find(text, Language.ARABIC, LocalDate.of(2026, 10, 16));

        // then
        assertThat(found).extracting(Found::value).containsExactly("2025-08", "2015-03", "2026-05");
    }

    @Test
    void should_take_a_month_after_since_as_the_latest_one() {
        // given an article of 10 March 2026, and a month that would be nearer ahead
        FoldedText text = new FoldedText("وتراجعت الأسعار منذ يونيو. Prices have fallen since June.");

        // when
        List<Found> arabic = finder.find(text, Language.ARABIC, LocalDate.of(2026, 3, 10));
        List<Found> english = finder.find(text, Language.ENGLISH, LocalDate.of(2026, 3, 10));

        // then
        assertThat(arabic).extracting(Found::value).containsExactly("2025-06");
        assertThat(english).extracting(Found::value).containsExactly("2025-06");
    }

    @Test
    void should_not_take_per_day_or_one_day_for_a_date() {
        // given
        FoldedText text = new FoldedText("ينتج الحقل ألف برميل في اليوم، وتوقف يوم واحد في مثل هذا اليوم من العام.");

        // when / then
        assertThat(finder.find(text, Language.ARABIC, DEC_1)).isEmpty();
    }

    @Test
    void should_not_take_the_end_of_a_channel_or_paper_name_for_today() {
        // given
        FoldedText text = new FoldedText("نشرت قناة روسيا اليوم تقريرا نقلته صحيفة المغرب اليوم، ثم عاد الوفد اليوم إلى بلاده.");

        // when
        List<Found> found = finder.find(text, Language.ARABIC, DEC_1);

        // then
        assertThat(found).extracting(Found::value).containsExactly("2026-12-01");
    }

    @Test
    void should_read_yesterday_and_its_weekday_as_one_date() {
        // given
        FoldedText text = new FoldedText("وقال الوزير مساء أمس الاثنين إن المفاوضات مستمرة.");

        // when
        List<Found> found = finder.find(text, Language.ARABIC, DEC_1);

        // then
        assertThat(found).extracting(Found::value).containsExactly("2026-11-30");
        assertThat(found.get(0).surface()).isEqualTo("أمس الاثنين");
    }

    @Test
    void should_list_a_month_only_date_without_a_year_when_there_is_no_article_date() {
        // given
        FoldedText text = new FoldedText("أعلن المشروع في شتنبر الماضي، وتوقف في دجنبر.");

        // when
        List<Found> found = finder.find(text, Language.ARABIC, null);

        // then
        assertThat(found).extracting(Found::value).containsExactly(null, "--12");
        assertThat(found).extracting(Found::nameEn).containsExactly("last September", "December");
    }

    @Test
    void should_read_english_month_only_dates() {
        // given
        FoldedText text = new FoldedText("Exports fell last September and will recover next April, as they did in"
                + " December.");

        // when
        List<Found> found = finder.find(text, Language.ENGLISH, LocalDate.of(2026, 3, 10));

        // then
        assertThat(found).extracting(Found::value).containsExactly("2025-09", "2026-04", "2025-12");
        assertThat(found.get(0).surface()).isEqualTo("last September");
    }

    @Test
    void should_not_take_the_planet_mars_for_the_month_of_march() {
        // when
        List<Found> english = finder.find(new FoldedText("The rover reached Mars in March 2026."), Language.ENGLISH,
                DEC_1);
        List<Found> arabic = finder.find(new FoldedText("هبط المسبار على كوكب مارس بعد رحلة طويلة."), Language.ARABIC,
                DEC_1);

        // then
        assertThat(english).extracting(Found::value).containsExactly("2026-03");
        assertThat(arabic).isEmpty();
    }

    @Test
    void should_not_list_a_weekday_apart_from_the_full_date_that_follows_it() {
        // given
        FoldedText text = new FoldedText("اجتمع المجلس يوم الأحد 14 سبتمبر 2026 في العاصمة.");

        // when
        List<Found> found = finder.find(text, Language.ARABIC, DEC_1);

        // then
        assertThat(found).extracting(Found::value).containsExactly("2026-09-14");
    }
}
