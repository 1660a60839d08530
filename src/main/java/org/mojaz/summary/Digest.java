package org.mojaz.summary;

import java.util.List;
import org.mojaz.entity.Entity;

/**
 * What the user gets for one article: an Arabic and an English brief, the entities, and which engine wrote it.
 *
 * @param contentHash   the article's content hash (cache key together with engine and prompt version)
 * @param arabic        the Arabic brief (or a note why there is none)
 * @param english       the English brief (or a note why there is none)
 * @param entities      people, organisations, places, dates and number facts, most important first
 * @param engine        who wrote it: {@code extractive}, or {@code llm:<provider>/<model>}
 * @param promptVersion hash of the prompt template used, or {@code -} for engines without a prompt
 * @param notice        short reason shown to the user when a fallback happened ("the model timed out"), or null
 */
public record Digest(
        String contentHash,
        Brief arabic,
        Brief english,
        List<Entity> entities,
        String engine,
        String promptVersion,
        String notice) {

    public Digest {
        entities = List.copyOf(entities);
    }

    public Digest withNotice(String newNotice) {
        return new Digest(contentHash, arabic, english, entities, engine, promptVersion, newNotice);
    }
}
