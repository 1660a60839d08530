package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
    private static final double EPS = 1e-9;

    @Test
    void shouldTokenizeLikeUnicodeWordRunsKeepingCase() {
        // given
        String text = "Don't stop—naïve 3.5 café_au_lait مرحبا،بكم";

        // when
        List<String> tokens = ShingleScorer.tokens(text);

        // then
        assertThat(tokens).containsExactly("Don", "t", "stop", "naïve", "3", "5", "café_au_lait", "مرحبا", "بكم");
    }

    @Test
    void shouldScoreAnIdenticalTextAsPerfectAndExact() {
        // when
        ShingleScorer.Match m = ShingleScorer.match("a b c d e", "a, b. c d e!");

        // then: shingles {abcd, bcde} on both sides
        assertThat(m.tp()).isCloseTo(1.0, within(EPS));
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.exact()).isTrue();
    }

    @Test
    void shouldNormaliseCountsSoEachDocumentWeighsTheSame() {
        // when: truth {abcd, bcde}, prediction {abcd}
        ShingleScorer.Match m = ShingleScorer.match("a b c d e", "a b c d");

        // then
        assertThat(m.tp()).isCloseTo(0.5, within(EPS));
        assertThat(m.fn()).isCloseTo(0.5, within(EPS));
        assertThat(m.fp()).isCloseTo(0.0, within(EPS));
        assertThat(m.precision()).isCloseTo(1.0, within(EPS));
        assertThat(m.recall()).isCloseTo(0.5, within(EPS));
        assertThat(m.exact()).isFalse();
    }

    @Test
    void shouldCountRepeatedShinglesAsAMultiset() {
        // when: truth {abcd x2, bcda, cdab, dabc}, prediction {abcd}
        ShingleScorer.Match m = ShingleScorer.match("a b c d a b c d", "a b c d");

        // then
        assertThat(m.tp()).isCloseTo(0.2, within(EPS));
        assertThat(m.fn()).isCloseTo(0.8, within(EPS));
        assertThat(m.recall()).isCloseTo(0.2, within(EPS));
    }

    @Test
    void shouldTreatTextsShorterThanOneShingleAsOneShorterShingle() {
        // when: truth {(x y)}, prediction {(x y z)}
        ShingleScorer.Match m = ShingleScorer.match("x y", "x y z");

        // then
        assertThat(m.fp()).isCloseTo(0.5, within(EPS));
        assertThat(m.fn()).isCloseTo(0.5, within(EPS));
        assertThat(m.precision()).isEqualTo(0.0);
    }

    @Test
    void shouldAverageOverDocumentsAndSkipEmptyPredictionsForPrecision() {
        // given: perfect, half recall, and an empty prediction
        List<ShingleScorer.Match> matches = List.of(
                ShingleScorer.match("a b c d e", "a b c d e"),
                ShingleScorer.match("a b c d e", "a b c d"),
                ShingleScorer.match("a b c d", ""));

        // when
        ShingleScorer.Summary s = ShingleScorer.summarize(matches);

        // then: P = (1 + 1) / 2, R = (1 + 0.5 + 0) / 3, F1 = 2PR / (P + R)
        assertThat(s.precision()).isCloseTo(1.0, within(EPS));
        assertThat(s.recall()).isCloseTo(0.5, within(EPS));
        assertThat(s.f1()).isCloseTo(2.0 / 3.0, within(EPS));
        assertThat(s.accuracy()).isCloseTo(1.0 / 3.0, within(EPS));
        assertThat(s.documents()).isEqualTo(3);
    }
}
