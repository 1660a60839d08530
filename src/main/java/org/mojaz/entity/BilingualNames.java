package org.mojaz.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mojaz.text.Language;

/**
 * Both display names of a tagged span: the dictionary's when it knows the name, else the text as written
 * plus the other script built word by word from known given names and, as a last resort, transliteration.
 */
final class BilingualNames {
    private final Gazetteer gazetteer;

    BilingualNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An Arabic and an English name; {@code transliterated} when one was made by transliteration. */
    record Pair(String nameAr, String nameEn, boolean transliterated) {
    }

    Pair of(Span span, String surface, String[] tokens, Language language) {
        if (span.known() != null) {
            return new Pair(span.known().nameAr(), span.known().nameEn(), false);
        }
        List<String> words = new ArrayList<>();
        for (int i = span.start(); i < span.end(); i++) {
            words.add(tokens[i]);
        }
        return language == Language.ARABIC ? fromArabic(surface, words) : fromEnglish(surface, words);
    }

    private Pair fromArabic(String surface, List<String> words) {
        StringBuilder en = new StringBuilder();
        boolean made = false;
        for (String w : words) {
            Optional<KnownName> given = given(ArabicWords.core(w));
            en.append(en.length() == 0 ? "" : " ").append(given.isPresent() ? given.get().nameEn() : Transliteration.toLatin(ArabicWords.core(w).isEmpty() ? w : w));
            made |= given.isEmpty();
        }
        return new Pair(surface, en.toString(), made);
    }

    private Pair fromEnglish(String surface, List<String> words) {
        StringBuilder ar = new StringBuilder();
        boolean made = false;
        for (String w : words) {
            Optional<KnownName> given = given(w);
            ar.append(ar.length() == 0 ? "" : " ").append(given.isPresent() ? given.get().nameAr() : Transliteration.toArabic(w));
            made |= given.isEmpty();
        }
        return new Pair(ar.toString(), surface, made);
    }

    private Optional<KnownName> given(String word) {
        return gazetteer.find(Gazetteer.key(word)).filter(KnownName::givenName);
    }
}
