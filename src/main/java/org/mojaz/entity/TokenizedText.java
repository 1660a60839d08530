package org.mojaz.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.mojaz.text.Language;

/** A text cut into sentences of tokens, each token with its character offsets in the text. */
record TokenizedText(List<Sentence> sentences) {

    /** One sentence: tokens and their [start, end) offsets in the whole text. */
    record Sentence(String[] tokens, int[] starts, int[] ends) {
    }

    private static final String EN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[.'’\\-][\\p{L}\\p{M}\\p{N}]+)*\\.?|\\S");

    private static final class English {
        static final ThreadSafeTokenizerME TOKENIZER = load();

        private static ThreadSafeTokenizerME load() {
            try (InputStream in = TokenizedText.class.getResourceAsStream(EN_MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("missing tokenizer model " + EN_MODEL);
                }
                return new ThreadSafeTokenizerME(new TokenizerModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static TokenizedText of(String text, Language language) {
        List<int[]> spans = new ArrayList<>();
        if (language == Language.ARABIC) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                int end = m.end();
                boolean abbreviation = end - m.start() <= 2 && text.charAt(end - 1) == '.';
                if (text.charAt(end - 1) == '.' && end - m.start() > 1 && !abbreviation) {
                    spans.add(new int[] {m.start(), end - 1});
                    spans.add(new int[] {end - 1, end});
                } else {
                    spans.add(new int[] {m.start(), end});
                }
            }
        } else {
            for (opennlp.tools.util.Span s : English.TOKENIZER.tokenizePos(text)) {
                spans.add(new int[] {s.getStart(), s.getEnd()});
            }
        }
        return new TokenizedText(sentences(text, spans));
    }

    private static List<Sentence> sentences(String text, List<int[]> spans) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < spans.size(); i++) {
            String t = text.substring(spans.get(i)[0], spans.get(i)[1]);
            boolean newline = i + 1 < spans.size() && text.substring(spans.get(i)[1], spans.get(i + 1)[0]).contains("\n");
            if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals("؟") || newline || i == spans.size() - 1) {
                out.add(sentence(text, spans.subList(from, i + 1)));
                from = i + 1;
            }
        }
        return out;
    }

    private static Sentence sentence(String text, List<int[]> spans) {
        String[] tokens = new String[spans.size()];
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        for (int i = 0; i < tokens.length; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            tokens[i] = text.substring(starts[i], ends[i]);
        }
        return new Sentence(tokens, starts, ends);
    }
}
