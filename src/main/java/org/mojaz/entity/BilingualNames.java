package org.mojaz.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mojaz.core.Language;

/**
 * Both display names of a tagged span: the dictionary's when it knows the name, else the text as written
 * plus the other script built word by word from known given names and, as a last resort, transliteration.
 */
final class BilingualNames {
    private final Gazetteer gazetteer;
    private final OrganisationNames organisations = new OrganisationNames();

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
        if (language == Language.ARABIC && span.type() == EntityType.ORGANIZATION) {
            Optional<String> english = organisations.english(words);
            if (english.isPresent()) {
                return new Pair(surface, english.get(), false);
            }
        }
        return language == Language.ARABIC ? fromArabic(surface, words) : fromEnglish(surface, words);
    }

    private Pair fromArabic(String surface, List<String> words) {
        StringBuilder en = new StringBuilder();
        boolean made = false;
        for (String w : words) {
            Optional<String> known = given(ArabicWords.core(w)).map(KnownName::nameEn).or(() -> sonOf(w));
            en.append(en.length() == 0 ? "" : " ").append(known.isPresent() ? known.get() : Transliteration.toLatin(w));
            made |= known.isEmpty();
        }
        return new Pair(surface, en.toString(), made);
    }

    /** Common words of organisation and place names, said in Arabic rather than transliterated. */
    private static final java.util.Map<String, String> NAME_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("ministry", "وزارة"), java.util.Map.entry("bank", "بنك"),
            java.util.Map.entry("university", "جامعة"), java.util.Map.entry("party", "حزب"),
            java.util.Map.entry("council", "مجلس"), java.util.Map.entry("agency", "وكالة"),
            java.util.Map.entry("company", "شركة"), java.util.Map.entry("group", "مجموعة"),
            java.util.Map.entry("association", "جمعية"), java.util.Map.entry("union", "اتحاد"),
            java.util.Map.entry("federation", "اتحاد"), java.util.Map.entry("committee", "لجنة"),
            java.util.Map.entry("commission", "لجنة"), java.util.Map.entry("institute", "معهد"),
            java.util.Map.entry("foundation", "مؤسسة"), java.util.Map.entry("organization", "منظمة"),
            java.util.Map.entry("organisation", "منظمة"), java.util.Map.entry("front", "جبهة"),
            java.util.Map.entry("movement", "حركة"), java.util.Map.entry("court", "محكمة"),
            java.util.Map.entry("army", "جيش"), java.util.Map.entry("police", "شرطة"),
            java.util.Map.entry("national", "الوطني"), java.util.Map.entry("central", "المركزي"),
            java.util.Map.entry("international", "الدولي"), java.util.Map.entry("river", "نهر"),
            java.util.Map.entry("lake", "بحيرة"), java.util.Map.entry("mount", "جبل"),
            java.util.Map.entry("island", "جزيرة"), java.util.Map.entry("province", "ولاية"),
            java.util.Map.entry("city", "مدينة"), java.util.Map.entry("water", "المياه"),
            java.util.Map.entry("health", "الصحة"), java.util.Map.entry("education", "التعليم"),
            java.util.Map.entry("energy", "الطاقة"), java.util.Map.entry("mining", "للتعدين"),
            java.util.Map.entry("airlines", "للطيران"), java.util.Map.entry("airways", "للطيران"),
            java.util.Map.entry("of", ""), java.util.Map.entry("the", ""), java.util.Map.entry("and", "و"),
            java.util.Map.entry("&", "و"), java.util.Map.entry("corp.", ""), java.util.Map.entry("inc.", ""),
            java.util.Map.entry("ltd", ""), java.util.Map.entry("ltd.", ""), java.util.Map.entry("co.", ""));

    private Pair fromEnglish(String surface, List<String> words) {
        StringBuilder ar = new StringBuilder();
        boolean made = false;
        for (String w : words) {
            Optional<KnownName> given = given(w);
            String said = NAME_WORDS.get(w.toLowerCase(java.util.Locale.ROOT));
            String part = given.isPresent() ? given.get().nameAr() : said != null ? said : Transliteration.toArabic(w);
            if (!part.isEmpty()) {
                ar.append(ar.length() == 0 ? "" : " ").append(part);
            }
            made |= given.isEmpty() && said == null;
        }
        return new Pair(ar.toString(), surface, made);
    }

    /** Maghreb surnames made of بن + a given name: بنعلي → Benali, بنموسى → Benmoussa. */
    private Optional<String> sonOf(String word) {
        String core = ArabicWords.core(word);
        if (!core.startsWith("بن") || core.length() < 5) {
            return Optional.empty();
        }
        return given(core.substring(2)).map(k -> "Ben" + k.nameEn().toLowerCase(java.util.Locale.ROOT));
    }

    private Optional<KnownName> given(String word) {
        return gazetteer.find(Gazetteer.key(word)).filter(KnownName::givenName);
    }
}
