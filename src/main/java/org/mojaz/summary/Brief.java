package org.mojaz.summary;

import java.util.List;
import org.mojaz.core.Language;

/**
 * The summary in one language.
 *
 * @param language  which language this brief is in
 * @param summary   the short summary (about 60 words); when {@code available} is false, a note in this language
 *                  saying why there is no summary (e.g. an LLM is needed to write it)
 * @param keyPoints the longer "more" view: about five sentences or bullet points, in order; empty when unavailable
 * @param available false when this language could not be produced honestly
 */
public record Brief(Language language, String summary, List<String> keyPoints, boolean available) {

    public Brief {
        keyPoints = List.copyOf(keyPoints);
    }

    public static Brief unavailable(Language language, String note) {
        return new Brief(language, note, List.of(), false);
    }
}
