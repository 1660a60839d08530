package org.mojaz.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mojaz.text.ArabicNormalizer;

/**
 * The bundled bilingual name list built from open data by {@code mojaz train names} ({@code names.tsv}, see
 * NOTICE): whole place names both ways, the usual other-script form of single person-name tokens, and how letters
 * are spelt in the other script (see {@link LetterSpelling}).
 */
final class NameLexicon {
    private static final String RESOURCE = "names.tsv";

    private final Map<String, String> placeEn = new HashMap<>();
    private final Map<String, String> placeAr = new HashMap<>();
    private final Map<String, String> personEn = new HashMap<>();
    private final Map<String, String> personAr = new HashMap<>();
    private final Map<String, String> tokenEn = new HashMap<>();
    private final Map<String, String> spellLatin = new HashMap<>();
    private final Map<String, String> spellArabic = new HashMap<>();
    private final LetterSpelling spelling = new LetterSpelling(spellLatin, spellArabic);

    private NameLexicon() {
        try (InputStream in = NameLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static final class Holder {
        static final NameLexicon SHARED = new NameLexicon();
    }

    static NameLexicon shared() {
        return Holder.SHARED;
    }

    private void load(BufferedReader reader) throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] c = line.split("\t");
            if (c.length < 3 || line.startsWith("#")) {
                continue;
            }
            switch (c[0]) {
                case "LOC" -> {
                    placeEn.putIfAbsent(c[1], c[2]);
                    placeAr.putIfAbsent(c[2].toLowerCase(Locale.ROOT), c.length > 3 ? c[3] : c[1]);
                }
                case "PA" -> personEn.put(c[1], c[2]);
                case "PE" -> personAr.put(c[1], c[2]);
                case "TA" -> tokenEn.put(c[1], c[2]);
                case "TL" -> spellLatin.put(c[1], c[2].equals("_") ? "" : c[2]);
                case "TR" -> spellArabic.put(c[1], c[2].equals("_") ? "" : c[2]);
                default -> { }
            }
        }
    }

    /** The letter spelling learned from the same pairs: the last resort for a word no list knows. */
    LetterSpelling spelling() {
        return spelling;
    }

    /** بشار (a place) → Bechar. The Arabic name is matched normalised. */
    Optional<String> placeInEnglish(String arabic) {
        return Optional.ofNullable(placeEn.get(ArabicNormalizer.normalize(arabic)));
    }

    /** Algeciras → الجزيرة الخضراء. */
    Optional<String> placeInArabic(String english) {
        return Optional.ofNullable(placeAr.get(english.toLowerCase(Locale.ROOT)));
    }

    /** One word of a person's name: مروان → Marwan; then the untyped token list as a weaker source. */
    Optional<String> personWordInEnglish(String arabicWord) {
        String key = ArabicNormalizer.normalize(arabicWord);
        return Optional.ofNullable(personEn.get(key)).or(() -> Optional.ofNullable(tokenEn.get(key)));
    }

    /** Whether a normalised Arabic name is a Wikidata place name (تزنيت, عين مليلة; also كان and اليوم). */
    boolean placeWord(String normalised) {
        return placeEn.containsKey(normalised);
    }

    /** Whether a normalised Arabic word is a token of Wikidata person names (مروان, بشار, أنصار). */
    boolean personWord(String normalised) {
        return personEn.containsKey(normalised);
    }

    /** The Arabic person-name tokens, article-free (الحسن is read as حسن), for {@link NameLikeness}. */
    Set<String> personWords() {
        Set<String> out = new HashSet<>();
        for (String w : personEn.keySet()) {
            out.add(ArabicWordStats.reading(w)[0]);
        }
        return out;
    }

    /** The words of the Arabic place names, article-free, for {@link NameLikeness}. */
    Set<String> placeWords() {
        Set<String> out = new HashSet<>();
        for (String name : placeEn.keySet()) {
            for (String w : name.split(" ")) {
                out.add(ArabicWordStats.reading(w)[0]);
            }
        }
        return out;
    }

    /** One word of a person's name: Marwan → مروان. */
    Optional<String> personWordInArabic(String englishWord) {
        return Optional.ofNullable(personAr.get(englishWord.toLowerCase(Locale.ROOT)));
    }
}
