package org.mojaz.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads CoNLL-style NER files: one {@code token ... TAG} line per token (space or tab separated, the tag last),
 * blank lines between sentences, {@code -DOCSTART-} lines between documents. Accepts IOB1 and IOB2 tags and
 * the PERS spelling of PER.
 */
final class ConllSentences {
    private ConllSentences() {
    }

    /** One sentence with its gold spans; {@code newDocument} is true for the first sentence after -DOCSTART-. */
    record Sentence(String[] tokens, List<TypedSpan> gold, boolean newDocument) {
    }

    static List<Sentence> read(Path file) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean newDocument = true;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.strip().split("[ \t]+");
                if (line.isBlank() || cols[0].equals("-DOCSTART-")) {
                    if (!tokens.isEmpty()) {
                        sentences.add(sentence(tokens, tags, newDocument));
                        newDocument = false;
                        tokens.clear();
                        tags.clear();
                    }
                    newDocument |= cols[0].equals("-DOCSTART-");
                } else if (cols.length >= 2) {
                    tokens.add(cols[0]);
                    tags.add(cols[cols.length - 1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!tokens.isEmpty()) {
            sentences.add(sentence(tokens, tags, newDocument));
        }
        return sentences;
    }

    private static Sentence sentence(List<String> tokens, List<String> tags, boolean newDocument) {
        return new Sentence(tokens.toArray(String[]::new), spans(tags), newDocument);
    }

    /** Entity spans of a BIO tag sequence (IOB1 or IOB2). */
    static List<TypedSpan> spans(List<String> tags) {
        List<TypedSpan> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 && tag.charAt(1) == '-' ? canonical(tag.substring(2)) : null;
            boolean continues = t != null && tag.startsWith("I-") && t.equals(type);
            if (!continues) {
                if (type != null) {
                    spans.add(new TypedSpan(start, i, type));
                }
                start = t == null ? -1 : i;
                type = t;
            }
        }
        return spans;
    }

    private static String canonical(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        return t.equals("PERS") ? "PER" : t;
    }
}
