package org.mojaz.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.text.Tokenizer;

/** The duplicate threshold, measured on our own test set of Arabic and English reports (stories.tsv). */
class StoryGrouperTest {
    record Labelled(String story, StoryGrouper.Features features) {
    }

    private static final List<String[]> ROWS = new ArrayList<>();
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    @BeforeAll
    static void load() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                StoryGrouperTest.class.getResourceAsStream("/briefing/stories.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ROWS.add(line.split("\t"));
                }
            }
        }
    }

    static List<Labelled> labelled(StoryGrouper grouper) {
        List<Labelled> out = new ArrayList<>();
        for (String[] r : ROWS) {
            Language lang = r[1].equals("ar") ? Language.ARABIC : Language.ENGLISH;
            out.add(new Labelled(r[0], grouper.features(lang, r[2], r[3], EXTRACTOR.extract(r[2] + ".\n" + r[3], lang))));
        }
        return out;
    }

    /** Pairwise precision and recall of the groups the grouper forms at this threshold. */
    static double[] score(double threshold) {
        StoryGrouper grouper = new StoryGrouper(threshold, new Tokenizer());
        List<Labelled> items = labelled(grouper);
        List<List<Integer>> groups = grouper.group(items.stream().map(Labelled::features).toList());
        int[] groupOf = new int[items.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                groupOf[i] = g;
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean gold = items.get(i).story().equals(items.get(j).story());
                boolean predicted = groupOf[i] == groupOf[j];
                tp += gold && predicted ? 1 : 0;
                fp += !gold && predicted ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
                if (gold != predicted && threshold == StoryGrouper.DEFAULT_THRESHOLD) {
                    System.out.printf(Locale.ROOT, "%s pair: %s/%d and %s/%d (similarity %.2f)%n",
                            gold ? "missed" : "false", items.get(i).story(), i, items.get(j).story(), j,
                            grouper.similarity(items.get(i).features(), items.get(j).features()));
                }
            }
        }
        return new double[] {tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn)};
    }

    @Test
    void should_join_reports_of_one_event_and_keep_others_apart_at_the_default_threshold() {
        // given our test set; when grouped at the tuned threshold
        for (double t = 0.2; t <= 0.61; t += 0.04) {
            double[] pr = score(t);
            System.out.printf(Locale.ROOT, "threshold %.2f precision %.3f recall %.3f%n", t, pr[0], pr[1]);
        }
        double[] pr = score(StoryGrouper.DEFAULT_THRESHOLD);
        System.out.printf(Locale.ROOT, "default %.2f precision %.3f recall %.3f%n", StoryGrouper.DEFAULT_THRESHOLD,
                pr[0], pr[1]);

        // then pairs are found with high precision and most of them are found
        assertThat(pr[0]).isGreaterThanOrEqualTo(0.9);
        assertThat(pr[1]).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void should_match_an_arabic_and_an_english_report_through_entities_numbers_and_dates() {
        StoryGrouper grouper = new StoryGrouper();
        List<Labelled> items = labelled(grouper);
        StoryGrouper.Features en = items.get(0).features();
        StoryGrouper.Features ar = items.get(1).features();
        StoryGrouper.Features otherAlgeria = items.stream().filter(l -> l.story().equals("football")).findFirst()
                .orElseThrow().features();

        assertThat(grouper.similarity(en, ar)).isGreaterThanOrEqualTo(StoryGrouper.DEFAULT_THRESHOLD);
        assertThat(grouper.similarity(en, otherAlgeria)).isLessThan(StoryGrouper.DEFAULT_THRESHOLD);
    }
}
