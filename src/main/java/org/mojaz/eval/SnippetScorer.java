package org.mojaz.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Trafilatura's evaluation metric, re-implemented from its description: whitespace-normalised substring checks of
 * snippets that must appear ("with") and must not appear ("without") in the extracted text, counted over all pages
 * (micro average).
 */
public final class SnippetScorer {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private int truePositives;
    private int falseNegatives;
    private int falsePositives;
    private int trueNegatives;
    private int pages;

    /** Micro-averaged figures over every page added so far. */
    public record Summary(double precision, double recall, double accuracy, double f1, int pages,
                          int tp, int fn, int fp, int tn) {
    }

    /** Adds one page: the extractor's text and that page's snippets. */
    public void add(String extracted, List<String> with, List<String> without) {
        String text = normalize(extracted);
        for (String snippet : with) {
            if (text.contains(normalize(snippet))) {
                truePositives++;
            } else {
                falseNegatives++;
            }
        }
        for (String snippet : without) {
            if (text.contains(normalize(snippet))) {
                falsePositives++;
            } else {
                trueNegatives++;
            }
        }
        pages++;
    }

    public Summary summary() {
        double p = ratio(truePositives, truePositives + falsePositives);
        double r = ratio(truePositives, truePositives + falseNegatives);
        int all = truePositives + falsePositives + falseNegatives + trueNegatives;
        double accuracy = ratio(truePositives + trueNegatives, all);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Summary(p, r, accuracy, f1, pages, truePositives, falseNegatives, falsePositives, trueNegatives);
    }

    static String normalize(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").trim();
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 0 : (double) num / den;
    }
}
