package org.mojaz.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the tagger has learnt earlier in one document: a surname alone after a full mention is the same person,
 * and a single name already typed with good evidence keeps its type. One instance per document and thread.
 */
public final class NameMemory {
    private final Map<String, Span> byWord = new HashMap<>();

    /** Remembers a typed span; for people, each word of the name points back to the full name. */
    void remember(String[] keys, Span span) {
        if (span.adjective() || keys.length == 0) {
            return;
        }
        if (span.type() == EntityType.PERSON && keys.length > 1) {
            for (String k : keys) {
                byWord.putIfAbsent(k, span);
            }
        } else if (keys.length == 1) {
            byWord.putIfAbsent(keys[0], span);
        }
    }

    /** The type given earlier to a name of one word (a surname, a place, an organisation). */
    Optional<EntityType> typeOf(String key) {
        Span s = byWord.get(key);
        return s == null ? Optional.empty() : Optional.of(s.type());
    }

    public void clear() {
        byWord.clear();
    }
}
