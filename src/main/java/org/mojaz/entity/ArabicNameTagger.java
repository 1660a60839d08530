package org.mojaz.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Arabic names, with no capital letters to help: dictionary names read through proclitics (والجزائر,
 * بالمغرب, للأمم المتحدة), nisba adjectives, organisation and place cue nouns (حزب، وزارة، مدينة...), people after
 * titles (الرئيس، وزير الخارجية الأمريكي...) or starting with a known given name, and the document's name memory.
 */
final class ArabicNameTagger {
    private static final int MAX_NAME = 4;

    private final Gazetteer gazetteer;

    ArabicNameTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** One sentence being tagged: its tokens' normalised cores and clitic readings. */
    private record Words(String[] tokens, String[] cores, List<List<String>> stems) {
        static Words of(String[] tokens) {
            String[] cores = new String[tokens.length];
            List<List<String>> stems = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                cores[i] = ArabicWords.core(tokens[i]);
                stems.add(ArabicWords.stems(cores[i]));
            }
            return new Words(tokens, cores, stems);
        }

        int size() {
            return tokens.length;
        }

        /** The reading of token i without clitics (its last stem). */
        String bare(int i) {
            List<String> s = stems.get(i);
            return s.get(s.size() - 1);
        }

        boolean nameWord(int i) {
            return i < tokens.length && !ArabicWords.notName(cores[i]) && !ArabicWords.notName(bare(i))
                    && !ArabicWords.PERSON_TITLES.contains(bare(i));
        }
    }

    List<Span> tag(String[] tokens, NameMemory memory) {
        Words w = Words.of(tokens);
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            Optional<Span> span = spanAt(w, i, memory);
            if (span.isPresent()) {
                Span found = span.get();
                spans.add(found);
                if (found.known() != null || found.length() >= 2) {
                    memory.remember(memorable(keys(w, found)), found);
                }
                i = found.end();
            } else {
                i++;
            }
        }
        return spans;
    }

    private Optional<Span> spanAt(Words w, int i, NameMemory memory) {
        if (w.cores[i].isEmpty()) {
            return Optional.empty();
        }
        Optional<Span> known = known(w, i);
        if (known.isPresent()) {
            return known;
        }
        for (String stem : w.stems.get(i)) {
            Optional<KnownName> nisba = gazetteer.nisba(stem);
            if (nisba.isPresent()) {
                return Optional.of(new Span(i, i + 1, EntityType.PLACE, nisba.get(), true));
            }
        }
        return organisation(w, i)
                .or(() -> place(w, i))
                .or(() -> titledPerson(w, i, memory))
                .or(() -> givenNamePerson(w, i, memory))
                .or(() -> spokenOrTitledAfter(w, i, memory))
                .or(() -> remembered(w, i, memory));
    }

    /** The longest dictionary name starting at token i, read through the first token's clitics. */
    private Optional<Span> known(Words w, int i) {
        for (int end = Math.min(w.size(), i + Gazetteer.MAX_TOKENS); end > i; end--) {
            StringBuilder rest = new StringBuilder();
            for (int j = i + 1; j < end; j++) {
                rest.append(' ').append(w.cores[j]);
            }
            for (String stem : w.stems.get(i)) {
                Optional<KnownName> k = gazetteer.find(stem + rest);
                if (k.isPresent() && !k.get().givenName()) {
                    return Optional.of(new Span(i, end, k.get().type(), k.get(), false));
                }
            }
        }
        return Optional.empty();
    }

    /** حزب التجمع المصري, وزارة الخارجية: a cue noun and the definite words after it. */
    private Optional<Span> organisation(Words w, int i) {
        if (!ArabicWords.anyIn(w.stems.get(i), ArabicWords.ORG_CUES)) {
            return Optional.empty();
        }
        int end = i + 1;
        while (end < w.size() && end - i <= 3 && w.nameWord(end) && w.cores[end].startsWith("ال")
                && !ArabicWords.NOT_IN_ORG.contains(w.cores[end]) || end < w.size() && end == i + 1 && known(w, end).isPresent()) {
            Optional<Span> inner = known(w, end);
            end = inner.isPresent() ? inner.get().end() : end + 1;
        }
        if (end == i + 1 && i + 1 < w.size() && ArabicWords.TITLE_FILLERS.contains(w.cores[i + 1])) {
            end = i + 2;
        }
        return end > i + 1 ? Optional.of(new Span(i, end, EntityType.ORGANIZATION, null, false)) : Optional.empty();
    }

    /** مدينة الصالحية: the name after a place cue noun (the cue itself is not part of the name). */
    private Optional<Span> place(Words w, int i) {
        if (!ArabicWords.anyIn(w.stems.get(i), ArabicWords.PLACE_CUES) || !w.nameWord(i + 1)) {
            return Optional.empty();
        }
        Optional<Span> known = known(w, i + 1);
        if (known.isPresent()) {
            return known;
        }
        if (gazetteer.nisba(w.cores[i + 1]).isPresent() || ArabicWords.TITLE_FILLERS.contains(w.cores[i + 1])) {
            return Optional.empty();
        }
        return Optional.of(new Span(i + 1, i + 2, EntityType.PLACE, null, false));
    }

    /** الرئيس الأمريكي جورج بوش: skip the title, its portfolio and nisba words, then read the name. */
    private Optional<Span> titledPerson(Words w, int i, NameMemory memory) {
        if (!ArabicWords.anyIn(w.stems.get(i), ArabicWords.PERSON_TITLES)) {
            return Optional.empty();
        }
        int s = i + 1;
        while (s < w.size() && s - i <= 4 && filler(w, s)) {
            s++;
        }
        if (!w.nameWord(s) || gazetteer.find(w.bare(s)).filter(k -> !k.givenName()).isPresent()
                || w.cores[s].startsWith("ال") && !givenName(w, s)) {
            return Optional.empty();
        }
        return Optional.of(new Span(s, nameEnd(w, s, memory), EntityType.PERSON, null, false));
    }

    private boolean filler(Words w, int s) {
        String c = w.cores[s];
        return ArabicWords.TITLE_FILLERS.contains(c) || ArabicWords.PERSON_TITLES.contains(c)
                || gazetteer.nisba(c).isPresent() || c.startsWith("لل") && gazetteer.find("ال" + c.substring(2)).isPresent()
                || c.startsWith("ل") && gazetteer.find(c.substring(1)).isPresent();
    }

    /** محمد بن راشد, أسامة بن لادن: a person starting with a known given name. */
    private Optional<Span> givenNamePerson(Words w, int i, NameMemory memory) {
        if (!givenName(w, i)) {
            return Optional.empty();
        }
        int end = nameEnd(w, i, memory);
        return end - i >= 2 ? Optional.of(new Span(i, end, EntityType.PERSON, null, false)) : Optional.empty();
    }

    private boolean givenName(Words w, int i) {
        if (w.tokens[i].endsWith("ى") && !w.tokens[i].endsWith("موسى") && !w.tokens[i].endsWith("عيسى")) {
            return false;
        }
        if (w.bare(i).equals("علي") && (i + 1 >= w.size() || w.cores[i + 1].startsWith("ال") || !w.nameWord(i + 1))) {
            return false;
        }
        for (String stem : w.stems.get(i)) {
            if (gazetteer.find(stem).filter(KnownName::givenName).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** وقال ليبرمان / ليبرمان وزير الشؤون: a bare word after a speech verb or before an office in apposition. */
    private Optional<Span> spokenOrTitledAfter(Words w, int i, NameMemory memory) {
        if (!w.nameWord(i) || w.cores[i].startsWith("ال") || ArabicWords.cliticWithArticle(w.cores[i])
                || w.cores[i].startsWith("و") || gazetteer.find(w.bare(i)).isPresent()) {
            return Optional.empty();
        }
        boolean spoken = i > 0 && ArabicWords.SPEECH_VERBS.contains(w.cores[i - 1]);
        int end = nameEnd(w, i, memory);
        boolean titled = end < w.size() && ArabicWords.APPOSITION_TITLES.contains(w.cores[end]);
        return spoken || titled ? Optional.of(new Span(i, end, EntityType.PERSON, null, false)) : Optional.empty();
    }

    /** A single word met earlier as part of a person's name, or as a place or organisation. */
    private Optional<Span> remembered(Words w, int i, NameMemory memory) {
        for (String stem : w.stems.get(i)) {
            Optional<EntityType> type = memory.typeOf(stem);
            if (type.isPresent() && w.nameWord(i)) {
                int end = type.get() == EntityType.PERSON ? rememberedEnd(w, i, memory) : i + 1;
                return Optional.of(new Span(i, end, type.get(), null, false));
            }
        }
        return Optional.empty();
    }

    private int rememberedEnd(Words w, int i, NameMemory memory) {
        int end = i + 1;
        while (end < w.size() && end - i < MAX_NAME && memory.typeOf(w.cores[end]).filter(t -> t == EntityType.PERSON).isPresent()) {
            end++;
        }
        return end;
    }

    /** Where a name that starts at s ends: given names, links (بن، أبو، عبد) and up to two more name words. */
    private int nameEnd(Words w, int s, NameMemory memory) {
        int end = s + 1;
        int free = 0;
        boolean given = givenName(w, s);
        while (end < w.size() && end - s < MAX_NAME && !w.cores[end].isEmpty()) {
            String c = w.cores[end];
            boolean link = ArabicWords.NAME_LINKS.contains(w.cores[end - 1]);
            if (link || ArabicWords.NAME_LINKS.contains(c) && w.nameWord(end + 1)
                    || gazetteer.find(c).filter(KnownName::givenName).isPresent()
                    || ArabicWords.ORDINALS.contains(c)
                    || memory.typeOf(c).filter(t -> t == EntityType.PERSON).isPresent()) {
                end++;
            } else if (free < 1 && (given || !c.startsWith("ال")) && w.nameWord(end) && !ArabicWords.cliticWithArticle(c) && !c.startsWith("و")
                    && gazetteer.nisba(c).isEmpty() && !ArabicWords.TITLE_FILLERS.contains(c)
                    && gazetteer.find(c).isEmpty() && !endsSentence(w.tokens[end - 1])) {
                end++;
                free++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean endsSentence(String token) {
        char last = token.charAt(token.length() - 1);
        return !Character.isLetterOrDigit(last);
    }

    /** Keys worth remembering: not links, ordinals, office words or function words. */
    private static String[] memorable(String[] keys) {
        return java.util.Arrays.stream(keys)
                .filter(k -> !ArabicWords.notName(k) && !ArabicWords.NAME_LINKS.contains(k)
                        && !ArabicWords.ORDINALS.contains(k) && !ArabicWords.TITLE_FILLERS.contains(k)
                        && !ArabicWords.PERSON_TITLES.contains(k))
                .toArray(String[]::new);
    }

    private static String[] keys(Words w, Span span) {
        String[] keys = new String[span.length()];
        for (int i = span.start(); i < span.end(); i++) {
            keys[i - span.start()] = i == span.start() ? w.bare(i) : w.cores[i];
        }
        return keys;
    }
}
