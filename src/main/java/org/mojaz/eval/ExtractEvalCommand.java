package org.mojaz.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.mojaz.ingest.ArticleExtractor;
import org.mojaz.ingest.ExtractedArticle;
import org.mojaz.ingest.PageDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz eval extract --data DIR}: scores our article extractor on the Zyte article-extraction-benchmark
 * (next to the published extractors' outputs, with the same scorer) or on trafilatura's snippet evaluation set.
 * The kind of data set is recognised by its files.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Score article extraction (Zyte benchmark or trafilatura snippets).")
public final class ExtractEvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OURS = "mojaz";

    @Option(names = "--data", required = true, description = "Data set folder (ground-truth.json or evaldata_subset.json).")
    Path data;

    @Option(names = "--worst", defaultValue = "0", description = "Also list the N documents we score worst on.")
    int worst;

    @Option(names = "--min-f1", defaultValue = "0", description = "Exit with status 1 when our F1 is below this bar.")
    double minF1;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final PageDecoder decoder = new PageDecoder();
    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(data.resolve("ground-truth.json"))) {
            return bar(zyte());
        }
        if (Files.exists(data.resolve("evaldata_subset.json"))) {
            return bar(snippets(data.resolve("evaldata_subset.json")));
        }
        System.err.println("No ground-truth.json or evaldata_subset.json in " + data);
        return 2;
    }

    private int bar(double f1) {
        if (f1 < minF1) {
            System.err.printf(Locale.ROOT, "F1 %.3f is below the bar %.3f%n", f1, minF1);
            return 1;
        }
        return 0;
    }

    /** Scores the Zyte benchmark and returns our F1. */
    private double zyte() throws IOException {
        long start = System.nanoTime();
        Map<String, String> truth = new LinkedHashMap<>();
        List<ShingleScorer.Match> ours = new ArrayList<>();
        List<String[]> perDoc = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(data.resolve("ground-truth.json").toFile())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                p.nextToken();
                JsonNode item = JSON.readTree(p);
                String body = item.path("articleBody").asText("");
                truth.put(id, body);
                ExtractedArticle article = extractor.extract(readGzip(data.resolve("html/" + id + ".html.gz")),
                        item.path("url").asText(""));
                ShingleScorer.Match m = ShingleScorer.match(body, article.text());
                ours.add(m);
                perDoc.add(new String[] {id, item.path("url").asText(""), String.valueOf(article.failure())});
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, ShingleScorer.Summary> table = new LinkedHashMap<>();
        table.put(OURS, ShingleScorer.summarize(ours));
        publishedOutputs(truth, table);
        printTable(table);
        out.printf(Locale.ROOT, "%s extracted %d pages in %.1f s%n", OURS, ours.size(), seconds);
        printWorst(ours, perDoc);
        return table.get(OURS).f1();
    }

    private void publishedOutputs(Map<String, String> truth, Map<String, ShingleScorer.Summary> table)
            throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(data.resolve("output"), "*.json")) {
            dir.forEach(files::add);
        }
        files.sort(Comparator.naturalOrder());
        for (Path file : files) {
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode outputs = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
            List<ShingleScorer.Match> matches = new ArrayList<>();
            for (Map.Entry<String, String> t : truth.entrySet()) {
                String predicted = outputs.path(t.getKey()).path("articleBody").asText("");
                matches.add(ShingleScorer.match(t.getValue(), predicted));
            }
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            table.put(name, ShingleScorer.summarize(matches));
        }
    }

    private void printTable(Map<String, ShingleScorer.Summary> table) {
        List<Map.Entry<String, ShingleScorer.Summary>> rows = new ArrayList<>(table.entrySet());
        rows.sort(Comparator.comparingDouble((Map.Entry<String, ShingleScorer.Summary> e) -> e.getValue().f1())
                .reversed());
        out.printf(Locale.ROOT, "%-16s %6s %6s %6s %8s %5s%n", "extractor", "F1", "P", "R", "accuracy", "docs");
        for (Map.Entry<String, ShingleScorer.Summary> r : rows) {
            ShingleScorer.Summary s = r.getValue();
            out.printf(Locale.ROOT, "%-16s %6.3f %6.3f %6.3f %8.3f %5d%s%n", r.getKey(), s.f1(), s.precision(),
                    s.recall(), s.accuracy(), s.documents(), r.getKey().equals(OURS) ? "   <- ours" : "");
        }
    }

    private void printWorst(List<ShingleScorer.Match> matches, List<String[]> perDoc) {
        if (worst <= 0) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> matches.get(i).f1()));
        out.printf(Locale.ROOT, "%nworst %d documents (F1 P R failure id url):%n", worst);
        for (int i : order.subList(0, Math.min(worst, order.size()))) {
            ShingleScorer.Match m = matches.get(i);
            String[] d = perDoc.get(i);
            out.printf(Locale.ROOT, "%.3f %.3f %.3f %-8s %s %s%n", m.f1(), m.precision(), m.recall(), d[2],
                    d[0].substring(0, Math.min(12, d[0].length())), d[1]);
        }
    }

    /** Scores trafilatura's snippet set and returns our F1. */
    private double snippets(Path file) throws IOException {
        long start = System.nanoTime();
        SnippetScorer scorer = new SnippetScorer();
        List<String> misses = new ArrayList<>();
        JsonNode entries = JSON.readTree(file.toFile());
        for (Map.Entry<String, JsonNode> entry : entries.properties()) {
            JsonNode item = entry.getValue();
            Path html = data.resolve("html").resolve(item.path("file").asText());
            if (!Files.exists(html)) {
                continue;
            }
            String url = entry.getKey().startsWith("hard::") ? "" : entry.getKey();
            String text = extractor.extract(decoder.decode(Files.readAllBytes(html), null), url).text();
            List<String> with = strings(item.path("with"));
            List<String> without = strings(item.path("without"));
            SnippetScorer.Summary before = scorer.summary();
            scorer.add(text, with, without);
            SnippetScorer.Summary after = scorer.summary();
            int lost = after.fn() - before.fn() + after.fp() - before.fp();
            if (lost > 0) {
                misses.add(String.format(Locale.ROOT, "%d missed-with %d found-without  %s",
                        after.fn() - before.fn(), after.fp() - before.fp(), entry.getKey()));
            }
        }
        SnippetScorer.Summary s = scorer.summary();
        out.printf(Locale.ROOT, "trafilatura snippet eval: pages %d  precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f"
                        + "  (TP %d FN %d FP %d TN %d) in %.1f s%n", s.pages(), s.precision(), s.recall(), s.accuracy(),
                s.f1(), s.tp(), s.fn(), s.fp(), s.tn(), (System.nanoTime() - start) / 1e9);
        misses.stream().limit(worst).forEach(out::println);
        return s.f1();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String readGzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
