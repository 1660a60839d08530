package org.mojaz.entity;

/**
 * A name we know in both languages, from the curated list or from CLDR.
 *
 * @param type       PERSON, ORGANIZATION or PLACE
 * @param nameEn     English display name
 * @param nameAr     Arabic display name
 * @param givenName  true for a given name alone (it starts a person's name but is not a whole entity)
 */
record KnownName(EntityType type, String nameEn, String nameAr, boolean givenName) {
}
