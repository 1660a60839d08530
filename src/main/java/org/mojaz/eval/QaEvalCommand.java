package org.mojaz.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.ingest.Ingestor;
import org.mojaz.qa.Answer;
import org.mojaz.qa.Evidence;
import org.mojaz.qa.QaOptions;
import org.mojaz.qa.QuestionAnswerer;
import org.mojaz.qa.QuestionAnswering;
import org.mojaz.qa.QuestionReader;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;
import org.mojaz.text.ArabicNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz eval qa}: answers every question of a JSONL set with the extractive engine, each item in its own
 * chat of a fresh store, and prints per language pair (question → article) answer accuracy (the answer holds an
 * expected string), correct refusals of unanswerable questions, and retrieval recall@3.
 */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Answer accuracy, correct refusals and recall@3 of question answering on a JSONL set.")
public final class QaEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "JSONL: {articles:[{id,title,text,lang}], question,"
            + " answer_contains:[...] | unanswerable:true, scope: article|chat}.")
    Path data;

    @Option(names = "--min-accuracy", description = "Bar: exit 1 when same-language answer accuracy is below it (0..1).")
    Double minAccuracy;

    @Option(names = "--min-refusals", description = "Bar: exit 1 when correct refusals are below it (0..1).")
    Double minRefusals;

    @Option(names = "--min-recall", description = "Bar: exit 1 when recall@3 over all answerable questions is below it.")
    Double minRecall;

    @Option(names = "--errors", defaultValue = "0", description = "Print up to this many failures to stderr.")
    int errors;

    @Option(names = "--min-coverage", defaultValue = "0.55", description = "Relevance bar of the extractive engine (qa.min-coverage; default ${DEFAULT-VALUE}).")
    double minCoverage;

    /** Counts for one language pair. */
    private static final class Tally {
        int answerable;
        int correct;
        int recalled;
        int unanswerable;
        int refused;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(data)) {
            System.err.println("cannot read " + data);
            return 2;
        }
        List<JsonNode> items = read(data);
        Path dir = Files.createTempDirectory("mojaz-eval-qa");
        Map<String, Tally> pairs = new LinkedHashMap<>();
        for (String p : List.of("ar→ar", "en→en", "en→ar", "ar→en")) {
            pairs.put(p, new Tally());
        }
        int shown = 0;
        long started = System.nanoTime();
        Clock clock = Clock.systemUTC();
        try (Store store = Store.open(dir.resolve("qa.db"), clock)) {
            QuestionAnswerer qa = QuestionAnswering.build(new QaOptions(Duration.ofDays(30), 0, minCoverage), store,
                    new EntityExtractor(), Optional.empty(), clock);
            long chat = 0;
            for (JsonNode item : items) {
                chat++;
                List<StoredArticle> saved = new ArrayList<>();
                for (JsonNode a : item.get("articles")) {
                    saved.add(store.saveArticle(chat, article(a)));
                }
                String question = item.get("question").asText();
                boolean articleScope = "article".equals(item.path("scope").asText("chat"));
                Long replyTo = articleScope ? saved.get(0).id() : null;
                Answer answer = qa.answer(chat, question, replyTo);
                List<Evidence> top = qa.retrieve(chat, question, replyTo).evidence();
                List<String> expected = new ArrayList<>();
                item.path("answer_contains").forEach(n -> expected.add(n.asText()));
                boolean unanswerable = item.path("unanswerable").asBoolean(false);
                Language q = QuestionReader.languageOf(question);
                Language a = answerLanguage(saved, expected);
                Tally t = pairs.computeIfAbsent(q.code() + "→" + a.code(), k -> new Tally());
                boolean ok;
                if (unanswerable) {
                    t.unanswerable++;
                    ok = !answer.found();
                    t.refused += ok ? 1 : 0;
                } else {
                    t.answerable++;
                    ok = answer.found() && containsAny(answer.text(), expected);
                    t.correct += ok ? 1 : 0;
                    boolean recalled = top.stream().limit(3).anyMatch(e -> containsAny(e.passage().text(), expected));
                    t.recalled += recalled ? 1 : 0;
                }
                if (!ok && shown < errors) {
                    shown++;
                    System.err.printf(Locale.ROOT, "FAIL %s [%s] %s%n  expected %s%n  got %s%n", item.path("id").asText("#" + chat),
                            q.code() + "→" + a.code(), question, unanswerable ? "a refusal" : expected,
                            answer.text().replace("\n", "\n      "));
                    top.stream().limit(3).forEach(e -> System.err.printf(Locale.ROOT,
                            "    top: coverage %.2f typed %s score %.2f  %s%n", e.coverage(), e.typed(), e.score(),
                            e.passage().text()));
                }
            }
        } finally {
            deleteTree(dir);
        }
        return report(pairs, items.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private int report(Map<String, Tally> pairs, int items, long millis) {
        System.out.printf(Locale.ROOT, "%s: %d questions, extractive engine, %d ms%n", data.getFileName(), items, millis);
        System.out.printf(Locale.ROOT, "%-7s %10s %9s %10s %12s %9s%n", "pair", "answerable", "accuracy", "recall@3",
                "unanswerable", "refusals");
        Tally same = new Tally();
        Tally all = new Tally();
        for (Map.Entry<String, Tally> e : pairs.entrySet()) {
            Tally t = e.getValue();
            print(e.getKey(), t);
            String[] langs = e.getKey().split("→");
            add(all, t);
            if (langs[0].equals(langs[1])) {
                add(same, t);
            }
        }
        print("same", same);
        print("all", all);
        boolean ok = bar("same-language accuracy", ratio(same.correct, same.answerable), minAccuracy)
                & bar("correct refusals", ratio(all.refused, all.unanswerable), minRefusals)
                & bar("recall@3", ratio(all.recalled, all.answerable), minRecall);
        return ok ? 0 : 1;
    }

    private static void add(Tally into, Tally t) {
        into.answerable += t.answerable;
        into.correct += t.correct;
        into.recalled += t.recalled;
        into.unanswerable += t.unanswerable;
        into.refused += t.refused;
    }

    private static void print(String pair, Tally t) {
        System.out.printf(Locale.ROOT, "%-7s %10d %9s %10s %12d %9s%n", pair, t.answerable,
                pct(t.correct, t.answerable), pct(t.recalled, t.answerable), t.unanswerable, pct(t.refused, t.unanswerable));
    }

    private static boolean bar(String what, double value, Double min) {
        if (min == null) {
            return true;
        }
        boolean ok = value >= min;
        System.out.printf(Locale.ROOT, "bar: %s %.3f >= %.3f: %s%n", what, value, min, ok ? "yes" : "NO");
        return ok;
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 1 : (double) n / d;
    }

    private static String pct(int n, int d) {
        return d == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / d);
    }

    /** The language of the first article that holds an expected string (else of the first article). */
    private static Language answerLanguage(List<StoredArticle> saved, List<String> expected) {
        for (StoredArticle s : saved) {
            if (!expected.isEmpty() && containsAny(s.article().text(), expected)) {
                return s.article().language();
            }
        }
        return saved.get(0).article().language();
    }

    static boolean containsAny(String text, List<String> expected) {
        String folded = fold(text);
        return expected.stream().anyMatch(x -> folded.contains(fold(x)));
    }

    private static String fold(String s) {
        return ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Article article(JsonNode a) {
        String text = a.get("text").asText();
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        String id = a.path("id").asText();
        return new Article("https://eval.mojaz.test/" + id, null, a.path("title").asText(""), null, null, null,
                Language.fromCode(a.path("lang").asText("en")), paragraphs, Ingestor.contentHash(text), Instant.now());
    }

    private static List<JsonNode> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line));
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
