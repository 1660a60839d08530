package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameLikenessTest {
    @Test
    void shouldScoreAWordNoListHoldsByHowItIsSpelt() {
        // given: invented person names ending in -ينكو and -وفيتش, places in تي- and common words
        NameLikeness likeness = new NameLikeness(
                List.of("شيفتشينكو", "بوندارينكو", "كوفالينكو", "ميلوفيتش", "رادوفيتش"),
                List.of("تيزنيت", "تيفلت", "تيغسالين", "تيميمون"),
                List.of("حكومه", "وزير", "اقتصاد", "مجلس", "قرار", "مشروع", "اجتماع", "مسؤول", "ميزانيه"));

        // when: words none of the three lists holds
        String foreign = likeness.of("ماتفيينكو").person();
        String common = likeness.of("مستشار").person();
        String town = likeness.of("تيزيمي").place();

        // then
        assertThat(Integer.parseInt(foreign)).isPositive();
        assertThat(Integer.parseInt(common)).isNegative();
        assertThat(Integer.parseInt(town)).isPositive();
    }

    @Test
    void shouldKeepScoresWithinTheirStepsAndSayNoneForWordsWithoutArabicLetters() {
        // given
        NameLikeness likeness = NameLikeness.shared();

        // when / then
        assertThat(likeness.of("G7").person()).isEqualTo("none");
        assertThat(likeness.of("ب").person()).isEqualTo("none");
        for (String w : List.of("حكومه", "شيفتشينكو", "تيزنيت", "مستشار")) {
            assertThat(Integer.parseInt(likeness.of(w).person())).isBetween(-6, 6);
            assertThat(Integer.parseInt(likeness.of(w).place())).isBetween(-6, 6);
        }
    }

    @Test
    void shouldReadTheShippedListsSoThatATransliteratedSurnameBeatsACommonNoun() {
        // given
        NameLikeness likeness = NameLikeness.shared();

        // when / then: an invented Slavic surname and a government word
        assertThat(Integer.parseInt(likeness.of("كوزمينكوفيتش").person()))
                .isGreaterThan(Integer.parseInt(likeness.of("الحكومه".substring(2)).person()));
    }
}
