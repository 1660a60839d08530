package org.mojaz.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mojaz.core.Language;
import org.mojaz.text.ArabicNormalizer;

/**
 * Names written like other names or words, settled by their context: Mars the planet (المريخ) when the article
 * speaks of space, never مارس, which an Arabic reader takes for March; بشار after في, إلى, من or مدينة is the town
 * (Béchar), elsewhere the man (Bashar); a month (مارس) alone is a date for the date finder, never a name.
 * One instance per article.
 */
final class Homographs {
    private static final Map<String, KnownName> PLANETS = Map.of(
            "Mars", planet("Mars", "المريخ"), "Venus", planet("Venus", "الزهرة"), "Jupiter", planet("Jupiter", "المشتري"),
            "Saturn", planet("Saturn", "زحل"), "Mercury", planet("Mercury", "عطارد"), "Neptune", planet("Neptune", "نبتون"),
            "Earth", planet("Earth", "الأرض"), "Moon", planet("Moon", "القمر"));
    private static final Set<String> SPACE_WORDS = Set.of("planet", "planets", "planetary", "rover", "rovers", "orbit",
            "orbiter", "orbiting", "spacecraft", "probe", "lander", "nasa", "esa", "martian", "space", "astronaut",
            "astronauts", "telescope", "moon", "moons", "crater", "asteroid", "solar", "rocket", "spacex", "phobos",
            "deimos", "jezero", "astronomers", "cosmic");
    /** Words before a place: في بشار, إلى بشار, ولاية بشار. Normalised. */
    private static final Set<String> BEFORE_PLACE = normalised("في إلى الى من نحو قرب داخل بين مدينة بمدينة لمدينة ولاية"
            + " بولاية لولاية منطقة بمنطقة بلدية ببلدية محافظة بمحافظة إقليم بإقليم شمال جنوب شرق غرب وسط عاصمة أهالي سكان");
    private static final Set<String> MONTHS = normalised("يناير فبراير مارس أبريل إبريل أفريل مايو يونيو يوليو أغسطس"
            + " سبتمبر أكتوبر نوفمبر ديسمبر جانفي فيفري جويلية أوت شتنبر نونبر دجنبر كانون شباط آذار نيسان أيار"
            + " حزيران تموز آب أيلول تشرين");

    private final boolean space;
    private final Language language;
    private final NameLexicon lexicon = NameLexicon.shared();

    private Homographs(boolean space, Language language) {
        this.space = space;
        this.language = language;
    }

    /** The context of one article: whether it speaks of space, read once from the whole text. */
    static Homographs of(String text, Language language) {
        boolean space = false;
        if (language == Language.ENGLISH) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                space |= SPACE_WORDS.contains(word);
            }
        }
        return new Homographs(space, language);
    }

    /** The span as its context reads it (retyped or named), or null when it is no name at all. */
    Span resolve(Span span, String[] tokens) {
        if (span.length() != 1 || span.adjective()) {
            return span;
        }
        String token = tokens[span.start()];
        if (language == Language.ENGLISH) {
            KnownName planet = PLANETS.get(token);
            return planet != null && space ? new Span(span.start(), span.end(), EntityType.PLACE, planet, false) : span;
        }
        String core = ArabicWords.core(token);
        if (MONTHS.contains(core) && span.known() == null) {
            return null;
        }
        if (span.type() == EntityType.PERSON && span.known() == null && span.start() > 0
                && BEFORE_PLACE.contains(ArabicWords.core(tokens[span.start() - 1]))
                && lexicon.placeInEnglish(core).isPresent()) {
            return new Span(span.start(), span.end(), EntityType.PLACE, null, false);
        }
        return span;
    }

    /** The planet (or Earth, the Moon) of this English name: Mars → المريخ. */
    static java.util.Optional<KnownName> planet(String english) {
        return java.util.Optional.ofNullable(PLANETS.get(english));
    }

    private static KnownName planet(String en, String ar) {
        return new KnownName(EntityType.PLACE, en, ar, false);
    }

    private static Set<String> normalised(String words) {
        return Set.copyOf(List.of(ArabicNormalizer.normalize(words).split(" ")));
    }
}
