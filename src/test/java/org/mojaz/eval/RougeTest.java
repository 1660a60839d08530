package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

class RougeTest {
    private static final org.assertj.core.data.Offset<Double> EPS = within(1e-9);

    @Test
    void shouldMatchHandComputedUnigramBigramAndLcsScores() {
        // given: candidate "the cat sat on the mat" (6 tokens), reference "the cat lay on the red mat" (7 tokens)
        // unigrams: the x2, cat, on, mat overlap = 5 -> P 5/6, R 5/7
        // bigrams: "the cat", "on the" overlap = 2 of 5 and 6 -> P 2/5, R 2/6
        // LCS: the cat on the mat = 5 -> P 5/6, R 5/7
        Rouge rouge = new Rouge(Language.ENGLISH);

        // when
        Rouge.Scores s = rouge.score("The cat sat on the mat.", "the cat lay on the red mat");

        // then
        assertThat(s.rouge1().precision()).isCloseTo(5.0 / 6, EPS);
        assertThat(s.rouge1().recall()).isCloseTo(5.0 / 7, EPS);
        assertThat(s.rouge1().f1()).isCloseTo(2 * (5.0 / 6) * (5.0 / 7) / (5.0 / 6 + 5.0 / 7), EPS);
        assertThat(s.rouge2().precision()).isCloseTo(2.0 / 5, EPS);
        assertThat(s.rouge2().recall()).isCloseTo(2.0 / 6, EPS);
        assertThat(s.rougeL().f1()).isCloseTo(s.rouge1().f1(), EPS);
    }

    @Test
    void shouldStemEnglishTokensLongerThanThreeCharactersLikeRougeScore() {
        // given
        Rouge rouge = new Rouge(Language.ENGLISH);

        // when
        List<String> tokens = rouge.tokens("Running dogs ran, U.S.-based");

        // then: "dogs" has 4 characters and is stemmed; "ran" is not
        assertThat(tokens).containsExactly("run", "dog", "ran", "u", "s", "base");
    }

    @Test
    void shouldNormaliseArabicOnBothSidesSoHamzaAndTaMarbutaDoNotCount() {
        // given: the reference dropped the hamza and wrote ه for ة, as EASC's typists did
        Rouge rouge = new Rouge(Language.ARABIC);

        // when
        Rouge.Scores s = rouge.score("الفضل الأعظم للموسيقى الكلاسيكية", "الفضل الاعظم للموسيقى الكلاسيكيه");

        // then
        assertThat(s.rouge1().f1()).isCloseTo(1.0, EPS);
        assertThat(s.rouge2().f1()).isCloseTo(1.0, EPS);
    }

    @Test
    void shouldAverageOverReferences() {
        // given: one reference equal to the candidate (F1 1), one sharing nothing (F1 0)
        Rouge rouge = new Rouge(Language.ENGLISH);

        // when
        Rouge.Scores s = rouge.scoreMulti("bridge reopened today", List.of("bridge reopened today", "storm hit coast"));

        // then
        assertThat(s.rouge1().f1()).isCloseTo(0.5, EPS);
        assertThat(s.rougeL().recall()).isCloseTo(0.5, EPS);
    }

    @Test
    void shouldScoreZeroWhenTheCandidateIsEmpty() {
        // when
        Rouge.Scores s = new Rouge(Language.ENGLISH).score("", "the cat");

        // then
        assertThat(s.rouge1().f1()).isZero();
        assertThat(s.rouge2().f1()).isZero();
        assertThat(s.rougeL().f1()).isZero();
    }

    @Test
    void shouldFindTheLongestCommonSubsequenceNotSubstring() {
        // given: a b c d e vs a x c y e -> LCS a c e = 3
        // when
        int lcs = Rouge.lcs(List.of("a", "b", "c", "d", "e"), List.of("a", "x", "c", "y", "e"));

        // then
        assertThat(lcs).isEqualTo(3);
    }
}
