package org.mojaz.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mojaz.core.Language;
import org.mojaz.text.TextCap;

/**
 * Finds people, organisations, places, dates and number facts in an article body, with both names.
 * Cheap to construct (models and dictionaries are shared per process) and thread-safe.
 */
public final class EntityExtractor {
    /** Characters of a text read at most (cut at a boundary): a 5 MB page costs no more than a long article. */
    public static final int MAX_TEXT_CHARS = 100_000;

    private final NameTagger tagger;
    private final BilingualNames names;
    private final DateFinder dates = new DateFinder();
    private final NumberFinder numbers = new NumberFinder();

    public EntityExtractor() {
        this.tagger = NameTagger.shared();
        this.names = new BilingualNames(Gazetteer.shared());
    }

    /**
     * The dates and number facts of the text only, in order: the finders without the name tagger, for callers that
     * only ask "is there a date here?" (question answering checks many passages per question).
     */
    public List<Entity> datesAndNumbers(String text, Language language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Language lang = language == Language.ARABIC ? Language.ARABIC : Language.ENGLISH;
        List<Entity> out = new ArrayList<>();
        FoldedText folded = new FoldedText(text);
        facts(EntityType.DATE, dates.find(folded, lang), out);
        facts(EntityType.NUMBER, numbers.find(folded, lang), out);
        return List.copyOf(out);
    }

    /** Entities of the text (its first {@link #MAX_TEXT_CHARS} characters), most mentioned first (ties: earliest first); dates and numbers after the names. */
    public List<Entity> extract(String whole, Language language) {
        return extract(whole, language, null);
    }

    /**
     * As {@link #extract(String, Language)}, with relative and year-less dates (أمس، الأربعاء، شتنبر الماضي, last
     * month) resolved against {@code reference}, the article's own date; null leaves them as written.
     */
    public List<Entity> extract(String whole, Language language, LocalDate reference) {
        if (whole == null || whole.isBlank()) {
            return List.of();
        }
        String text = TextCap.cut(whole, MAX_TEXT_CHARS);
        Language lang = language == Language.ARABIC ? Language.ARABIC : Language.ENGLISH;
        Map<String, Tally> tallies = new LinkedHashMap<>();
        NameMemory memory = new NameMemory();
        Homographs homographs = Homographs.of(text, lang);
        for (TokenizedText.Sentence s : TokenizedText.of(text, lang).sentences()) {
            for (Span found : tagger.tag(s.tokens(), lang, memory)) {
                Span span = homographs.resolve(found, s.tokens());
                if (span != null) {
                    count(tallies, s, span, lang, text);
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        tallies.values().stream().sorted(Comparator.comparingInt((Tally t) -> -t.mentions).thenComparingInt(t -> t.first))
                .forEach(t -> out.add(t.entity()));
        FoldedText folded = new FoldedText(text);
        facts(EntityType.DATE, dates.find(folded, lang, reference), out);
        facts(EntityType.NUMBER, numbers.find(folded, lang), out);
        return List.copyOf(out);
    }

    /**
     * The value (an ISO date, month or year) of a date another engine named in this text, such as a language model's
     * "الثلاثاء": the date our finder reads where the text writes it, the name holding the words written or they the
     * name (الثلاثاء in يوم الثلاثاء), resolved against {@code reference} (the article's own date, or null); a name
     * of digits only (2026) must be written as it is, not inside a longer date (سبتمبر 2026). Empty when the finder
     * reads no such date, or cannot place it without a reference.
     */
    public Optional<String> dateValue(String text, Language language, LocalDate reference, String name) {
        String wanted = name == null ? "" : Gazetteer.key(name);
        if (text == null || wanted.length() < 3) {
            return Optional.empty();
        }
        boolean words = wanted.codePoints().anyMatch(Character::isLetter);
        Language lang = language == Language.ARABIC ? Language.ARABIC : Language.ENGLISH;
        for (Found f : dates.find(new FoldedText(TextCap.cut(text, MAX_TEXT_CHARS)), lang, reference)) {
            String written = Gazetteer.key(f.surface());
            boolean same = words ? !written.isEmpty() && (wanted.contains(written) || written.contains(wanted))
                    : written.equals(wanted);
            if (f.value() != null && same) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Both names of one whole name of a known type, as the brief would list it (to measure the name lists):
     * {@code transliterated} when a word had to be spelt letter by letter.
     */
    public Entity name(String surface, EntityType type, Language language) {
        BilingualNames.Pair pair = names.name(surface, type, language == Language.ARABIC ? Language.ARABIC : Language.ENGLISH);
        return new Entity(type, pair.nameAr(), pair.nameEn(), 1, 0, null, pair.transliterated(), null);
    }

    private void count(Map<String, Tally> tallies, TokenizedText.Sentence s, Span span, Language lang, String text) {
        int start = s.starts()[span.start()];
        String surface = text.substring(start, s.ends()[span.end() - 1]);
        BilingualNames.Pair pair = names.of(span, surface, s.tokens(), lang);
        String written = lang == Language.ARABIC && pair.nameAr() != null ? pair.nameAr() : surface;
        String name = Gazetteer.key(pair.nameEn() != null && span.known() != null ? pair.nameEn() : written);
        String key = span.type() == EntityType.EVENT ? "EVENT:" + name : name;
        if (span.length() == 1 && span.type() != EntityType.EVENT
                && (span.known() == null || span.type() == EntityType.PERSON)) {
            key = personKey(tallies, key, written, pair.nameEn(),
                    lang == Language.ARABIC && span.type() == EntityType.PERSON);
        }
        Tally tally = tallies.computeIfAbsent(key, k -> new Tally(pair, start));
        tally.mentions++;
        tally.votes.merge(span.type(), 1, Integer::sum);
    }

    /**
     * One word of a name alone joins the full name of a person met earlier, by its Arabic or its English form
     * (Tebboune → Abdelmadjid Tebboune, سعيد → قيس سعيد, بشار → بشار الأسد), whatever type the lone word was given
     * ("Celtic" alone is not a second entity next to a person of that name). In Arabic text a lone word said to be a
     * person also joins a full name typed an organisation that reads as a person's ({@link #readsAsPerson}), which
     * then is one.
     */
    private static String personKey(Map<String, Tally> tallies, String key, String surface, String english,
            boolean arabicPerson) {
        String word = Gazetteer.key(surface);
        String wordEn = english == null ? "" : Gazetteer.key(english);
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            boolean personName = t.type() == EntityType.PERSON
                    || arabicPerson && t.type() == EntityType.ORGANIZATION && readsAsPerson(t.names.nameAr());
            if (personName && !e.getKey().equals(key)
                    && (hasWord(e.getKey(), word) || hasWord(t.names.nameAr(), word)
                    || hasWord(t.names.nameEn(), wordEn))) {
                t.person |= t.type() != EntityType.PERSON;
                return e.getKey();
            }
        }
        return key;
    }

    /**
     * سعاد الإدريسي: two or three Arabic words opening with a word of people's names and without an organisation's
     * cue noun. Typed an organisation (after للمكتب،), such a name is a person once one of its words alone is.
     */
    private static boolean readsAsPerson(String nameAr) {
        if (nameAr == null) {
            return false;
        }
        String[] words = Gazetteer.key(nameAr).split(" ");
        if (words.length < 2 || words.length > 3 || words[0].startsWith("ال")
                || !NameLexicon.shared().personWord(words[0])) {
            return false;
        }
        for (String w : words) {
            List<String> stems = ArabicWords.stems(w);
            if (ArabicWords.anyIn(stems, ArabicWords.ORG_CUES) || ArabicWords.anyIn(stems, ArabicWords.NAMED_ORG_CUES)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasWord(String name, String word) {
        return name != null && !word.isEmpty() && name.indexOf(' ') > 0
                && List.of(Gazetteer.key(name).split(" ")).contains(word);
    }

    private static void facts(EntityType type, List<Found> found, List<Entity> out) {
        Map<String, Entity> byValue = new LinkedHashMap<>();
        for (Found f : found) {
            String key = f.value() != null ? f.value() : f.nameEn();
            Entity seen = byValue.get(key);
            int mentions = seen == null ? 1 : seen.mentions() + 1;
            int first = seen == null ? f.start() : Math.min(seen.firstPosition(), f.start());
            Entity base = seen == null ? new Entity(type, f.nameAr(), f.nameEn(), 1, f.start(), f.value(), false, null) : seen;
            byValue.put(key, new Entity(type, base.nameAr(), base.nameEn(), mentions, first, base.value(), false, null));
        }
        byValue.values().stream().sorted(Comparator.comparingInt(Entity::firstPosition)).forEach(out::add);
    }

    /**
     * Mentions of one entity so far, keyed by its name alone: a name typed two ways in one text (Celtic the club and
     * Celtic the place) is one entity, of the type most of its mentions had (ties: the first).
     */
    private static final class Tally {
        final BilingualNames.Pair names;
        final int first;
        final Map<EntityType, Integer> votes = new LinkedHashMap<>();
        int mentions;
        /** A name typed otherwise that one of its words alone showed to be a person's ({@link #readsAsPerson}). */
        boolean person;

        Tally(BilingualNames.Pair names, int first) {
            this.names = names;
            this.first = first;
        }

        EntityType type() {
            if (person) {
                return EntityType.PERSON;
            }
            EntityType best = null;
            for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
                if (best == null || e.getValue() > votes.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        Entity entity() {
            return new Entity(type(), names.nameAr(), names.nameEn(), mentions, first, null, names.transliterated(), null);
        }
    }
}
