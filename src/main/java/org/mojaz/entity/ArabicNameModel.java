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
 * PLACE spans in one sentence; the corpus's MISC names are learnt but not returned. Thread-safe: one decoder per
 * thread.
 */
public final class ArabicNameModel {
    static final String RESOURCE = "ner-ar.bin";

    static {
        // OpenNLP instantiates the factory a model file names only from packages registered here.
        opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(ArabicNameFinderFactory.class.getPackageName());
    }

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    private ArabicNameModel(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
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
        try (InputStream in = ArabicNameModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Arabic name model " + RESOURCE, e);
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
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                ArabicNameFinderFactory.class.getName(), null, Map.of(), new BioCodec());
        return new ArabicNameModel(NameFinderME.train("ar", null, samples(examples), params, factory));
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
        for (opennlp.tools.util.Span s : finders.get().find(tokens)) {
            type(s.getType()).ifPresent(t -> out.add(new Span(s.getStart(), s.getEnd(), t, null, false)));
        }
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
