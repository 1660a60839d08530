package org.mojaz.qa;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;
import org.mojaz.text.ArabicNormalizer;

/**
 * What kind of answer a question expects, read from its question word: متى/when → a date, كم/how many → a number,
 * من/who → a person, أين/where → a place; ما/what and لماذا/why expect no particular kind.
 */
public enum AnswerType {
    DATE, NUMBER, PERSON, PLACE, NONE;

    private static final Pattern EN_DATE = Pattern.compile("^(when|what (date|day|year|month|time)|which (date|day|year|month)|on what (date|day)|in what (year|month)|by when|until when)\\b");
    private static final Pattern EN_NUMBER = Pattern.compile("^(how (many|much|far|big|large|high|long is|tall|deep|old)|what (is the |was the )?(percentage|share|number|amount|cost|price|budget|capacity|rate|value|total)|what percent)\\b");
    private static final Pattern EN_PERSON = Pattern.compile("^(who|whom|whose)\\b");
    private static final Pattern EN_PLACE = Pattern.compile("^(where|in which (city|country|town|region|province)|which (city|country|town|region|province))\\b");
    private static final Pattern AR_DATE = Pattern.compile("^(و|ف)?(متي|في اي (يوم|تاريخ|عام|سنه|شهر)|اي (يوم|تاريخ|عام|سنه|شهر)|الي متي|حتي متي)(\\s|$)");
    private static final Pattern AR_NUMBER = Pattern.compile("^(و|ف)?(كم|بكم|ما (هي |هو )?(نسبه|عدد|قيمه|تكلفه|كلفه|حجم|مبلغ|سعر|مساحه|طول|مسافه|ميزانيه))(\\s|$)");
    private static final Pattern AR_PERSON = Pattern.compile("^(و|ف)?(من|لمن)(\\s|$)");
    private static final Pattern AR_PLACE = Pattern.compile("^(و|ف)?(اين|في اي (مدينه|بلد|دوله|منطقه|ولايه|مكان)|الي اين|من اين)(\\s|$)");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

    /**
     * True for the kinds our finders see reliably (dates, numbers): a passage without one cannot answer. Names are
     * only a preference, since a person may be named in a way the tagger misses.
     */
    public boolean strict() {
        return this != NONE;
    }

    /** The kind of answer {@code question} expects. */
    public static AnswerType of(String question) {
        String q = ArabicNormalizer.normalize(question.strip()).toLowerCase(Locale.ROOT)
                .replaceAll("^[^\\p{L}\\d]+", "").replaceAll("\\s+", " ");
        if (q.startsWith("and ")) {
            q = q.substring(4);
        }
        if (EN_DATE.matcher(q).find() || AR_DATE.matcher(q).find()) {
            return DATE;
        }
        if (EN_NUMBER.matcher(q).find() || AR_NUMBER.matcher(q).find()) {
            return NUMBER;
        }
        if (EN_PLACE.matcher(q).find() || AR_PLACE.matcher(q).find()) {
            return PLACE;
        }
        if (EN_PERSON.matcher(q).find() || AR_PERSON.matcher(q).find()) {
            return PERSON;
        }
        return NONE;
    }

    /** True when a passage with these entities (and this text) holds an answer of this kind. */
    public boolean isIn(String passage, List<Entity> entities) {
        return switch (this) {
            case DATE -> entities.stream().anyMatch(e -> e.type() == EntityType.DATE && e.value() != null)
                    || YEAR.matcher(passage).find();
            case NUMBER -> has(entities, EntityType.NUMBER) || ArabicNormalizer.normalize(passage).matches("(?s).*\\d.*");
            case PERSON -> has(entities, EntityType.PERSON) || has(entities, EntityType.ORGANIZATION);
            case PLACE -> has(entities, EntityType.PLACE) || has(entities, EntityType.ORGANIZATION);
            case NONE -> true;
        };
    }

    private static boolean has(List<Entity> entities, EntityType type) {
        return entities.stream().anyMatch(e -> e.type() == type);
    }
}
