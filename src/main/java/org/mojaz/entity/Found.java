package org.mojaz.entity;

/**
 * A date or number fact found in a text.
 *
 * @param start    character offset in the original text
 * @param surface  the text as written
 * @param value    normalised value (ISO date, plain amount), or null
 * @param nameAr   Arabic display form
 * @param nameEn   English display form
 */
record Found(int start, String surface, String value, String nameAr, String nameEn) {
}
