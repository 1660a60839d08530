package org.mojaz.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mojaz.entity.EntityType;
import org.mojaz.entity.NameMemory;
import org.mojaz.entity.NameTagger;
import org.mojaz.entity.Span;
import org.mojaz.core.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mojaz eval entities}: exact-span typed F1 (PER, ORG, LOC; MISC ignored) of our tagger on a CoNLL file. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Typed exact-span F1 of entity extraction on a CoNLL file.")
public final class EntitiesEvalCommand implements Callable<Integer> {
    @Option(names = "--conll", required = true, description = "CoNLL-style file: token ... TAG per line (read, never copied).")
    Path conll;

    @Option(names = "--lang", defaultValue = "en", description = "ar or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--errors", defaultValue = "0", description = "Print up to this many wrong spans to stderr.")
    int errors;

    @Option(names = "--min-f1", description = "Quality bar: exit 1 when the overall typed F1 (percent) is below it.")
    Double minF1;

    @Override
    public Integer call() {
        Language language = Language.fromCode(lang);
        if (!java.nio.file.Files.isReadable(conll)) {
            System.err.println("cannot read " + conll);
            return 2;
        }
        List<ConllSentences.Sentence> sentences = ConllSentences.read(conll);
        NameTagger tagger = NameTagger.shared();
        SpanScorer scorer = new SpanScorer(Set.of("PER", "ORG", "LOC"));
        NameMemory memory = new NameMemory();
        int shown = 0;
        long started = System.nanoTime();
        for (ConllSentences.Sentence s : sentences) {
            if (s.newDocument()) {
                memory.clear();
            }
            List<TypedSpan> predicted = typed(tagger.tag(s.tokens(), language, memory));
            scorer.add(s.gold(), predicted);
            shown = printErrors(s, predicted, shown);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "%s: %d sentences, %d ms%n", conll.getFileName(), sentences.size(), millis);
        System.out.print(scorer.table());
        if (minF1 != null) {
            double f1 = scorer.score("ALL").f1();
            boolean ok = f1 >= minF1;
            System.out.printf(java.util.Locale.ROOT, "bar: overall F1 %.2f >= %.2f: %s%n", f1, minF1, ok ? "yes" : "NO");
            return ok ? 0 : 1;
        }
        return 0;
    }

    private static List<TypedSpan> typed(List<Span> spans) {
        List<TypedSpan> out = new ArrayList<>();
        for (Span s : spans) {
            if (!s.adjective()) {
                out.add(new TypedSpan(s.start(), s.end(), label(s.type())));
            }
        }
        return out;
    }

    static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case PLACE -> "LOC";
            default -> "MISC";
        };
    }

    private int printErrors(ConllSentences.Sentence s, List<TypedSpan> predicted, int shown) {
        if (shown >= errors) {
            return shown;
        }
        for (TypedSpan g : s.gold()) {
            if (!g.type().equals("MISC") && !predicted.contains(g)) {
                System.err.println("MISS " + g.type() + " " + text(s, g) + " | " + describe(s, predicted, g));
                shown++;
            }
        }
        for (TypedSpan p : predicted) {
            if (!s.gold().contains(p)) {
                System.err.println("FALSE " + p.type() + " " + text(s, p) + " | " + String.join(" ", s.tokens()));
                shown++;
            }
        }
        return shown;
    }

    private static String describe(ConllSentences.Sentence s, List<TypedSpan> predicted, TypedSpan g) {
        for (TypedSpan p : predicted) {
            if (p.start() < g.end() && g.start() < p.end()) {
                return "got " + p.type() + " [" + text(s, p) + "]";
            }
        }
        return "none";
    }

    private static String text(ConllSentences.Sentence s, TypedSpan span) {
        return String.join(" ", java.util.Arrays.copyOfRange(s.tokens(), span.start(), span.end()));
    }
}
