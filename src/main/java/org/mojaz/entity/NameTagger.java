package org.mojaz.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mojaz.core.Language;

/**
 * Finds people, organisations and places in a tokenised sentence. Used by {@link EntityExtractor} on article
 * text and by the entity evaluation on pre-tokenised data, so the figures measure the product's own logic.
 * Thread-safe; the models and dictionaries are loaded once per process.
 */
public final class NameTagger {
    private final EnglishNames english;
    private final ArabicNameTagger arabic;
    private final EventNames events = new EventNames();

    /** How the shipped tagger combines the Arabic model and rules (measured on a held-out split, see README). */
    static final ArabicNameTagger.Combination ARABIC_DEFAULT = ArabicNameTagger.Combination.MODEL;

    /** How the shipped tagger combines the English model and rules (measured on held-out WikiGold, see README). */
    static final EnglishNames.Combination ENGLISH_DEFAULT = EnglishNames.Combination.KNOWN_MODEL;

    private NameTagger(ArabicNameModel arabicModel, ArabicNameTagger.Combination combination,
            EnglishNameModel englishModel, EnglishNames.Combination englishCombination) {
        Gazetteer gazetteer = Gazetteer.shared();
        this.english = new EnglishNames(englishModel, englishCombination);
        this.arabic = new ArabicNameTagger(gazetteer, arabicModel, combination);
    }

    private static final class Holder {
        static final NameTagger SHARED = new NameTagger(ArabicNameModel.shipped().orElse(null), ARABIC_DEFAULT,
                EnglishNameModel.shipped().orElse(null), ENGLISH_DEFAULT);
    }

    /** The combination the shared tagger uses. */
    public static ArabicNameTagger.Combination arabicDefault() {
        return ARABIC_DEFAULT;
    }

    /** A tagger with another Arabic model or combination (to measure them); null model means rules only. */
    public static NameTagger with(ArabicNameModel arabicModel, ArabicNameTagger.Combination combination) {
        return new NameTagger(arabicModel, combination, EnglishNameModel.shipped().orElse(null), ENGLISH_DEFAULT);
    }

    /** The combination the shared tagger uses for English. */
    public static EnglishNames.Combination englishDefault() {
        return ENGLISH_DEFAULT;
    }

    /** A tagger with another English model or combination (to measure them); null model means rules only. */
    public static NameTagger withEnglish(EnglishNameModel englishModel, EnglishNames.Combination combination) {
        return new NameTagger(ArabicNameModel.shipped().orElse(null), ARABIC_DEFAULT, englishModel, combination);
    }

    /** The process-wide tagger (loading the part-of-speech model and dictionaries takes about a second). */
    public static NameTagger shared() {
        return Holder.SHARED;
    }

    /** Typed spans over one sentence's tokens, in order, not overlapping. */
    public List<Span> tag(String[] tokens, Language language, NameMemory memory) {
        boolean ar = language == Language.ARABIC;
        List<Span> names = ar ? arabic.tag(tokens, memory) : english.tag(tokens, memory);
        List<Span> events = this.events.find(tokens, ar);
        if (events.isEmpty()) {
            return names;
        }
        List<Span> out = new ArrayList<>(events);
        for (Span n : names) {
            if (events.stream().noneMatch(e -> e.start() < n.end() && n.start() < e.end())) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /** Same as {@link #tag(String[], Language, NameMemory)} with no memory of earlier sentences. */
    public List<Span> tag(String[] tokens, Language language) {
        return tag(tokens, language, new NameMemory());
    }
}
