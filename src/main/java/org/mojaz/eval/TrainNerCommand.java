package org.mojaz.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mojaz.core.Language;
import org.mojaz.entity.ArabicNameModel;
import org.mojaz.entity.ArabicNameTagger;
import org.mojaz.entity.ArabicSequenceModel;
import org.mojaz.entity.EnglishNameModel;
import org.mojaz.entity.EnglishNames;
import org.mojaz.entity.NameMemory;
import org.mojaz.entity.NameTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz train ner}: trains the name models on a CoNLL file. Arabic: the models that vote, three OpenNLP ones
 * (left to right into {@code --out}, right to left and with person-name words next to it, see
 * {@link ArabicNameModel.Reading}) and the sentence-level ones ({@link ArabicSequenceModel}, {@code -seq1},
 * {@code -seq2});
 * English: one model. With {@code --hold-out} it trains on the rest of the file only and prints, on the held-out part,
 * the typed F1 of each way of combining model and rules (Arabic: for the vote and for the left-to-right model alone,
 * then the vote's recall of names seen and unseen in training).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the Arabic or English name finder (OpenNLP NameFinderME) on a CoNLL file.")
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--conll", required = true, description = "CoNLL file: token ... TAG per line (read, never copied).")
    Path conll;

    @Option(names = "--lang", defaultValue = "ar", description = "ar or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--out", required = true, description = "Model file to write (the jar ships "
            + "src/main/resources/org/mojaz/entity/ner-ar.bin and ner-en.bin); for Arabic the other two models of the "
            + "vote are written next to it, NAME-rtl.bin and NAME-pw.bin.")
    Path out;

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "150", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--documents", defaultValue = "all", description = "all, even or odd: train on the documents of "
            + "that rank only, counted from 0 (default: ${DEFAULT-VALUE}; the English model trains on even ones).")
    String documents;

    @Option(names = "--sentence-models", defaultValue = "2", description = "Arabic: how many sentence-level models "
            + "(structured perceptron, person-word features, shuffle seeds 1, 2…) vote with the three OpenNLP ones "
            + "(default: ${DEFAULT-VALUE}).")
    int sentenceModelCount;

    @Option(names = "--sentence-iterations", defaultValue = "15", description = "Arabic: training passes of each "
            + "sentence-level model (default: ${DEFAULT-VALUE}).")
    int sentenceIterations;

    @Option(names = "--hold-out", defaultValue = "0", description = "Keep this tail fraction of the file out of "
            + "training and report on it (default: ${DEFAULT-VALUE}).")
    double holdOut;

    @Option(names = "--hold-out-from", description = "Where the held-out part starts, as a fraction of the file "
            + "(default: the tail, 1 - hold-out); training uses the sentences before and after it.")
    Double holdOutFrom;

    @Option(names = "--combine", split = ",", description = "With --hold-out: the combinations of model and rules to "
            + "report (default: all).")
    List<ArabicNameTagger.Combination> combinations;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(conll)) {
            System.err.println("cannot read " + conll);
            return 2;
        }
        if (Language.fromCode(lang) == Language.ENGLISH) {
            return english();
        }
        if (Language.fromCode(lang) != Language.ARABIC) {
            System.err.println("--lang must be ar or en");
            return 2;
        }
        List<ConllSentences.Sentence> all = EntitiesEvalCommand.documents(ConllSentences.read(conll), documents);
        double from = holdOutFrom != null ? holdOutFrom : 1 - holdOut;
        List<ConllSentences.Sentence> train = new ArrayList<>(EntitiesEvalCommand.slice(all, 0, from));
        train.addAll(EntitiesEvalCommand.slice(all, from + holdOut, 1));
        List<ArabicNameModel.Example> examples = examples(train);
        List<ArabicNameModel> models = new ArrayList<>();
        for (ArabicNameModel.Reading r : ArabicNameModel.Reading.values()) {
            Path file = out.resolveSibling(r.fileName(out.getFileName().toString()));
            models.add(trained(examples, r, file));
        }
        List<ArabicSequenceModel> sentenceModels = new ArrayList<>();
        for (int k = 1; k <= sentenceModelCount; k++) {
            Path file = out.resolveSibling(ArabicNameModel.sequenceFileName(out.getFileName().toString(), k));
            long started = System.nanoTime();
            ArabicSequenceModel m = ArabicSequenceModel.train(examples, ArabicNameModel.Reading.PERSON_WORDS,
                    sentenceIterations, k);
            System.out.printf(java.util.Locale.ROOT, "trained sentence model %d (%s) on %d sentences in %d s%n", k,
                    file.getFileName(), train.size(), (System.nanoTime() - started) / 1_000_000_000);
            try (OutputStream o = Files.newOutputStream(file)) {
                m.write(o);
            }
            sentenceModels.add(m);
        }
        for (int k = sentenceModelCount + 1; ; k++) { // an older run's extra models would vote too
            if (!Files.deleteIfExists(out.resolveSibling(
                    ArabicNameModel.sequenceFileName(out.getFileName().toString(), k)))) {
                break;
            }
        }
        ArabicNameModel vote = models.get(0).votingWith(models.subList(1, models.size()), sentenceModels);
        if (holdOut > 0) {
            List<ConllSentences.Sentence> dev = EntitiesEvalCommand.slice(all, from, from + holdOut);
            List<ArabicNameTagger.Combination> report = combinations != null ? combinations
                    : List.of(ArabicNameTagger.Combination.values());
            for (ArabicNameTagger.Combination c : report) {
                report(dev, vote, c, "vote of the models, " + c);
                report(dev, models.get(0), c, "left-to-right model alone, " + c);
            }
            System.out.println(unseenRecall(train, dev, NameTagger.with(vote, NameTagger.arabicDefault())));
        }
        return 0;
    }

    private int english() throws IOException {
        List<ConllSentences.Sentence> all = EntitiesEvalCommand.documents(ConllSentences.read(conll), documents);
        List<ConllSentences.Sentence> train = EntitiesEvalCommand.slice(all, 0, 1 - holdOut);
        List<EnglishNameModel.Example> examples = new ArrayList<>();
        boolean documents = all.stream().skip(1).anyMatch(ConllSentences.Sentence::newDocument);
        for (ConllSentences.Sentence s : train) {
            examples.add(new EnglishNameModel.Example(s.tokens(), s.gold().stream()
                    .map(t -> new EnglishNameModel.Name(t.start(), t.end(), t.type())).toList(), s.newDocument() || !documents));
        }
        long started = System.nanoTime();
        EnglishNameModel model = EnglishNameModel.train(examples, algorithm, iterations, cutoff);
        System.out.printf(java.util.Locale.ROOT, "trained on %d sentences in %d s%n", train.size(), (System.nanoTime() - started) / 1_000_000_000);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        if (holdOut > 0) {
            List<ConllSentences.Sentence> dev = EntitiesEvalCommand.slice(all, 1 - holdOut, 1);
            for (EnglishNames.Combination c : EnglishNames.Combination.values()) {
                NameTagger tagger = NameTagger.withEnglish(model, c);
                System.out.println("held-out " + dev.size() + " sentences, " + c + ", memory reset "
                        + (documents ? "at each -DOCSTART-:" : "every sentence:"));
                System.out.print(EntitiesEvalCommand.score(dev, tagger, Language.ENGLISH, !documents, 0).table());
                System.out.println("  memory reset every sentence: ALL F1 " + String.format(java.util.Locale.ROOT, "%.2f",
                        EntitiesEvalCommand.score(dev, tagger, Language.ENGLISH, true, 0).score("ALL").f1()));
            }
        }
        return 0;
    }

    private ArabicNameModel trained(List<ArabicNameModel.Example> examples, ArabicNameModel.Reading reading,
            Path file) throws IOException {
        long started = System.nanoTime();
        ArabicNameModel model = ArabicNameModel.train(examples, algorithm, iterations, cutoff, reading);
        System.out.printf(java.util.Locale.ROOT, "trained %s (%s) on %d sentences in %d s%n", reading,
                file.getFileName(), examples.size(), (System.nanoTime() - started) / 1_000_000_000);
        try (OutputStream o = Files.newOutputStream(file)) {
            model.write(o);
        }
        return model;
    }

    private static void report(List<ConllSentences.Sentence> dev, ArabicNameModel model,
            ArabicNameTagger.Combination c, String what) {
        NameTagger tagger = NameTagger.with(model, c);
        System.out.println("held-out " + dev.size() + " sentences, " + what + ", memory reset every sentence:");
        System.out.print(EntitiesEvalCommand.score(dev, tagger, Language.ARABIC, true, 0).table());
        System.out.println("  memory kept over the held-out part: ALL F1 " + String.format(java.util.Locale.ROOT, "%.2f",
                EntitiesEvalCommand.score(dev, tagger, Language.ARABIC, false, 0).score("ALL").f1()));
    }

    /**
     * Recall of the held-out names whose exact words no training name has (whatever its type) and of the others:
     * the names a model has not seen are the ones a test set from other articles is full of.
     */
    static String unseenRecall(List<ConllSentences.Sentence> train, List<ConllSentences.Sentence> dev,
            NameTagger tagger) {
        Set<String> seen = new HashSet<>();
        for (ConllSentences.Sentence s : train) {
            s.gold().forEach(g -> seen.add(EntitiesEvalCommand.text(s, g)));
        }
        int[] found = new int[2];
        int[] all = new int[2];
        for (ConllSentences.Sentence s : dev) {
            List<TypedSpan> predicted = EntitiesEvalCommand.typed(tagger.tag(s.tokens(), Language.ARABIC,
                    new NameMemory()));
            for (TypedSpan g : s.gold()) {
                if (!EntitiesEvalCommand.SCORED_TYPES.contains(g.type())) {
                    continue;
                }
                int k = seen.contains(EntitiesEvalCommand.text(s, g)) ? 0 : 1;
                all[k]++;
                found[k] += predicted.contains(g) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "shipped combination, recall of held-out names seen in training %.2f (%d), "
                + "of unseen ones %.2f (%d)", NamesEvalCommand.pct(found[0], all[0]), all[0],
                NamesEvalCommand.pct(found[1], all[1]), all[1]);
    }

    private static List<ArabicNameModel.Example> examples(List<ConllSentences.Sentence> sentences) {
        List<ArabicNameModel.Example> out = new ArrayList<>();
        for (ConllSentences.Sentence s : sentences) {
            List<ArabicNameModel.Name> names = new ArrayList<>();
            for (TypedSpan t : s.gold()) {
                names.add(new ArabicNameModel.Name(t.start(), t.end(), t.type()));
            }
            out.add(new ArabicNameModel.Example(s.tokens(), names));
        }
        return out;
    }
}
