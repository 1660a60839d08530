package org.mojaz.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * English names: the rules of {@link EnglishNameTagger}, and the trained {@link EnglishNameModel} where one is given,
 * combined as {@link Combination} says (chosen by measurement on held-out WikiGold documents, see README).
 * Thread-safe.
 */
public final class EnglishNames {
    private final EnglishNameTagger rules;
    private final EnglishNameModel model;
    private final Combination combination;

    /** How the trained model and the rules share the work. */
    public enum Combination {
        /** Rules only (no model). */
        RULES,
        /** The model's spans only (events from the rules). */
        MODEL,
        /** The model's spans, plus every rule span that does not overlap one. */
        MODEL_RULES,
        /** The rules' spans, plus every model span that does not overlap one. */
        RULES_MODEL,
        /**
         * The rules' sure names (dictionary, our lists, teams before a score), then the model's spans that do not
         * overlap them, then the rules' acronyms (NHS, MI5) where still free.
         */
        KNOWN_MODEL,
        /** The rules' sure names, then the model's spans, then the other rule spans, each where free. */
        KNOWN_MODEL_RULES
    }

    private static final class Holder {
        static final EnglishNameTagger RULES = new EnglishNameTagger(Gazetteer.shared());
    }

    /** The process-wide rule tagger (it loads a part-of-speech model). */
    static EnglishNameTagger rules() {
        return Holder.RULES;
    }

    EnglishNames(EnglishNameModel model, Combination combination) {
        this.rules = rules();
        this.model = model;
        this.combination = model == null ? Combination.RULES : combination;
    }

    List<Span> tag(String[] tokens, NameMemory memory) {
        List<Span> byRules = rules.tag(tokens, memory);
        if (combination == Combination.RULES || EnglishWords.mostlyUpperCase(tokens)) {
            return byRules; // the model never saw an all-capitals headline or table: WikiGold has none
        }
        EnglishFeatures.prime(tokens, byRules);
        List<Span> learnt = new ArrayList<>();
        for (Span s : model.find(tokens)) {
            List<Span> inner = byRules.stream().filter(r -> s.start() <= r.start() && r.end() <= s.end() && !r.equals(s)).toList();
            if (inner.size() >= 2 || titledPerson(tokens, s, inner) || scoreInside(tokens, s)) {
                learnt.addAll(inner); // the rules split it: a results line, a cast list, "Police Commissioner Dana Whitcombe"
            } else {
                trimmed(tokens, s).filter(t -> overlaps(byRules, t) || plausible(tokens, t.start(), t.end()))
                        .ifPresent(learnt::add);
            }
        }
        List<Span> events = byRules.stream().filter(s -> s.type() == EntityType.EVENT).toList();
        return switch (combination) {
            case MODEL -> merge(events, learnt);
            case MODEL_RULES -> merge(merge(events, learnt), byRules);
            case RULES_MODEL -> merge(byRules, learnt);
            case KNOWN_MODEL -> merge(merge(merge(events, known(tokens, byRules)), learnt), acronyms(tokens, byRules));
            case KNOWN_MODEL_RULES -> merge(merge(merge(events, known(tokens, byRules)), learnt), byRules);
            case RULES -> byRules;
        };
    }

    /**
     * Rule spans the rules are sure of: names of our dictionary or of our place and organisation lists, teams
     * before a score in a results line (two or more of them: "Leeds 2 Castlebrook 1", one before a row of figures
     * of a standings table, or one between two scores: "0 Wexham 3"), and organisations read from the words around
     * them ("the search engine Vostrex"), people of a compact wire format (scorers, a scorecard, a squad list), and a place with a
     * team's plural ("Chicago Bulls").
     */
    private List<Span> known(String[] tokens, List<Span> spans) {
        List<Span> teams = spans.stream()
                .filter(s -> s.type() == EntityType.ORGANIZATION && EnglishWords.followedByScore(tokens, s.end())).toList();
        return spans.stream().filter(s -> s.known() != null || listed(tokens, s.start(), s.end())
                || rules.compactFormatPerson(tokens, s)
                || s.type() == EntityType.ORGANIZATION && s.length() >= 2 && rules.teamName(tokens, s.start(), s.end())
                || teams.contains(s) && (teams.size() >= 2 || figuresAfter(tokens, s.end()))
                || s.type() == EntityType.ORGANIZATION && EnglishWords.organisationContext(tokens, s.start(), s.end())
                || s.type() == EntityType.ORGANIZATION && (EnglishWords.resultsLine(tokens, s.end())
                        || EnglishWords.followedByScore(tokens, s.end()) && s.start() > 0
                        && EnglishWords.followedByScore(tokens, s.start() - 1))).toList();
    }

    /** "Wexham 12 8 2 2 24 10 26": only figures and punctuation after the name, a row of a standings table. */
    private static boolean figuresAfter(String[] tokens, int end) {
        int figures = 0;
        for (int i = end; i < tokens.length; i++) {
            if (tokens[i].chars().anyMatch(Character::isLetter)) {
                return false;
            }
            figures += tokens[i].chars().anyMatch(Character::isDigit) ? 1 : 0;
        }
        return figures >= 2;
    }

    /** "Tarrow Athletic 0 Wexham 3": a score inside a name of the model, followed by more of it, is a results line. */
    private static boolean scoreInside(String[] tokens, Span s) {
        for (int i = s.start() + 1; i < s.end() - 1; i++) {
            if (EnglishWords.followedByScore(tokens, i) && tokens[i + 1].chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code [s, end)} are a name of our place or organisation lists (Las Vegas, Reuters, NHS). */
    static boolean listed(String[] tokens, int s, int end) {
        String surface = String.join(" ", java.util.Arrays.copyOfRange(tokens, s, end));
        return EnglishWords.listedOrganisation(surface) || EnglishWords.listedPlace(surface)
                || NameLexicon.shared().placeInArabic(surface).isPresent();
    }

    /** The model's name holds a title and the rules' person after it ("Ms Gibson", "Police Commissioner Dana Whitcombe"). */
    private static boolean titledPerson(String[] tokens, Span s, List<Span> inner) {
        for (Span r : inner) {
            if (r.type() == EntityType.PERSON && r.start() > s.start() && EnglishWords.title(tokens[r.start() - 1])) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,5}");

    /** Rule organisations of one all-capitals word (NHS, UKIP, MI5): the model, taught on WikiGold, often drops them. */
    private static List<Span> acronyms(String[] tokens, List<Span> spans) {
        return spans.stream().filter(s -> s.type() == EntityType.ORGANIZATION && s.length() == 1
                && ACRONYM.matcher(tokens[s.start()]).matches()).toList();
    }

    private static boolean overlaps(List<Span> spans, Span s) {
        return spans.stream().anyMatch(f -> f.start() < s.end() && s.start() < f.end());
    }

    /**
     * The model's name cut to open and end on a word with a capital or a digit ("Sibella for" → "Sibella",
     * "Manny Pacquiao ?" → "Manny Pacquiao"), empty when nothing is left.
     */
    private static Optional<Span> trimmed(String[] tokens, Span s) {
        int start = s.start();
        int end = s.end();
        while (start < end && !nameLike(tokens[start])) {
            start++;
        }
        while (end > start && !nameLike(tokens[end - 1])) {
            end--;
        }
        return start == end ? Optional.empty()
                : Optional.of(start == s.start() && end == s.end() ? s : new Span(start, end, s.type(), null, false));
    }

    private static boolean nameLike(String token) {
        return token.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) && !SCORE.matcher(token).matches();
    }

    /** A score or a time, never the end of a name: "New York Yankees 5-3". */
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d+[-:]\\d+");

    /**
     * A name the model finds where the rules see nothing must look like one: not a common word, title, weekday or
     * cue word alone ("Saturday", "University"), not a nationality phrase ("South African"), and not one word that
     * is in no person's name (the rules list such a word only with evidence: "the search engine Vostrex"; WikiGold
     * odd documents 67.54 with this filter, 67.69 without; our news dev set 94.74 against 94.12).
     */
    private static boolean plausible(String[] tokens, int s, int end) {
        if (EnglishWords.nationalityPhrase(tokens, s, end)) {
            return false;
        }
        String t = tokens[s];
        if (end - s == 1 && EnglishWords.personWordCount(t) == 0) {
            return false; // one word seen in no person's name, and the rules found no reason to list it
        }
        return end - s > 1 || !(EnglishWords.notName(t) || EnglishWords.notNameAlone(t) || EnglishWords.cueWordAlone(t)
                || EnglishWords.title(t) || EnglishWords.commonAtStart(t));
    }

    /** All of {@code first}, then each span of {@code second} that overlaps none of them, in order. */
    private static List<Span> merge(List<Span> first, List<Span> second) {
        List<Span> out = new ArrayList<>(first);
        for (Span s : second) {
            if (!overlaps(first, s)) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }
}
