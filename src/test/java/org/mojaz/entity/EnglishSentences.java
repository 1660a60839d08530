package org.mojaz.entity;

import java.util.Arrays;
import java.util.List;
import org.mojaz.core.Language;

/** Our English test sentences, tokens split on spaces, through the shared tagger. */
final class EnglishSentences {
    private EnglishSentences() {
    }

    static List<Span> tag(String sentence) {
        return NameTagger.shared().tag(sentence.split(" "), Language.ENGLISH);
    }

    static String text(String sentence, Span span) {
        return String.join(" ", Arrays.copyOfRange(sentence.split(" "), span.start(), span.end()));
    }
}
