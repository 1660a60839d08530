package org.mojaz.entity;

/**
 * A typed run of tokens {@code [start, end)} found by {@link NameTagger}.
 *
 * @param start      index of the first token
 * @param end        index after the last token
 * @param type       PERSON, ORGANIZATION or PLACE
 * @param known      the dictionary entry it matched, or null
 * @param adjective  true for a nisba adjective (الجزائرية) mapped to its country: listed, but not a name mention
 */
public record Span(int start, int end, EntityType type, KnownName known, boolean adjective) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
