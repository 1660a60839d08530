package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpanScorerTest {

    @Test
    void shouldCountOnlyExactSpansWithTheRightType() {
        // given: gold PER[0,2) LOC[3,4) ORG[5,7); predicted PER[0,2) exact, LOC[3,4) typed ORG, ORG[5,6) too short
        SpanScorer scorer = new SpanScorer(Set.of("PER", "ORG", "LOC"));
        List<TypedSpan> gold = List.of(new TypedSpan(0, 2, "PER"), new TypedSpan(3, 4, "LOC"), new TypedSpan(5, 7, "ORG"));
        List<TypedSpan> predicted = List.of(new TypedSpan(0, 2, "PER"), new TypedSpan(3, 4, "ORG"), new TypedSpan(5, 6, "ORG"));

        // when
        scorer.add(gold, predicted);

        // then: tp 1, fp 2, fn 2 → P 1/3, R 1/3, F1 1/3
        SpanScorer.Score all = scorer.score("ALL");
        assertThat(all).isEqualTo(new SpanScorer.Score(1, 2, 2));
        assertThat(all.f1()).isCloseTo(33.333, within(0.01));
        assertThat(scorer.score("PER")).isEqualTo(new SpanScorer.Score(1, 0, 0));
        assertThat(scorer.score("ORG")).isEqualTo(new SpanScorer.Score(0, 2, 1));
        assertThat(scorer.score("LOC")).isEqualTo(new SpanScorer.Score(0, 0, 1));
    }

    @Test
    void shouldIgnoreMiscOnBothSides() {
        // given
        SpanScorer scorer = new SpanScorer(Set.of("PER", "ORG", "LOC"));

        // when
        scorer.add(List.of(new TypedSpan(0, 1, "MISC"), new TypedSpan(2, 3, "LOC")),
                List.of(new TypedSpan(0, 1, "MISC"), new TypedSpan(2, 3, "LOC")));

        // then: P = R = F1 = 100 over the one LOC
        assertThat(scorer.score("ALL")).isEqualTo(new SpanScorer.Score(1, 0, 0));
        assertThat(scorer.score("ALL").f1()).isEqualTo(100.0);
    }

    @Test
    void shouldMicroAverageOverSentences() {
        // given: sentence 1 all right (2 tp); sentence 2 one miss and one false alarm
        SpanScorer scorer = new SpanScorer(Set.of("PER", "ORG", "LOC"));
        scorer.add(List.of(new TypedSpan(0, 1, "PER"), new TypedSpan(2, 3, "ORG")),
                List.of(new TypedSpan(0, 1, "PER"), new TypedSpan(2, 3, "ORG")));

        // when
        scorer.add(List.of(new TypedSpan(1, 2, "LOC")), List.of(new TypedSpan(4, 5, "PER")));

        // then: tp 2, fp 1, fn 1 → P = R = F1 = 2/3
        assertThat(scorer.score("ALL").precision()).isCloseTo(66.667, within(0.01));
        assertThat(scorer.score("ALL").recall()).isCloseTo(66.667, within(0.01));
        assertThat(scorer.table()).contains("ALL").contains("66.67");
    }

    @Test
    void shouldScoreZeroWhenNothingIsPredicted() {
        // given
        SpanScorer scorer = new SpanScorer(Set.of("PER"));

        // when
        scorer.add(List.of(new TypedSpan(0, 1, "PER")), List.of());

        // then
        assertThat(scorer.score("PER").f1()).isZero();
    }
}
