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
    private final NameLexicon lexicon = NameLexicon.shared();

    BilingualNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An Arabic and an English name; {@code transliterated} when one was made by transliteration. */
    record Pair(String nameAr, String nameEn, boolean transliterated) {
    }

    /** Both names of a whole name given with its type, as the tagger would have found it alone. */
    Pair name(String surface, EntityType type, Language language) {
        String[] tokens = surface.strip().split("\\s+");
        KnownName known = null;
        if (language == Language.ARABIC) {
            StringBuilder rest = new StringBuilder();
            for (int j = 1; j < tokens.length; j++) {
                rest.append(' ').append(ArabicWords.core(tokens[j]));
            }
            for (String stem : ArabicWords.stems(ArabicWords.core(tokens[0]))) {
                known = known != null ? known : gazetteer.find(stem + rest)
                        .filter(k -> !k.givenName() && k.type() == type).orElse(null);
            }
        } else {
            known = gazetteer.find(Gazetteer.key(surface)).filter(k -> !k.givenName() && k.type() == type).orElse(null);
        }
        return of(new Span(0, tokens.length, type, known, false), String.join(" ", tokens), tokens, language);
    }

    Pair of(Span span, String surface, String[] tokens, Language language) {
        if (span.known() != null) {
            return new Pair(span.known().nameAr(), span.known().nameEn(), false);
        }
        if (span.type() == EntityType.EVENT) {
            boolean ar = language == Language.ARABIC;
            Optional<String> other = EventNames.otherName(surface, ar);
            return new Pair(ar ? surface : other.orElse(null), ar ? other.orElse(null) : surface, false);
        }
        List<String> words = new ArrayList<>();
        for (int i = span.start(); i < span.end(); i++) {
            words.add(tokens[i]);
        }
        if (language == Language.ARABIC) {
            words.set(0, withoutClitics(words.get(0)));
            String name = String.join(" ", words);
            if (span.type() == EntityType.ORGANIZATION) {
                Optional<String> english = organisations.english(words);
                if (english.isPresent()) {
                    return new Pair(name, english.get(), false);
                }
            }
            if (span.type() == EntityType.PLACE) {
                Optional<String> english = lexicon.placeInEnglish(name);
                if (english.isPresent()) {
                    return new Pair(name, english.get(), false);
                }
            }
            return fromArabic(name, words, span.type());
        }
        Optional<String> planet = planet(surface, tokens);
        if (planet.isPresent()) {
            return new Pair(planet.get(), surface, false);
        }
        if (span.type() == EntityType.PLACE) {
            Optional<String> arabic = lexicon.placeInArabic(surface);
            if (arabic.isPresent()) {
                return new Pair(arabic.get(), surface, false);
            }
        }
        return fromEnglish(surface, words, span.type());
    }

    /**
     * The first word of an Arabic name without its proclitics (والجزائر → الجزائر, لبشار → بشار) when the bare
     * reading is a name we know or the word carries a clitic before the article; else as written (وليد stays).
     */
    String withoutClitics(String token) {
        String core = ArabicWords.core(token);
        List<String> stems = ArabicWords.stems(core);
        if (stems.size() < 2 || knownWord(core) || !token.startsWith(core.substring(0, 1))) {
            return token;
        }
        String last = stems.get(stems.size() - 1);
        for (String stem : stems.subList(1, stems.size())) {
            if (knownWord(stem) || ArabicWords.cliticWithArticle(core) && stem.equals(last)) {
                boolean lilArticle = !core.endsWith(stem);
                int drop = lilArticle ? core.length() - stem.length() : core.length() - stem.length();
                String rest = token.substring(drop);
                return lilArticle ? "ا" + rest.substring(1) : rest;
            }
        }
        return token;
    }

    private boolean knownWord(String key) {
        return gazetteer.find(key).isPresent() || lexicon.placeInEnglish(key).isPresent()
                || lexicon.personWordInEnglish(key).isPresent();
    }

    private Pair fromArabic(String surface, List<String> words, EntityType type) {
        StringBuilder en = new StringBuilder();
        boolean made = false;
        for (int i = 0; i < words.size(); i++) {
            String core = ArabicWords.core(words.get(i));
            Optional<String> joined = i + 1 < words.size() && ArabicWords.NAME_LINKS.contains(core)
                    ? lexicon.personWordInEnglish(core + ArabicWords.core(words.get(i + 1))) : Optional.empty();
            if (joined.isPresent()) {
                en.append(en.length() == 0 ? "" : " ").append(joined.get());
                i++;
                continue;
            }
            Optional<String> known = english(words.get(i), core, type);
            en.append(en.length() == 0 ? "" : " ").append(known.isPresent() ? known.get() : Transliteration.toLatin(words.get(i)));
            made |= known.isEmpty();
        }
        return new Pair(surface, en.toString(), made);
    }

    /** One Arabic word of a name in English: given names, بن- surnames, places, person-name tokens. */
    private Optional<String> english(String word, String core, EntityType type) {
        return given(core).map(KnownName::nameEn).or(() -> sonOf(word))
                .or(() -> type == EntityType.PLACE ? lexicon.placeInEnglish(core) : Optional.empty())
                .or(() -> lexicon.personWordInEnglish(core))
                .or(() -> core.startsWith("ال") && core.length() > 4
                        ? lexicon.personWordInEnglish(core.substring(2)).map(e -> "al-" + e) : Optional.empty());
    }

    private static final java.util.Set<String> SPACE_WORDS = java.util.Set.of("planet", "planets", "rover", "orbit",
            "orbiter", "spacecraft", "probe", "mission", "nasa", "martian", "space", "astronauts", "telescope", "moon");

    /**
     * Mars the planet (المريخ), not March the month (مارس): a planet's name when the sentence speaks of space (a
     * whole article is read by {@link Homographs}).
     */
    private static Optional<String> planet(String surface, String[] tokens) {
        Optional<KnownName> planet = Homographs.planet(surface);
        if (planet.isEmpty()) {
            return Optional.empty();
        }
        for (String t : tokens) {
            if (SPACE_WORDS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                return planet.map(KnownName::nameAr);
            }
        }
        return Optional.empty();
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

    private Pair fromEnglish(String surface, List<String> words, EntityType type) {
        StringBuilder ar = new StringBuilder();
        boolean made = false;
        for (String w : words) {
            Optional<String> known = given(w).map(KnownName::nameAr)
                    .or(() -> type == EntityType.PLACE ? lexicon.placeInArabic(w) : Optional.empty())
                    .or(() -> type == EntityType.ORGANIZATION ? Optional.empty() : lexicon.personWordInArabic(w));
            String said = NAME_WORDS.get(w.toLowerCase(java.util.Locale.ROOT));
            String part = said != null ? said : known.isPresent() ? known.get() : Transliteration.toArabic(w);
            if (!part.isEmpty()) {
                ar.append(ar.length() == 0 ? "" : " ").append(part);
            }
            made |= known.isEmpty() && said == null;
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
