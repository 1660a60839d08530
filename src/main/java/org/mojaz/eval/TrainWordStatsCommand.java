package org.mojaz.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz train word-stats}: counts, over unlabeled Arabic news (one article a line, gzip or plain), how
 * often each clitic-free word occurs, how often with the article, and its most frequent neighbours. The counts
 * (never the text) ship as {@code word-stats-ar.tsv} and feed the Arabic name finder's features.
 */
@Command(name = "word-stats", mixinStandardHelpOptions = true,
        description = "Word statistics of unlabeled Arabic news for the Arabic name finder.")
public final class TrainWordStatsCommand implements Callable<Integer> {
    @Option(names = "--news", required = true, description = "Arabic news text, one article a line (.gz allowed).")
    Path news;

    @Option(names = "--out", required = true, description = "File to write (the jar ships "
            + "src/main/resources/org/mojaz/entity/word-stats-ar.tsv).")
    Path out;

    @Option(names = "--words", defaultValue = "30000", description = "Keep the most frequent words (default: ${DEFAULT-VALUE}).")
    int words;

    @Override
    public Integer call() throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<String, Integer>> left = new HashMap<>();
        Map<String, Map<String, Integer>> right = new HashMap<>();
        NewsText.forEachArticle(news, tokens -> {
            for (int i = 0; i < tokens.size(); i++) {
                String bare = tokens.get(i)[1];
                int[] c = counts.computeIfAbsent(bare, k -> new int[2]);
                c[0]++;
                c[1] += tokens.get(i)[2] != null ? 1 : 0;
                String prev = i > 0 ? tokens.get(i - 1)[0] : "^";
                String next = i + 1 < tokens.size() ? tokens.get(i + 1)[0] : "$";
                left.computeIfAbsent(bare, k -> new HashMap<>()).merge(prev, 1, Integer::sum);
                right.computeIfAbsent(bare, k -> new HashMap<>()).merge(next, 1, Integer::sum);
            }
        });
        List<String> top = counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .limit(words).map(Map.Entry::getKey).sorted().toList();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Statistics of unlabeled Arabic news (ANT corpus, Sky News Arabia and France 24; see NOTICE),\n");
            w.write("# built by `mojaz train word-stats`: word, count, count with the article, most frequent left and right word.\n");
            for (String word : top) {
                int[] c = counts.get(word);
                w.write(word + "\t" + c[0] + "\t" + c[1] + "\t" + most(left.get(word)) + "\t" + most(right.get(word)) + "\n");
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%d words counted, %d kept%n", counts.size(), top.size());
        return 0;
    }

    private static String most(Map<String, Integer> m) {
        return m.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("-");
    }
}
