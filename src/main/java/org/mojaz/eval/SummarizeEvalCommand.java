package org.mojaz.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.summary.ExtractiveSummarizer;
import org.mojaz.core.Language;
import org.mojaz.text.SentenceSplitter;
import org.mojaz.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ROUGE-1/2/L F1 of the extractive engine and its baselines on a JSONL summary set
 * ({@code {"id","lang","title","text","summaries":[...]}}), every system on the same sentence split and at the
 * same word budget (default: the median reference length of the set).
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "ROUGE of our summaries and baselines on a JSONL summary set.")
public final class SummarizeEvalCommand implements Callable<Integer> {
    static final List<String> SYSTEMS = List.of("mojaz", "lead-3", "lead", "textrank", "random", "lead-3-full", "lead-words");
    private static final long SEED = 42;

    @Option(names = "--data", required = true, description = "JSONL file with id, lang, title, text, summaries.")
    Path data;

    @Option(names = {"--budget", "--words"}, description = "Word budget (default: the set's median reference length).")
    Integer budget;

    @Option(names = "--dump", description = "Write every system summary as JSONL (id, system, summary).")
    Path dump;

    @Option(names = "--threshold", description = "Engine tuning: PacSum edge threshold (default: engine's).")
    Double threshold;

    @Option(names = "--backward-weight", description = "Engine tuning: weight of edges to earlier sentences.")
    Double backwardWeight;

    @Option(names = "--position-weight", description = "Engine tuning: share of the lead prior, 0..1.")
    Double positionWeight;

    @Option(names = "--position-decay", description = "Engine tuning: exponent of the lead prior.")
    Double positionDecay;

    @Option(names = "--redundancy", description = "Engine tuning: MMR redundancy penalty.")
    Double redundancy;

    @Option(names = "--fill-ratio", description = "Engine tuning: after a news lead, add sentences only while their"
            + " value is at least this share of the lead's score (both languages).")
    Double fillRatio;

    @Option(names = "--max-mid-sentence", paramLabel = "N",
            description = "Quality bar: exit 1 if more than N of our summaries start or end inside a sentence.")
    Integer maxMidSentence;

    @Option(names = "--require-beat", split = ",", paramLabel = "SYSTEM",
            description = "Quality bar: exit 1 unless mojaz beats each named system on both ROUGE-1 and ROUGE-2.")
    List<String> requireBeat = List.of();

    private record Doc(String id, Language language, String title, String text, List<String> summaries) {
    }

    @Override
    public Integer call() throws IOException {
        List<Doc> docs = read(data);
        int words = budget != null ? budget : medianReferenceWords(docs);
        System.out.printf(Locale.ROOT, "%s: %d articles, %d references, word budget %d%s%n", data.getFileName(),
                docs.size(), docs.stream().mapToInt(d -> d.summaries().size()).sum(), words,
                budget != null ? "" : " (median reference length)");
        ExtractiveSummarizer.Options options = options(words);
        System.out.println("engine: " + options);
        Map<String, double[]> totals = evaluate(docs, options, words);
        print(totals, docs.size());
        return bar(totals);
    }

    private int bar(Map<String, double[]> totals) {
        double[] ours = totals.get("mojaz");
        boolean ok = true;
        if (maxMidSentence != null) {
            boolean whole = ours[4] <= maxMidSentence;
            System.out.printf(Locale.ROOT, "bar: at most %d of our summaries start or end mid-sentence: %s%n",
                    maxMidSentence, whole ? "yes" : "NO");
            ok = whole;
        }
        for (String system : requireBeat) {
            double[] other = totals.get(system);
            if (other == null) {
                System.out.println("bar: unknown system " + system + " (known: " + totals.keySet() + ")");
                return 2;
            }
            boolean wins = ours[0] > other[0] && ours[1] > other[1];
            System.out.println("bar: mojaz beats " + system + " on ROUGE-1 and ROUGE-2: " + (wins ? "yes" : "NO"));
            ok &= wins;
        }
        return ok ? 0 : 1;
    }

    private ExtractiveSummarizer.Options options(int words) {
        ExtractiveSummarizer.Options d = ExtractiveSummarizer.Options.defaults();
        return new ExtractiveSummarizer.Options(words, d.keyPointCount(), d.keyPointWordBudget(),
                threshold != null ? threshold : d.threshold(),
                backwardWeight != null ? backwardWeight : d.backwardWeight(),
                positionWeight != null ? positionWeight : d.positionWeight(),
                positionDecay != null ? positionDecay : d.positionDecay(),
                redundancy != null ? redundancy : d.redundancy(),
                fillRatio != null ? fillRatio : d.fillRatio(),
                fillRatio != null ? fillRatio : d.englishFillRatio());
    }

    private Map<String, double[]> evaluate(List<Doc> docs, ExtractiveSummarizer.Options options, int words)
            throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        Tokenizer tokenizer = new Tokenizer();
        ExtractiveSummarizer engine = new ExtractiveSummarizer(new EntityExtractor(), options, splitter, tokenizer);
        Map<String, double[]> totals = new LinkedHashMap<>();
        SYSTEMS.forEach(s -> totals.put(s, new double[6]));
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = dump == null ? null : Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            for (int k = 0; k < docs.size(); k++) {
                Doc doc = docs.get(k);
                Map<String, List<String>> summaries = summaries(doc, splitter, tokenizer, engine, options, words, k);
                Rouge rouge = new Rouge(doc.language());
                for (Map.Entry<String, List<String>> e : summaries.entrySet()) {
                    String summary = String.join(" ", e.getValue());
                    double[] total = totals.get(e.getKey());
                    add(total, rouge.scoreMulti(summary, doc.summaries()), summary);
                    total[4] += SummaryChecks.midSentence(doc.text(), e.getValue()) ? 1 : 0;
                    total[5] += SummaryChecks.repeats(doc.title(), e.getValue()) ? 1 : 0;
                    if (out != null) {
                        ObjectNode row = json.createObjectNode().put("id", doc.id()).put("system", e.getKey())
                                .put("summary", summary)
                                .put("mid", SummaryChecks.midSentence(doc.text(), e.getValue()));
                        out.write(json.writeValueAsString(row));
                        out.newLine();
                    }
                }
            }
        }
        return totals;
    }

    private static Map<String, List<String>> summaries(Doc doc, SentenceSplitter splitter, Tokenizer tokenizer,
            ExtractiveSummarizer engine, ExtractiveSummarizer.Options options, int words, int index) {
        List<List<String>> paragraphs = splitter.splitParagraphs(doc.text(), doc.language());
        List<String> sentences = new ArrayList<>();
        paragraphs.forEach(sentences::addAll);
        int[] wordCounts = sentences.stream().mapToInt(SentenceSplitter::wordCount).toArray();
        List<List<String>> terms = new ArrayList<>();
        sentences.forEach(s -> terms.add(tokenizer.terms(s, doc.language())));
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("mojaz", engine.rank(doc.title(), paragraphs, doc.language())
                .pick(words, Integer.MAX_VALUE, options.redundancy(), options.fillRatio(doc.language())));
        List<Integer> lead = Baselines.leadBudget(wordCounts, words);
        out.put("lead-3", join(sentences, lead.subList(0, Math.min(3, lead.size()))));
        out.put("lead", join(sentences, lead));
        out.put("textrank", join(sentences, Baselines.byScore(TextRankBaseline.scores(terms), wordCounts, words)));
        out.put("random", join(sentences, Baselines.random(wordCounts, words, SEED + index)));
        out.put("lead-3-full", join(sentences, Baselines.leadN(sentences.size(), 3)));
        out.put("lead-words", List.of(Baselines.firstWords(String.join(" ", sentences), words)));
        return out;
    }

    private static List<String> join(List<String> sentences, List<Integer> picked) {
        List<String> out = new ArrayList<>();
        picked.forEach(i -> out.add(sentences.get(i)));
        return out;
    }

    private static void add(double[] total, Rouge.Scores s, String summary) {
        total[0] += s.rouge1().f1();
        total[1] += s.rouge2().f1();
        total[2] += s.rougeL().f1();
        total[3] += SentenceSplitter.wordCount(summary);
    }

    private static void print(Map<String, double[]> totals, int n) {
        System.out.printf(Locale.ROOT, "%-11s %7s %7s %7s %9s %5s %7s%n", "system", "R-1", "R-2", "R-L",
                "avg words", "mid", "repeats");
        for (Map.Entry<String, double[]> e : totals.entrySet()) {
            double[] t = e.getValue();
            System.out.printf(Locale.ROOT, "%-11s %7.2f %7.2f %7.2f %9.1f %5d %7d%n", e.getKey(), 100 * t[0] / n,
                    100 * t[1] / n, 100 * t[2] / n, t[3] / n, (int) t[4], (int) t[5]);
        }
        System.out.println("lead-3 = first sentences up to 3 within the budget; lead-3-full = first 3 sentences,"
                + " whatever their length (not at the budget);"
                + " lead-words = the first words up to the budget, last sentence cut (not whole sentences);"
                + " mid = summaries that start or end inside a sentence of the source as written;"
                + " repeats = summaries with a sentence said twice or the title repeated");
    }

    static int medianReferenceWords(List<Doc> docs) {
        List<Integer> lengths = new ArrayList<>();
        docs.forEach(d -> d.summaries().forEach(s -> lengths.add(SentenceSplitter.wordCount(s))));
        Collections.sort(lengths);
        int m = lengths.size();
        return m % 2 == 1 ? lengths.get(m / 2) : (int) Math.round((lengths.get(m / 2 - 1) + lengths.get(m / 2)) / 2.0);
    }

    private static List<Doc> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                List<String> refs = new ArrayList<>();
                row.path("summaries").forEach(s -> refs.add(s.asText()));
                if (!refs.isEmpty()) {
                    docs.add(new Doc(row.path("id").asText(), Language.fromCode(row.path("lang").asText()),
                            row.path("title").asText(""), row.path("text").asText(), refs));
                }
            }
        }
        return docs;
    }
}
