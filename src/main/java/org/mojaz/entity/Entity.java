package org.mojaz.entity;

/**
 * One entity found in an article, with both display names where they can be known.
 *
 * @param type            kind of entity
 * @param nameAr          Arabic display name, or null when unknown
 * @param nameEn          English display name, or null when unknown
 * @param mentions        how many times the article mentions it (at least 1)
 * @param firstPosition   character offset of the first mention in the text read (the body; an Arabic title, then the body)
 * @param value           normalised value: ISO-8601 for dates, a plain number/amount for NUMBER, else null
 * @param transliterated  true when one of the names was made by transliteration, not from a dictionary
 * @param note            optional short note (an LLM's role description, ...), or null
 */
public record Entity(
        EntityType type,
        String nameAr,
        String nameEn,
        int mentions,
        int firstPosition,
        String value,
        boolean transliterated,
        String note) {

    public Entity {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        if (nameAr == null && nameEn == null) {
            throw new IllegalArgumentException("an entity needs at least one name");
        }
    }
}
