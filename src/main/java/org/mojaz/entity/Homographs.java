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
    private final boolean sports;
    private final List<String> runs;
    private final Language language;
    private final NameLexicon lexicon = NameLexicon.shared();

    private Homographs(boolean space, boolean sports, List<String> runs, Language language) {
        this.space = space;
        this.sports = sports;
        this.runs = runs;
        this.language = language;
    }

    /** The context of one article: whether it speaks of space, read once from the whole text. */
    static Homographs of(String text, Language language) {
        boolean space = false;
        int sportsWords = 0;
        List<String> runs = new java.util.ArrayList<>();
        if (language == Language.ENGLISH) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                space |= SPACE_WORDS.contains(word);
            }
            String[] words = text.split("[^\\p{L}]+");
            StringBuilder run = new StringBuilder();
            for (String w : words) {
                sportsWords += EnglishWords.sports(new String[] {w}) ? 1 : 0;
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    run.append(run.length() > 0 ? " " : "").append(w);
                } else if (run.length() > 0 && !RUN_JOINERS.contains(w)) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
            }
            if (run.length() > 0) {
                runs.add(run.toString());
            }
        }
        return new Homographs(space, sportsWords >= SPORTS_ARTICLE, runs, language);
    }

    /** The span as its context reads it (retyped or named), or null when it is no name at all. */
    Span resolve(Span span, String[] tokens) {
        if (span.length() != 1 || span.adjective()) {
            return span;
        }
        String token = tokens[span.start()];
        if (language == Language.ENGLISH && span.known() != null && ACRONYM.matcher(token).matches()
                && span.known().nameEn() != null && !token.equals(span.known().nameEn()) && otherExpansion(token, span.known())) {
            return new Span(span.start(), span.end(), span.type(), null, false);
        }
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

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,6}");
    /** Small words inside a run of capitalised words: "England and Wales Cricket Board". */
    private static final Set<String> RUN_JOINERS = Set.of("and", "of", "for", "the", "de");
    /** Words of sports reports (as the English tagger reads them) that make an article a sports report. */
    private static final int SPORTS_ARTICLE = 3;
    private static final Set<String> SPORTS_BODY = Set.of("olympic", "football", "cricket", "sport", "sports", "athletics",
            "rugby", "tennis", "golf", "basketball", "hockey", "cycling", "fifa", "uefa");

    /**
     * Whether an acronym of our list (ECB → European Central Bank) stands for something else in this article: the
     * article spells out another name with those initials ("England and Wales Cricket Board"), or it is a sports
     * report and the listed body has nothing to do with sport.
     */
    private boolean otherExpansion(String acronym, KnownName listed) {
        String expansion = listed.nameEn().toLowerCase(Locale.ROOT);
        for (String run : runs) {
            if (!run.toLowerCase(Locale.ROOT).equals(expansion) && run.indexOf(' ') > 0 && initialsFit(run, acronym)) {
                return true;
            }
        }
        boolean sportsBody = false;
        for (String w : expansion.split(" ")) {
            sportsBody |= SPORTS_BODY.contains(w);
        }
        return sports && !sportsBody;
    }

    /** "England and Wales Cricket Board" fits ECB: its initials hold the letters in order, first and last alike. */
    private static boolean initialsFit(String run, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String w : run.split(" ")) {
            if (!RUN_JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
                initials.append(w.charAt(0));
            }
        }
        if (initials.length() < acronym.length() || initials.charAt(0) != acronym.charAt(0)
                || initials.charAt(initials.length() - 1) != acronym.charAt(acronym.length() - 1)) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < initials.length() && k < acronym.length(); i++) {
            if (initials.charAt(i) == acronym.charAt(k)) {
                k++;
            }
        }
        return k == acronym.length();
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
