package org.mojaz.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The trained Arabic name finder: an OpenNLP {@link NameFinderME} (perceptron by default) over
 * {@link ArabicFeatures}, trained on ANERcorp (CC BY-SA 4.0, see {@code NOTICE} next to the model) by
 * {@code mojaz train ner}. Finds PERSON, ORGANIZATION and
 * PLACE spans in one sentence; the corpus's MISC names are learnt but not returned. The shipped finder is a vote of
 * five models: three of OpenNLP that read the sentence differently ({@link Reading}) and two sentence-level ones
 * ({@link ArabicSequenceModel}); a name (its words and type) more than half of them find, the names more of them
 * agree on first. Thread-safe: one decoder per thread.
 */
public final class ArabicNameModel {
    static final String RESOURCE = "ner-ar.bin";
    private static final int SPLIT_VOTES = 4;

    /** How a model reads a sentence; the file of each reading sits next to the left-to-right one. */
    public enum Reading {
        /** Left to right (ner-ar.bin). */
        FORWARD(""),
        /** Right to left: the previous tag is the tag of the next word (ner-ar-rtl.bin). */
        BACKWARD("-rtl"),
        /** Left to right, also knowing which words are tokens of Wikidata person names (ner-ar-pw.bin). */
        PERSON_WORDS("-pw");

        private final String suffix;

        Reading(String suffix) {
            this.suffix = suffix;
        }

        /** The file name of this reading's model, given the left-to-right model's name (ner-ar.bin). */
        public String fileName(String forward) {
            return withSuffix(forward, suffix);
        }

        Class<? extends TokenNameFinderFactory> factory() {
            return switch (this) {
                case FORWARD -> ArabicNameFinderFactory.class;
                case BACKWARD -> ArabicBackwardNameFinderFactory.class;
                case PERSON_WORDS -> ArabicPersonWordsNameFinderFactory.class;
            };
        }
    }

    static {
        // OpenNLP instantiates the factory a model file names only from packages registered here.
        opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(ArabicNameFinderFactory.class.getPackageName());
    }

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;
    private final boolean backward;
    private final List<ArabicNameModel> voters;
    private final List<ArabicSequenceModel> sentenceModels;

    private ArabicNameModel(TokenNameFinderModel model) {
        this(model, List.of(), List.of());
    }

    private ArabicNameModel(TokenNameFinderModel model, List<ArabicNameModel> voters,
            List<ArabicSequenceModel> sentenceModels) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.backward = model.getFactory() instanceof ArabicBackwardNameFinderFactory;
        this.voters = voters;
        this.sentenceModels = sentenceModels;
    }

    /**
     * The vote of this model with the others: names found by more than half of the models, where two overlap the
     * one more models found (then the earlier one); an organisation of this model that opens with its cue noun
     * (حزب التجمع الوطني) is kept where no voted name overlaps it.
     */
    public ArabicNameModel votingWith(List<ArabicNameModel> others) {
        return votingWith(others, List.of());
    }

    /** The vote of this model with other OpenNLP models and sentence-level ones ({@link ArabicSequenceModel}). */
    public ArabicNameModel votingWith(List<ArabicNameModel> others, List<ArabicSequenceModel> sentenceModels) {
        List<ArabicNameModel> all = new ArrayList<>();
        for (ArabicNameModel m : others) {
            all.add(new ArabicNameModel(m.model));
        }
        return new ArabicNameModel(model, List.copyOf(all), List.copyOf(sentenceModels));
    }

    /** The file of the k-th sentence-level model (1, 2…), given the left-to-right model's name: ner-ar-seq1.bin. */
    public static String sequenceFileName(String forward, int k) {
        return withSuffix(forward, "-seq" + k);
    }

    /** ner-ar.bin with -rtl: ner-ar-rtl.bin. */
    private static String withSuffix(String forward, String suffix) {
        int dot = forward.lastIndexOf('.');
        return dot < 0 ? forward + suffix : forward.substring(0, dot) + suffix + forward.substring(dot);
    }

    /** A name in a training sentence: tokens {@code [start, end)}, type PER, ORG, LOC or MISC. */
    public record Name(int start, int end, String type) {
    }

    /** One training sentence with its names. */
    public record Example(String[] tokens, List<Name> names) {
    }

    private static final class Holder {
        static final Optional<ArabicNameModel> SHARED = loadShipped();
    }

    /** The model shipped in the jar, or empty when the jar carries none. */
    public static Optional<ArabicNameModel> shipped() {
        return Holder.SHARED;
    }

    private static Optional<ArabicNameModel> loadShipped() {
        Optional<ArabicNameModel> forward = loadResource(RESOURCE);
        if (forward.isEmpty()) {
            return forward;
        }
        List<ArabicNameModel> others = new ArrayList<>();
        for (Reading r : List.of(Reading.BACKWARD, Reading.PERSON_WORDS)) {
            loadResource(r.fileName(RESOURCE)).ifPresent(others::add);
        }
        List<ArabicSequenceModel> sentenceModels;
        try {
            sentenceModels = sentenceModels(RESOURCE, ArabicNameModel.class::getResourceAsStream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Arabic sentence-level name models", e);
        }
        return others.isEmpty() && sentenceModels.isEmpty() ? forward
                : Optional.of(forward.get().votingWith(others, sentenceModels));
    }

    private static Optional<ArabicNameModel> loadResource(String name) {
        try (InputStream in = ArabicNameModel.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Arabic name model " + name, e);
        }
    }

    /**
     * The model in a file with, when they sit next to it ({@link Reading#fileName}), the other readings it votes
     * with.
     */
    public static ArabicNameModel readWithVoters(java.nio.file.Path forward) throws IOException {
        ArabicNameModel first = read(forward);
        List<ArabicNameModel> others = new ArrayList<>();
        for (Reading r : List.of(Reading.BACKWARD, Reading.PERSON_WORDS)) {
            java.nio.file.Path p = forward.resolveSibling(r.fileName(forward.getFileName().toString()));
            if (java.nio.file.Files.isReadable(p)) {
                others.add(read(p));
            }
        }
        List<ArabicSequenceModel> sentenceModels = sentenceModels(forward.getFileName().toString(), name -> {
            java.nio.file.Path p = forward.resolveSibling(name);
            return java.nio.file.Files.isReadable(p) ? java.nio.file.Files.newInputStream(p) : null;
        });
        return others.isEmpty() && sentenceModels.isEmpty() ? first : first.votingWith(others, sentenceModels);
    }

    /** Opens a model file by name, null when there is none. */
    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    /** The sentence-level models next to the left-to-right one: -seq1, -seq2… up to the first missing. */
    private static List<ArabicSequenceModel> sentenceModels(String forward, Opener opener) throws IOException {
        List<ArabicSequenceModel> out = new ArrayList<>();
        for (int k = 1; ; k++) {
            try (InputStream in = opener.open(sequenceFileName(forward, k))) {
                if (in == null) {
                    return out;
                }
                out.add(ArabicSequenceModel.read(in));
            }
        }
    }

    private static ArabicNameModel read(java.nio.file.Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** A model written by {@link #write}. */
    public static ArabicNameModel read(InputStream in) throws IOException {
        return new ArabicNameModel(new TokenNameFinderModel(new ByteArrayInputStream(in.readAllBytes())));
    }

    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /**
     * Trains a model with an OpenNLP algorithm (MAXENT, PERCEPTRON) on one thread, features seen fewer than
     * {@code cutoff} times dropped.
     * Deterministic for the same examples and parameters.
     */
    public static ArabicNameModel train(List<Example> examples, String algorithm, int iterations, int cutoff)
            throws IOException {
        return train(examples, algorithm, iterations, cutoff, Reading.FORWARD);
    }

    /** Trains a model of one reading (the vote needs all three). */
    public static ArabicNameModel train(List<Example> examples, String algorithm, int iterations, int cutoff,
            Reading reading) throws IOException {
        TrainingParameters params = NameFinderTraining.parameters(algorithm, iterations, cutoff);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                reading.factory().getName(), null, Map.of(), new BioCodec());
        List<Example> seen = reading == Reading.BACKWARD ? examples.stream().map(ArabicNameModel::reversed).toList()
                : examples;
        return new ArabicNameModel(NameFinderME.train("ar", null, samples(seen), params, factory));
    }

    private static Example reversed(Example e) {
        int n = e.tokens().length;
        List<Name> names = e.names().stream().map(m -> new Name(n - m.end(), n - m.start(), m.type())).toList();
        return new Example(reversed(e.tokens()), names);
    }

    private static String[] reversed(String[] tokens) {
        int n = tokens.length;
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = tokens[n - 1 - i];
        }
        return out;
    }

    private static ObjectStream<NameSample> samples(List<Example> examples) {
        return new ObjectStream<>() {
            private Iterator<Example> it = examples.iterator();

            @Override
            public NameSample read() {
                if (!it.hasNext()) {
                    return null;
                }
                Example e = it.next();
                opennlp.tools.util.Span[] names = e.names().stream()
                        .map(n -> new opennlp.tools.util.Span(n.start(), n.end(), n.type()))
                        .toArray(opennlp.tools.util.Span[]::new);
                return new NameSample(e.tokens(), names, true);
            }

            @Override
            public void reset() {
                it = examples.iterator();
            }
        };
    }

    /** Typed spans in one sentence (MISC left out), in order and not overlapping. */
    List<Span> find(String[] tokens) {
        List<Span> out = new ArrayList<>();
        if (tokens.length == 0) {
            return out;
        }
        for (Found s : voters.isEmpty() && sentenceModels.isEmpty() ? alone(tokens) : voted(tokens)) {
            type(s.type()).ifPresent(t -> out.add(new Span(s.start(), s.end(), t, null, false)));
        }
        return out;
    }

    /** A name one model found, tokens {@code [start, end)}, with its label. */
    private record Found(int start, int end, String type) {
        boolean overlaps(Found o) {
            return start < o.end && o.start < end;
        }
    }

    /** The names of this model alone, in the sentence's order. */
    private List<Found> alone(String[] tokens) {
        int n = tokens.length;
        List<Found> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : finders.get().find(backward ? reversed(tokens) : tokens)) {
            out.add(backward ? new Found(n - s.getEnd(), n - s.getStart(), s.getType())
                    : new Found(s.getStart(), s.getEnd(), s.getType()));
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private List<Found> voted(String[] tokens) {
        List<Found> first = alone(tokens);
        List<List<Found>> found = new ArrayList<>();
        found.add(first);
        for (ArabicNameModel v : voters) {
            found.add(v.alone(tokens));
        }
        List<Found> sentenceTypes = new ArrayList<>();
        for (List<Name> each : ArabicSequenceModel.findEach(sentenceModels, tokens)) {
            List<Found> names = each.stream().map(n -> new Found(n.start(), n.end(), n.type())).toList();
            found.add(names);
            sentenceTypes.addAll(names);
        }
        Map<Found, Integer> votes = new java.util.LinkedHashMap<>();
        found.forEach(names -> names.forEach(f -> votes.merge(f, 1, Integer::sum)));
        int models = found.size();
        List<Map.Entry<Found, Integer>> kept = new ArrayList<>(votes.entrySet().stream()
                .filter(e -> 2 * e.getValue() > models).toList());
        kept.sort(Map.Entry.<Found, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().start()));
        kept.addAll(splitTypes(votes, sentenceTypes, models));
        List<Found> out = new ArrayList<>();
        for (Map.Entry<Found, Integer> e : kept) {
            if (out.stream().noneMatch(e.getKey()::overlaps)) {
                out.add(e.getKey());
            }
        }
        List<Found> voted = List.copyOf(out); // an organisation opening with its cue noun (حزب، وزارة) needs one vote
        first.stream().filter(f -> f.type().equals("ORG") && voted.stream().noneMatch(f::overlaps)
                && ArabicWords.anyIn(ArabicWords.stems(ArabicWords.core(tokens[f.start()])), ArabicWords.ORG_CUES))
                .forEach(out::add);
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * Words that at least {@link #SPLIT_VOTES} models find as one name but under types no majority shares (سعاد
     * الإدريسي after "للمكتب،": two a person, two an organisation): the name of the type most of them gave, on a
     * tie the sentence models' one; after the names of a majority. Neutral on the development folds (ALL F1 within
     * 0.15 either way); it keeps a name nearly every model sees. Off with fewer than five models.
     */
    private static List<Map.Entry<Found, Integer>> splitTypes(Map<Found, Integer> votes, List<Found> sentenceTypes,
            int models) {
        if (models < SPLIT_VOTES + 1) {
            return List.of();
        }
        Map<List<Integer>, Map<String, Integer>> bySpan = new java.util.LinkedHashMap<>();
        votes.forEach((f, n) -> bySpan.computeIfAbsent(List.of(f.start(), f.end()),
                k -> new java.util.LinkedHashMap<>()).put(f.type(), n));
        List<Map.Entry<Found, Integer>> out = new ArrayList<>();
        bySpan.forEach((span, types) -> {
            int total = types.values().stream().mapToInt(Integer::intValue).sum();
            if (total < SPLIT_VOTES || types.values().stream().anyMatch(n -> 2 * n > models)) {
                return;
            }
            String best = sentenceTypes.stream().filter(f -> f.start() == span.get(0) && f.end() == span.get(1))
                    .map(Found::type).findFirst().orElse(types.keySet().iterator().next());
            for (Map.Entry<String, Integer> t : types.entrySet()) {
                if (t.getValue() > types.getOrDefault(best, 0)) {
                    best = t.getKey();
                }
            }
            out.add(Map.entry(new Found(span.get(0), span.get(1), best), total));
        });
        return out;
    }

    private static Optional<EntityType> type(String label) {
        return switch (label) {
            case "PER" -> Optional.of(EntityType.PERSON);
            case "ORG" -> Optional.of(EntityType.ORGANIZATION);
            case "LOC" -> Optional.of(EntityType.PLACE);
            default -> Optional.empty();
        };
    }
}
