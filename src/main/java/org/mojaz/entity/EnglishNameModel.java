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
 * The trained English name finder: an OpenNLP {@link NameFinderME} (perceptron by default) over
 * {@link EnglishFeatures}, trained on the even documents of WikiGold (CC BY 4.0, see {@code NOTICE} next to the
 * model) by {@code mojaz train ner --lang en}. Finds PERSON, ORGANIZATION and PLACE spans in one sentence; the
 * corpus's MISC names are learnt but not returned. Thread-safe: one decoder per thread.
 */
public final class EnglishNameModel {
    static final String RESOURCE = "ner-en.bin";

    static {
        // OpenNLP instantiates the factory a model file names only from packages registered here.
        opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(EnglishNameFinderFactory.class.getPackageName());
    }

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    private EnglishNameModel(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** A name in a training sentence: tokens {@code [start, end)}, type PER, ORG, LOC or MISC. */
    public record Name(int start, int end, String type) {
    }

    /** One training sentence with its names; {@code newDocument} for the first sentence of a document. */
    public record Example(String[] tokens, List<Name> names, boolean newDocument) {
    }

    private static final class Holder {
        static final Optional<EnglishNameModel> SHARED = loadShipped();
    }

    /** The model shipped in the jar, or empty when the jar carries none. */
    public static Optional<EnglishNameModel> shipped() {
        return Holder.SHARED;
    }

    private static Optional<EnglishNameModel> loadShipped() {
        try (InputStream in = EnglishNameModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English name model " + RESOURCE, e);
        }
    }

    /** A model written by {@link #write}. */
    public static EnglishNameModel read(InputStream in) throws IOException {
        return new EnglishNameModel(new TokenNameFinderModel(new ByteArrayInputStream(in.readAllBytes())));
    }

    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /**
     * Trains a model with an OpenNLP algorithm (MAXENT, PERCEPTRON) on one thread, features seen fewer than
     * {@code cutoff} times dropped. Deterministic for the same examples and parameters.
     */
    public static EnglishNameModel train(List<Example> examples, String algorithm, int iterations, int cutoff)
            throws IOException {
        TrainingParameters params = NameFinderTraining.parameters(algorithm, iterations, cutoff);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                EnglishNameFinderFactory.class.getName(), null, Map.of(), new BioCodec());
        return new EnglishNameModel(NameFinderME.train("en", null, samples(examples), params, factory));
    }

    private static ObjectStream<NameSample> samples(List<Example> examples) {
        return new ObjectStream<>() {
            private Iterator<Example> it = examples.iterator();
            private final NameMemory memory = new NameMemory();

            @Override
            public NameSample read() {
                if (!it.hasNext()) {
                    return null;
                }
                Example e = it.next();
                if (e.newDocument()) {
                    memory.clear();
                }
                // the rules' spans as the tagger will give them: with the name memory of the document so far
                EnglishFeatures.prime(e.tokens(), EnglishNames.rules().tag(e.tokens(), memory));
                opennlp.tools.util.Span[] names = e.names().stream()
                        .map(n -> new opennlp.tools.util.Span(n.start(), n.end(), n.type()))
                        .toArray(opennlp.tools.util.Span[]::new);
                return new NameSample(e.tokens(), names, true);
            }

            @Override
            public void reset() {
                it = examples.iterator();
                memory.clear();
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
