package org.mojaz.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named events and operations: a name with its year (Vostok 2022, World Cup 2022, مناورات درع الصحراء 2022 →
 * درع الصحراء 2022, كأس العالم 2022) and the few events news name without a year (كأس العالم, the Olympics).
 */
final class EventNames {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final int MAX_WORDS = 4;

    /** Arabic nouns that introduce an event's own name (the cue is not part of it). */
    private static final Set<String> ARABIC_CUES = Set.of("مناورات", "مناوره", "تمرين", "تمارين", "عمليه", "مهرجان",
            "معرض", "منتدي", "مؤتمر", "قمه");
    /** Arabic nouns that begin an event's name (كأس العالم 2022). */
    private static final Set<String> ARABIC_HEADS = Set.of("كاس", "بطوله", "الالعاب", "العاب", "دوري", "اولمبياد");
    /** English words that end or begin an event's name. */
    private static final Set<String> ENGLISH_HEADS = Set.of("Cup", "Games", "Olympics", "Championship", "Championships",
            "Summit", "Forum", "Festival", "Expo", "Exercise", "Operation", "Conference", "Marathon", "Open", "Tour");

    /** Usual names of frequent events in the other language. */
    private static final Map<String, String> BOTH = Map.of(
            "world cup", "كأس العالم", "كاس العالم", "World Cup",
            "olympics", "الألعاب الأولمبية", "الالعاب الاولمبيه", "Olympics",
            "olympic games", "الألعاب الأولمبية",
            "africa cup of nations", "كأس أمم أفريقيا", "كاس امم افريقيا", "Africa Cup of Nations");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");

    List<Span> find(String[] tokens, boolean arabic) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Optional<Span> s = arabic ? arabicAt(tokens, i) : englishAt(tokens, i);
            if (s.isPresent()) {
                out.add(s.get());
                i = s.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Optional<Span> arabicAt(String[] tokens, int i) {
        List<String> stems = ArabicWords.stems(ArabicWords.core(tokens[i]));
        boolean cue = stems.stream().anyMatch(ARABIC_CUES::contains);
        boolean head = stems.stream().anyMatch(ARABIC_HEADS::contains);
        if (!cue && !head) {
            return Optional.empty();
        }
        int start = cue ? i + 1 : i;
        for (int end = i + 1; end < tokens.length && end - i <= MAX_WORDS; end++) {
            String core = ArabicWords.core(tokens[end]);
            if (YEAR.matcher(core).matches()) {
                return end > start ? Optional.of(new Span(start, end + 1, EntityType.EVENT, null, false)) : Optional.empty();
            }
            if (core.isEmpty() || ArabicWords.notName(core) && !core.startsWith("ال")) {
                break;
            }
        }
        if (head && i + 1 < tokens.length && BOTH.containsKey(ArabicWords.core(tokens[i]).replaceFirst("^[وبل]", "")
                + " " + ArabicWords.core(tokens[i + 1]))) {
            return Optional.of(new Span(i, i + 2, EntityType.EVENT, null, false));
        }
        return Optional.empty();
    }

    private Optional<Span> englishAt(String[] tokens, int i) {
        if (!capitalised(tokens[i])) {
            return Optional.empty();
        }
        int end = i;
        boolean cue = false;
        while (end < tokens.length && end - i < MAX_WORDS && (capitalised(tokens[end]) || tokens[end].equals("of") && end > i)) {
            cue |= ENGLISH_HEADS.contains(tokens[end]);
            end++;
        }
        boolean plain = true;
        for (int k = i; k < end; k++) {
            plain &= !MONTHS.contains(tokens[k]) && !EnglishWords.notName(tokens[k]) && !tokens[k].equals("of");
        }
        if (end < tokens.length && YEAR.matcher(tokens[end]).matches() && (cue || plain && end - i == 1)) {
            return Optional.of(new Span(i, end + 1, EntityType.EVENT, null, false));
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, end)).toLowerCase(java.util.Locale.ROOT);
        String bare = name.startsWith("the ") ? name.substring(4) : name;
        return BOTH.containsKey(bare) && cue ? Optional.of(new Span(i, end, EntityType.EVENT, null, false)) : Optional.empty();
    }

    private static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && token.chars().allMatch(Character::isLetter);
    }

    /** The event's name in the other language when it is a frequent one: World Cup 2022 → كأس العالم 2022. */
    static Optional<String> otherName(String surface, boolean arabic) {
        String name = surface.replaceAll("\\s+\\d{4}$", "").strip();
        String key = arabic ? org.mojaz.text.ArabicNormalizer.normalize(name)
                : name.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", "");
        String year = surface.matches(".*\\s\\d{4}$") ? surface.substring(surface.length() - 5) : "";
        return Optional.ofNullable(BOTH.get(key)).map(n -> n + year);
    }
}
