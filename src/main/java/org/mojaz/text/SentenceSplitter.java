package org.mojaz.text;

import org.mojaz.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

/**
 * Splits a body into sentences. Paragraphs always end a sentence; line ends inside a paragraph of wrapped text
 * are joined first ({@link Paragraphs}). English uses the OpenNLP
 * {@code sentdetect-en} model; Arabic and other languages use {@link ArabicSentenceRules}. Afterwards, fragments
 * of one or two words are glued to a neighbour and run-ons longer than {@link #MAX_WORDS} words are cut at a
 * clause mark (or, in text without any punctuation, into even pieces). Thread-safe; build one and share it (loading the model takes a few milliseconds).
 */
public final class SentenceSplitter {
    /** Sentences with fewer words than this are glued to a neighbour in the same paragraph. */
    public static final int MIN_WORDS = 3;
    /** Sentences with more words than this are cut at a clause mark (، ; :) near the middle. */
    public static final int MAX_WORDS = 70;
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final List<String> TITLE_ABBREVIATIONS = List.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "capt.",
            "st.", "jr.", "no.", "vs.", "u.s.", "u.k.", "u.n.", "e.g.", "i.e.");

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(\\p{L}\\.){2,}");

    private final SentenceDetector english;

    public SentenceSplitter() {
        this.english = new ThreadSafeSentenceDetectorME(loadModel());
    }

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model not on the classpath: " + MODEL);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
        }
    }

    /** The sentences of {@code text} in order, trimmed, never empty strings. */
    public List<String> split(String text, Language language) {
        List<String> out = new ArrayList<>();
        splitParagraphs(text, language).forEach(out::addAll);
        return out;
    }

    /** The sentences of {@code text}, grouped by paragraph (see {@link Paragraphs}); no group is empty. */
    public List<List<String>> splitParagraphs(String text, Language language) {
        List<List<String>> out = new ArrayList<>();
        for (String paragraph : Paragraphs.of(text)) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            List<String> sentences = glueFragments(splitParagraph(p, language));
            if (!out.isEmpty() && !sentences.isEmpty() && wordCount(sentences.get(0)) < MIN_WORDS) {
                List<String> previous = out.get(out.size() - 1);
                String last = previous.get(previous.size() - 1);
                if (!endsWithMark(last)) {
                    previous.set(previous.size() - 1, last + " " + sentences.remove(0)); // a wrapped line
                }
            }
            List<String> whole = splitLong(sentences);
            if (!whole.isEmpty()) {
                out.add(whole);
            }
        }
        return out;
    }

    private static boolean endsWithMark(String sentence) {
        return ".؟?!؛:\"»”'".indexOf(sentence.charAt(sentence.length() - 1)) >= 0;
    }

    private List<String> splitParagraph(String paragraph, Language language) {
        if (language == Language.ENGLISH) {
            return glueAbbreviations(List.of(english.sentDetect(paragraph)));
        }
        return new ArrayList<>(ArabicSentenceRules.split(paragraph));
    }

    /** The model sometimes ends a sentence after "Mr." or "U.S."; glue when the next piece starts lower-case or with a name. */
    private static List<String> glueAbbreviations(List<String> pieces) {
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            String s = piece.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && gluesToPrevious(out.get(out.size() - 1), s)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean gluesToPrevious(String previous, String next) {
        if (Character.isDigit(next.charAt(0))) {
            return false;
        }
        if (":;,".indexOf(next.charAt(0)) >= 0) {
            return true; // "He told example.com : ..." was cut after ".com"
        }
        if (Character.isLowerCase(next.charAt(0))
                && INITIALS.matcher(previous.substring(previous.lastIndexOf(' ') + 1)).matches()) {
            return true; // "at 9 a.m. and walked", "the U.S. and its allies"
        }
        return endsWithTitleAbbreviation(previous);
    }

    private static boolean endsWithTitleAbbreviation(String sentence) {
        int space = sentence.lastIndexOf(' ');
        String last = sentence.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        if (last.equals("u.s.") || last.equals("u.k.") || last.equals("u.n.")) {
            return false; // a sentence may well end with the country; only titles are never sentence-final
        }
        return TITLE_ABBREVIATIONS.contains(last);
    }

    private static List<String> glueFragments(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            if (!out.isEmpty() && (wordCount(s) < MIN_WORDS || wordCount(out.get(out.size() - 1)) < MIN_WORDS)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> splitLong(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            cutRunOn(s, out);
        }
        return out;
    }

    private static void cutRunOn(String sentence, List<String> out) {
        int words = wordCount(sentence);
        if (words <= MAX_WORDS) {
            out.add(sentence);
            return;
        }
        int cut = clauseMarkNearMiddle(sentence);
        if (cut < 0) {
            cutEvenly(sentence, words, out);
            return;
        }
        cutRunOn(sentence.substring(0, cut + 1).strip(), out);
        cutRunOn(sentence.substring(cut + 1).strip(), out);
    }

    /** Text without any punctuation has no sentences to respect: cut it into even pieces of at most MAX_WORDS. */
    private static void cutEvenly(String sentence, int words, List<String> out) {
        String[] tokens = sentence.split("\\s+");
        int pieces = (words + MAX_WORDS - 1) / MAX_WORDS;
        int size = (tokens.length + pieces - 1) / pieces;
        for (int from = 0; from < tokens.length; from += size) {
            out.add(String.join(" ", Arrays.asList(tokens).subList(from, Math.min(tokens.length, from + size))));
        }
    }

    /**
     * Index of the clause mark closest to the middle that leaves at least 10 words on each side, or -1. A mark
     * inside brackets or a quotation ("(in English: camera)", «…، …») is not a clause end: cutting there would
     * leave a piece that ends inside the bracket. Only when every mark is inside one is such a mark taken.
     */
    private static int clauseMarkNearMiddle(String s) {
        int total = wordCount(s);
        int middle = s.length() / 2;
        int best = -1;
        int bestInside = -1;
        int wordsBefore = 0;
        int depth = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) {
                wordsBefore++;
            }
            inWord = !space;
            depth = Math.max(0, depth + nesting(c));
            boolean mark = (c == '،' || c == ';' || c == ':' || c == ',') && Character.isWhitespace(s.charAt(i + 1));
            if (!mark || wordsBefore < 10 || total - wordsBefore < 10) {
                continue;
            }
            if (depth == 0 && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            } else if (depth > 0 && (bestInside < 0 || Math.abs(i - middle) < Math.abs(bestInside - middle))) {
                bestInside = i;
            }
        }
        return best >= 0 ? best : bestInside; // a bracket never closed must not leave the run-on uncut
    }

    /** +1 for an opening bracket or quotation mark, -1 for a closing one, 0 otherwise. */
    private static int nesting(char c) {
        if ("([{«“".indexOf(c) >= 0) {
            return 1;
        }
        return ")]}»”".indexOf(c) >= 0 ? -1 : 0;
    }

    /** Number of white-space separated words in {@code s}. */
    public static int wordCount(String s) {
        return wordCount(s, 0, s.length(), Integer.MAX_VALUE);
    }

    /** Words in {@code s[from, to)}, counting stops at {@code limit}. */
    static int wordCount(String s, int from, int to, int limit) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to && n < limit; i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
