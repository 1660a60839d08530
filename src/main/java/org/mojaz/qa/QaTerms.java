package org.mojaz.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mojaz.core.Language;
import org.mojaz.text.Tokenizer;

/**
 * The matching terms of passages and questions: the text package's terms, plus the form without a leading
 * one-letter clitic (بمشاركة → مشارك beside بمشارك; only ب ل ك), applied to index and query alike; and, for questions, the
 * other language's terms of common news words from our bilingual word list ({@code lexicon.tsv}). Thread-safe.
 */
public final class QaTerms {
    /** Prepositions written as one letter before a word; و and ف are left to the stemmer (they also start roots). */
    private static final String CLITICS = "بلك";
    private static final String LEXICON = "lexicon.tsv";

    private final Tokenizer tokenizer;
    private final Map<String, Set<String>> translations;
    private final Set<String> eventWords = new java.util.HashSet<>();

    public QaTerms(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.translations = load(tokenizer, eventWords);
    }

    /** True for the verbs of an event's course (begin, end, تنتهي ...), which articles often say another way. */
    boolean isEventWord(String term) {
        return eventWords.contains(term);
    }

    /** Index terms of a text: each term, and its clitic-free form when it has one. */
    public List<String> terms(String text, Language language) {
        List<String> out = new ArrayList<>();
        for (String t : tokenizer.terms(text, language)) {
            out.addAll(variants(t));
        }
        return out;
    }

    /** The term of one word and its clitic-free form; empty for a function word. */
    List<String> word(String word, Language language) {
        String t = tokenizer.term(word, language);
        return t == null ? List.of() : variants(t);
    }

    /** The other language's terms for a term, from the word list; empty when it is not there. */
    Set<String> translations(String term) {
        return translations.getOrDefault(term, Set.of());
    }

    static List<String> variants(String term) {
        if (term.length() >= 5 && CLITICS.indexOf(term.charAt(0)) >= 0 && isArabic(term.charAt(1))) {
            return List.of(term, term.substring(1));
        }
        return List.of(term);
    }

    private static boolean isArabic(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }

    private static Map<String, Set<String>> load(Tokenizer tokenizer, Set<String> eventWords) {
        Map<String, Set<String>> map = new HashMap<>();
        try (InputStream in = QaTerms.class.getResourceAsStream(LEXICON)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + LEXICON);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] sides = line.split("\t");
                if (line.startsWith("#") || sides.length < 2) {
                    continue;
                }
                Set<String> en = side(tokenizer, sides[0], Language.ENGLISH);
                Set<String> ar = side(tokenizer, sides[1], Language.ARABIC);
                if (sides.length > 2 && sides[2].strip().equals("event")) {
                    eventWords.addAll(en);
                    eventWords.addAll(ar);
                }
                en.forEach(t -> map.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(ar));
                ar.forEach(t -> map.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(en));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + LEXICON, e);
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(map);
    }

    private static Set<String> side(Tokenizer tokenizer, String forms, Language language) {
        Set<String> out = new LinkedHashSet<>();
        for (String form : forms.split("\\|")) {
            for (String t : tokenizer.terms(form, language)) {
                out.addAll(variants(t));
            }
        }
        return out;
    }
}
