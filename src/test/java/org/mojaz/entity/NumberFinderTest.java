package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

class NumberFinderTest {
    @Test
    void should_keep_thousands_separators_of_an_english_figure() {
        // given
        FoldedText text = new FoldedText("The council paid 137,000 dollars for the new tram study.");

        // when
        List<Found> found = new NumberFinder().find(text, Language.ENGLISH);

        // then
        assertThat(found).hasSize(1);
        assertThat(found.get(0).nameEn()).startsWith("137,000");
        assertThat(found.get(0).value()).startsWith("137000");
    }

    @Test
    void should_show_a_decimal_comma_as_a_point() {
        // when
        String shown = NumberFinder.shown("2,5");

        // then
        assertThat(shown).isEqualTo("2.5");
    }

    @Test
    void should_write_a_maghreb_dotted_figure_with_english_thousands_separators() {
        // given a figure grouped with dots, as Maghreb papers write it
        FoldedText text = new FoldedText("ودفعت البلدية 137.000 دولار لدراسة الترامواي، و1.250.000 درهم للأشغال.");

        // when
        List<Found> found = new NumberFinder().find(text, Language.ARABIC);

        // then
        assertThat(found).extracting(Found::nameEn).containsExactly("137,000 dollars", "1,250,000 dirhams");
        assertThat(found).extracting(Found::value).containsExactly("137000 USD", "1250000 MAD");
        assertThat(found.get(0).nameAr()).isEqualTo("137.000 دولار");
    }

    @Test
    void should_write_thousands_in_figures_and_keep_a_decimal_before_a_scale_word() {
        // given
        FoldedText arabic = new FoldedText("خصصت الحكومة 137 ألف دولار للدراسة و2.125 مليار دولار للمشروع.");
        FoldedText english = new FoldedText("The town paid 137000 dollars and 4.5 million euros.");

        // when
        List<Found> fromArabic = new NumberFinder().find(arabic, Language.ARABIC);
        List<Found> fromEnglish = new NumberFinder().find(english, Language.ENGLISH);

        // then
        assertThat(fromArabic).extracting(Found::nameEn).containsExactly("137,000 dollars", "2.125 billion dollars");
        assertThat(fromArabic).extracting(Found::value).containsExactly("137000 USD", "2125000000 USD");
        assertThat(fromEnglish).extracting(Found::nameEn).containsExactly("137,000 dollars", "4.5 million euros");
    }
}
