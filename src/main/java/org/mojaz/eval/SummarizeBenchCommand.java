package org.mojaz.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.core.Article;
import org.mojaz.summary.ExtractiveSummarizer;
import org.mojaz.core.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Speed and memory of the extractive engine: articles per second and p50/p99 milliseconds per article on one
 * thread and on all cores, and peak heap, for Arabic and English articles of about 400, 800 and 3,000 words, for
 * the summarizer alone (the brief in the article's language) and for the full Digest (both briefs + entities).
 * Articles are built from our own bundled sample text (paragraphs reshuffled and repeated) or from a JSONL set.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Articles per second, latency percentiles and heap of the summarizer.")
public final class SummarizeBenchCommand implements Callable<Integer> {
    private static final int[] SIZES = {400, 800, 3000};

    @Option(names = "--data", description = "JSONL set (id, lang, text) to build articles from instead of our samples.")
    Path data;

    @Option(names = "--seconds", defaultValue = "1.5", description = "Measuring time per case (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--threads", description = "Threads for the all-cores runs (default: available processors).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ExtractiveSummarizer engine = new ExtractiveSummarizer(new EntityExtractor());
        System.out.println("art/s and p50/p99 are wall clock; cpu ms is thread CPU time per article and art/cpu-s"
                + " what one free core sustains (the honest figure when other processes share the machine)");
        System.out.printf(Locale.ROOT, "engine: extractive, %d cores, %.1f s per case, text from %s%n", cores, seconds,
                data == null ? "bundled samples" : data.getFileName());
        System.out.printf(Locale.ROOT, "%-4s %6s %-8s %7s %9s %8s %8s %8s %11s %10s%n", "lang", "words", "what",
                "threads", "art/s", "p50 ms", "p99 ms", "cpu ms", "art/cpu-s", "peak heap");
        List<Article> articles = new ArrayList<>();
        for (Language language : List.of(Language.ARABIC, Language.ENGLISH)) {
            List<String> paragraphs = paragraphs(language);
            for (int size : SIZES) {
                articles.add(article(paragraphs, language, size));
            }
        }
        warmUp(engine, articles);
        for (Article article : articles) {
            run(article, "summary", a -> engine.brief(a), cores);
            run(article, "digest", a -> engine.summarize(a), cores);
        }
        return 0;
    }

    /** Every article through both paths until the JIT has settled: 3 x the measuring time in all. */
    private void warmUp(ExtractiveSummarizer engine, List<Article> articles) {
        double each = 3 * seconds / (2 * articles.size());
        for (Article article : articles) {
            BenchRun.warmUp(article, a -> engine.brief(a), each);
            BenchRun.warmUp(article, a -> engine.summarize(a), each);
        }
    }

    private void run(Article article, String what, Consumer<Article> task, int cores) {
        BenchRun.warmUp(article, task, seconds / 4);
        for (int t : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            BenchRun.Result r = BenchRun.measure(article, task, t, seconds);
            System.out.printf(Locale.ROOT, "%-4s %6d %-8s %7d %9.0f %8.2f %8.2f %8.3f %11.0f %7.0f MB%n",
                    article.language().code(), article.wordCount(), what, t, r.perSecond(), r.p50Millis(),
                    r.p99Millis(), r.cpuMillis(), 1000 / r.cpuMillis(), r.peakHeapMb());
        }
    }

    private List<String> paragraphs(Language language) throws IOException {
        String text = data == null ? sample(language) : fromData(language);
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n|\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static String sample(Language language) {
        String name = language == Language.ARABIC ? "sample-ar.txt" : "sample-en.txt";
        try (InputStream in = SummarizeBenchCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fromData(Language language) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && out.length() < 200_000; line = in.readLine()) {
                JsonNode row = json.readTree(line);
                if (Language.fromCode(row.path("lang").asText()) == language) {
                    out.append(row.path("text").asText()).append("\n\n");
                }
            }
        }
        if (out.length() == 0) {
            throw new IllegalArgumentException("no " + language.code() + " articles in " + data);
        }
        return out.toString();
    }

    /** About {@code words} words: the paragraphs in a seeded shuffled order, repeated as needed (first one = title). */
    static Article article(List<String> paragraphs, Language language, int words) {
        List<String> body = new ArrayList<>();
        List<String> pool = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
        Random random = new Random(words);
        int count = 0;
        while (count < words) {
            Collections.shuffle(pool, random);
            for (String p : pool) {
                if (count >= words) {
                    break;
                }
                body.add(p);
                count += p.split("\\s+").length;
            }
        }
        return new Article("text:bench", null, paragraphs.get(0), null, null, null, language, body,
                Integer.toHexString(body.hashCode()), Instant.EPOCH);
    }

    static double percentile(long[] sortedNanos, double p) {
        int i = (int) Math.ceil(p * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
    }

    static long[] sorted(List<long[]> parts) {
        long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }
}
