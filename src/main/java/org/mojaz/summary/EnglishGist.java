package org.mojaz.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;

/**
 * One English line for an Arabic article when no model can write an English summary: the article's own main
 * entities in their English names, grouped by kind (people and organisations, places, dates, figures) and joined
 * with " · ", e.g. "Algeria, Russia · Béchar · until 28 November · 23 billion dollars". Only names that are known in
 * English (a dictionary name, not a guess by transliteration) and dates with a value ("Sunday" alone says little)
 * are used; empty when there are none. Pure.
 */
final class EnglishGist {
    static final String LABEL = "Gist (names, dates and figures from the article, not a translation): ";
    private static final int PER_KIND = 3;

    private EnglishGist() {
    }

    /** The gist line without its label, or an empty string when the article names nothing we can show. */
    static String of(List<Entity> entities) {
        List<String> groups = new ArrayList<>();
        add(groups, entities, EntityType.PERSON, EntityType.ORGANIZATION);
        add(groups, entities, EntityType.PLACE);
        add(groups, entities, EntityType.DATE);
        add(groups, entities, EntityType.NUMBER);
        return String.join(" · ", groups);
    }

    private static void add(List<String> groups, List<Entity> entities, EntityType... types) {
        List<String> names = new ArrayList<>();
        for (Entity e : entities) {
            if (names.size() < PER_KIND && List.of(types).contains(e.type()) && english(e)
                    && !names.contains(e.nameEn())) {
                names.add(e.nameEn());
            }
        }
        if (!names.isEmpty()) {
            groups.add(String.join(", ", names));
        }
    }

    private static boolean english(Entity e) {
        String name = e.nameEn();
        return name != null && !name.isBlank() && !e.transliterated()
                && (e.type() != EntityType.DATE || e.value() != null)
                && name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                && !name.toLowerCase(Locale.ROOT).equals("null");
    }
}
