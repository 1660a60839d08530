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
}
