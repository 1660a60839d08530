package org.mojaz.entity;

import java.util.List;
import org.mojaz.core.Language;

/**
 * Finds people, organisations and places in a tokenised sentence. Used by {@link EntityExtractor} on article
 * text and by the entity evaluation on pre-tokenised data, so the figures measure the product's own logic.
 * Thread-safe; the models and dictionaries are loaded once per process.
 */
public final class NameTagger {
    private final EnglishNameTagger english;
    private final ArabicNameTagger arabic;

    private NameTagger() {
        Gazetteer gazetteer = Gazetteer.shared();
        this.english = new EnglishNameTagger(gazetteer);
        this.arabic = new ArabicNameTagger(gazetteer);
    }

    private static final class Holder {
        static final NameTagger SHARED = new NameTagger();
    }

    /** The process-wide tagger (loading the part-of-speech model and dictionaries takes about a second). */
    public static NameTagger shared() {
        return Holder.SHARED;
    }

    /** Typed spans over one sentence's tokens, in order, not overlapping. */
    public List<Span> tag(String[] tokens, Language language, NameMemory memory) {
        return language == Language.ARABIC ? arabic.tag(tokens, memory) : english.tag(tokens, memory);
    }

    /** Same as {@link #tag(String[], Language, NameMemory)} with no memory of earlier sentences. */
    public List<Span> tag(String[] tokens, Language language) {
        return tag(tokens, language, new NameMemory());
    }
}
