package org.mojaz.text;

import org.mojaz.core.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words and matching terms. {@link #words} gives the surface words (runs of letters, marks and digits);
 * {@link #terms} gives what matching uses: normalised (Arabic folding, lower case), function words removed
 * (also behind the Arabic clitics و ف ب ل ك and the article ال), light-stemmed (Lucene's Arabic light stemmer,
 * Snowball English). Thread-safe; the stopword lists are our own resource files.
 */
public final class Tokenizer {
    private static final String ARABIC_CLITICS = "وفبلك";
    private static final ArabicStemmer ARABIC_STEMMER = new ArabicStemmer();
    private static final ThreadLocal<EnglishStemmer> ENGLISH_STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private final Set<String> arabicStopwords;
    private final Set<String> englishStopwords;

    public Tokenizer() {
        this.arabicStopwords = load("stopwords-ar.txt", true);
        this.englishStopwords = load("stopwords-en.txt", false);
    }

    /** Surface words of {@code text}: maximal runs of letters, combining marks and digits, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && isWordChar(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || c == '\u0640';
    }

    /** Matching terms of {@code text}: normalised, without function words, stemmed; one-letter tokens dropped. */
    public List<String> terms(String text, Language language) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            String term = term(word, language);
            if (term != null) {
                out.add(term);
            }
        }
        return out;
    }

    /** The matching term of one word, or null when it is a function word or too short to carry meaning. */
    public String term(String word, Language language) {
        String w = ArabicNormalizer.normalize(word);
        if (w.isEmpty() || !isWordChar(w.charAt(0))) {
            return null;
        }
        if (ArabicNormalizer.isArabicLetter(w.charAt(0))) {
            return arabicTerm(w);
        }
        if (w.length() < 2 || englishStopwords.contains(w)) {
            return null;
        }
        return language == Language.ARABIC || !isAsciiLetters(w) ? w : englishStem(w);
    }

    /** True when {@code normalizedWord} is an Arabic function word, alone or behind one clitic letter. */
    public boolean isArabicStopword(String normalizedWord) {
        if (arabicStopwords.contains(normalizedWord)) {
            return true;
        }
        return normalizedWord.length() > 2 && ARABIC_CLITICS.indexOf(normalizedWord.charAt(0)) >= 0
                && arabicStopwords.contains(normalizedWord.substring(1));
    }

    private String arabicTerm(String w) {
        if (w.length() < 2 || isArabicStopword(w)) {
            return null;
        }
        char[] chars = w.toCharArray();
        int len = ARABIC_STEMMER.stem(chars, chars.length);
        if (len > 3 && ARABIC_CLITICS.indexOf(chars[0]) >= 0 && chars[1] == 'ا' && chars[2] == 'ل') {
            len = ARABIC_STEMMER.stem(chars, len); // a clitic the stemmer left, e.g. كال before a suffix
        }
        return len < 2 ? null : new String(chars, 0, len);
    }

    private static String englishStem(String w) {
        EnglishStemmer stemmer = ENGLISH_STEMMER.get();
        stemmer.setCurrent(w);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean isAsciiLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load(String resource, boolean arabic) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Tokenizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing stopword list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(arabic ? ArabicNormalizer.normalize(w) : w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stopword list " + resource, e);
        }
        return Set.copyOf(words);
    }
}
