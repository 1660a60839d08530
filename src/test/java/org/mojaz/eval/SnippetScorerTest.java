package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {
    @Test
    void shouldMicroAverageSnippetHitsOverPagesAfterNormalisingWhitespace() {
        // given
        SnippetScorer scorer = new SnippetScorer();

        // when
        scorer.add("Alpha  beta\n gamma. Delta.", List.of("Alpha beta gamma", "missing"), List.of("Delta.", "absent"));
        scorer.add("one two three", List.of("two  three", "one"), List.of());
        SnippetScorer.Summary s = scorer.summary();

        // then: TP 3, FN 1, FP 1, TN 1
        assertThat(s.tp()).isEqualTo(3);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.tn()).isEqualTo(1);
        assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(s.accuracy()).isCloseTo(4.0 / 6.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.75, within(1e-9));
        assertThat(s.pages()).isEqualTo(2);
    }

    @Test
    void shouldCountEveryWantedSnippetAsMissedWhenNothingWasExtracted() {
        // given
        SnippetScorer scorer = new SnippetScorer();

        // when
        scorer.add(null, List.of("a sentence"), List.of("a footer"));

        // then
        assertThat(scorer.summary().fn()).isEqualTo(1);
        assertThat(scorer.summary().tn()).isEqualTo(1);
        assertThat(scorer.summary().recall()).isEqualTo(0.0);
    }
}
