package org.mojaz.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mojaz.entity.ArabicNameModel;
import org.mojaz.entity.ArabicNameTagger;
import org.mojaz.entity.EnglishNameModel;
import org.mojaz.entity.EnglishNames;
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
    /** The types scored (MISC is left out). */
    static final Set<String> SCORED_TYPES = Set.of("PER", "ORG", "LOC");

    @Option(names = "--conll", required = true, description = "CoNLL-style file: token ... TAG per line (read, never copied).")
    Path conll;

    @Option(names = "--lang", defaultValue = "en", description = "ar or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--errors", defaultValue = "0", description = "Print up to this many wrong spans to stderr.")
    int errors;

    @Option(names = "--min-f1", description = "Quality bar: exit 1 when the overall typed F1 (percent) is below it.")
    Double minF1;

    @Option(names = "--min-type-f1", description = "Quality bar: exit 1 when the typed F1 (percent) of persons, "
            + "organisations or places (each type the file or the tagger holds) is below it.")
    Double minTypeF1;

    @Option(names = "--model", description = "Name model file of --lang to use instead of the shipped one (mojaz train "
            + "ner); Arabic: with NAME-rtl.bin and NAME-pw.bin next to it, the vote of the three.")
    Path model;

    @Option(names = "--single-model", description = "With --model (Arabic): the left-to-right model alone, no vote.")
    boolean singleModel;

    @Option(names = "--combine", description = "Model and rules. Arabic: RULES, MODEL, MODEL_MEMORY, MODEL_RULES or "
            + "MODEL_KNOWN; English: RULES, MODEL, MODEL_RULES or RULES_MODEL (default: the shipped choice).")
    String combine;

    @Option(names = "--documents", defaultValue = "all", description = "all, even or odd: score only the documents "
            + "of that rank, counted from 0 (WikiGold: the model trains on even ones; default: ${DEFAULT-VALUE}).")
    String documents;

    @Option(names = "--from", defaultValue = "0", description = "Score only sentences from this fraction of the file on (0-1).")
    double from;

    @Option(names = "--to", defaultValue = "1", description = "Score only sentences before this fraction of the file (0-1).")
    double to;

    @Override
    public Integer call() throws java.io.IOException {
        Language language = Language.fromCode(lang);
        if (!java.nio.file.Files.isReadable(conll)) {
            System.err.println("cannot read " + conll);
            return 2;
        }
        List<ConllSentences.Sentence> sentences = slice(documents(ConllSentences.read(conll), documents), from, to);
        NameTagger tagger = language == Language.ARABIC ? arabicTagger() : englishTagger();
        boolean documents = sentences.stream().skip(1).anyMatch(ConllSentences.Sentence::newDocument);
        long started = System.nanoTime();
        SpanScorer main = score(sentences, tagger, language, !documents, errors);
        long millis = (System.nanoTime() - started) / 1_000_000;
        SpanScorer other = score(sentences, tagger, language, documents, 0);
        System.out.printf(Locale.ROOT, "%s: %d sentences, %d ms%n", conll.getFileName(), sentences.size(), millis);
        System.out.println(documents ? "name memory reset at each -DOCSTART-:" : "no -DOCSTART-: name memory reset every sentence:");
        System.out.print(main.table());
        System.out.println(documents ? "for comparison, memory reset every sentence:" : "for comparison, memory kept over the whole file:");
        System.out.print(other.table());
        boolean ok = true;
        if (minF1 != null) {
            double f1 = main.score("ALL").f1();
            boolean held = f1 >= minF1;
            System.out.printf(java.util.Locale.ROOT, "bar: overall F1 %.2f >= %.2f: %s%n", f1, minF1, held ? "yes" : "NO");
            ok &= held;
        }
        if (minTypeF1 != null) {
            for (String type : List.of("PER", "ORG", "LOC")) {
                SpanScorer.Score score = main.score(type);
                if (score.tp() + score.fp() + score.fn() == 0) {
                    continue; // a type neither in the file nor found
                }
                double f1 = score.f1();
                boolean held = f1 >= minTypeF1;
                System.out.printf(Locale.ROOT, "bar: %s F1 %.2f >= %.2f: %s%n", type, f1, minTypeF1,
                        held ? "yes" : "NO");
                ok &= held;
            }
        }
        return ok ? 0 : 1;
    }

    private NameTagger arabicTagger() throws java.io.IOException {
        if (model == null && combine == null) {
            return NameTagger.shared();
        }
        ArabicNameModel arabic;
        if (model != null && singleModel) {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(model)) {
                arabic = ArabicNameModel.read(in);
            }
        } else if (model != null) {
            arabic = ArabicNameModel.readWithVoters(model);
        } else {
            arabic = ArabicNameModel.shipped().orElse(null);
        }
        return NameTagger.with(arabic, combine != null ? ArabicNameTagger.Combination.valueOf(combine.toUpperCase(Locale.ROOT))
                : NameTagger.arabicDefault());
    }

    private NameTagger englishTagger() throws java.io.IOException {
        if (model == null && combine == null) {
            return NameTagger.shared();
        }
        EnglishNameModel english;
        if (model != null) {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(model)) {
                english = EnglishNameModel.read(in);
            }
        } else {
            english = EnglishNameModel.shipped().orElse(null);
        }
        return NameTagger.withEnglish(english, combine != null ? EnglishNames.Combination.valueOf(combine.toUpperCase(Locale.ROOT))
                : NameTagger.englishDefault());
    }

    /**
     * The sentences of the documents of one parity ({@code even} or {@code odd}, counting from 0; a new document
     * starts at each -DOCSTART-), or all of them.
     */
    static List<ConllSentences.Sentence> documents(List<ConllSentences.Sentence> all, String which) {
        if (which == null || which.equalsIgnoreCase("all")) {
            return all;
        }
        int parity = switch (which.toLowerCase(Locale.ROOT)) {
            case "even" -> 0;
            case "odd" -> 1;
            default -> throw new IllegalArgumentException("--documents must be all, even or odd: " + which);
        };
        List<ConllSentences.Sentence> out = new ArrayList<>();
        int document = -1;
        for (ConllSentences.Sentence s : all) {
            if (s.newDocument() || document < 0) {
                document++;
            }
            if (document % 2 == parity) {
                out.add(s);
            }
        }
        return out;
    }

    /** The sentences from fraction {@code from} (inclusive) to {@code to} (exclusive) of the list. */
    static List<ConllSentences.Sentence> slice(List<ConllSentences.Sentence> all, double from, double to) {
        int a = (int) Math.round(all.size() * Math.max(0, from));
        int b = (int) Math.round(all.size() * Math.min(1, to));
        return all.subList(a, Math.max(a, b));
    }

    /**
     * Typed spans of the tagger over the sentences. Memory is cleared at each -DOCSTART- (always) and before every
     * sentence when {@code resetEachSentence}.
     */
    static SpanScorer score(List<ConllSentences.Sentence> sentences, NameTagger tagger, Language language,
            boolean resetEachSentence, int errors) {
        SpanScorer scorer = new SpanScorer(SCORED_TYPES);
        NameMemory memory = new NameMemory();
        int shown = 0;
        for (ConllSentences.Sentence s : sentences) {
            if (s.newDocument() || resetEachSentence) {
                memory.clear();
            }
            List<TypedSpan> predicted = typed(tagger.tag(s.tokens(), language, memory));
            scorer.add(s.gold(), predicted);
            shown = printErrors(s, predicted, shown, errors);
        }
        return scorer;
    }

    static List<TypedSpan> typed(List<Span> spans) {
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

    private static int printErrors(ConllSentences.Sentence s, List<TypedSpan> predicted, int shown, int errors) {
        if (shown >= errors) {
            return shown;
        }
        for (TypedSpan g : s.gold()) {
            if (!g.type().equals("MISC") && !predicted.contains(g)) {
                System.err.println("MISS " + g.type() + " " + text(s, g) + " | " + describe(s, predicted, g) + " | " + String.join(" ", s.tokens()));
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

    static String text(ConllSentences.Sentence s, TypedSpan span) {
        return String.join(" ", java.util.Arrays.copyOfRange(s.tokens(), span.start(), span.end()));
    }
}
