package org.mojaz.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.entity.EntityType;
import org.mojaz.core.Article;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.core.Language;

/**
 * Keeps only the entities a model named that really occur in the article. Matching uses
 * {@link ArabicNormalizer} on both sides (harakat, alef forms, ta marbuta, Arabic-Indic digits, Latin case); Latin
 * names must match whole words, Arabic names whole words that may carry attached prefixes (و ف ب ل ك ال). Dates and numbers also match
 * by their digits. Positions are offsets in the normalised text, close to the original ones.
 */
final class EntityGrounding {
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[,٬]\\d{3})*(?:[.٫]\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int NOTE_MAX_CHARS = 120;

    private final Article article;
    private final EntityExtractor entities;
    /** The title and the text, as the model saw them. */
    private final String whole;
    private final String text;
    private final Set<String> numbers = new HashSet<>();

    /** {@code entities} reads the article's own dates: a model's "Tuesday" gets the date the article means by it. */
    EntityGrounding(Article article, EntityExtractor entities) {
        this.article = article;
        this.entities = entities;
        this.whole = article.title() + "\n" + article.text();
        this.text = " " + words(whole) + " ";
        Matcher m = DIGITS.matcher(ArabicNormalizer.normalize(whole));
        while (m.find()) {
            numbers.add(plainNumber(m.group()));
        }
    }

    List<Entity> ground(List<LlmAnswer.Named> named, Predicate<String> clean) {
        List<Entity> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LlmAnswer.Named n : named) {
            Entity e = ground(n, clean);
            if (e != null && seen.add(e.type() + "|" + e.nameAr() + "|" + e.nameEn())) {
                out.add(e);
            }
        }
        return out;
    }

    private Entity ground(LlmAnswer.Named n, Predicate<String> clean) {
        EntityType type = n == null ? null : type(n.type());
        if (type == null) {
            return null;
        }
        String ar = name(n.nameAr(), Language.ARABIC, clean);
        String en = name(n.nameEn(), Language.ENGLISH, clean);
        if (ar == null && en == null) {
            return null;
        }
        int position = firstOf(ar, en);
        boolean numeric = type == EntityType.DATE || type == EntityType.NUMBER;
        if (position < 0 && !(numeric && digitsOccur(ar, en))) {
            return null;
        }
        String note = n.note() == null || n.note().isBlank() || !clean.test(n.note()) ? null : shorten(n.note().trim());
        return new Entity(type, ar, en, Math.max(1, mentions(ar, en)), Math.max(0, position), value(type, ar, en),
                false, note);
    }

    private static EntityType type(String type) {
        try {
            return type == null ? null : EntityType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String name(String name, Language language, Predicate<String> clean) {
        if (name == null || name.isBlank() || !clean.test(name)) {
            return null;
        }
        String t = name.trim();
        boolean hasLetters = t.codePoints().anyMatch(Character::isLetter);
        return !hasLetters || LlmAnswerCheck.inScript(t, language) ? t : null;
    }

    private int firstOf(String ar, String en) {
        int a = indexOf(ar);
        int e = indexOf(en);
        return a < 0 ? e : e < 0 ? a : Math.min(a, e);
    }

    private int indexOf(String name) {
        Matcher m = matcher(name);
        return m != null && m.find() ? m.start() : -1;
    }

    private int mentions(String ar, String en) {
        return Math.max(count(ar), count(en));
    }

    private int count(String name) {
        Matcher m = matcher(name);
        int n = 0;
        while (m != null && m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Whole words of the normalised text; an Arabic name may carry the attached prefixes a word takes in running
     * text (و ف, then ب ل ك, then ال), but no suffix: "الصحة" does not match "الصحية".
     */
    private Matcher matcher(String name) {
        String w = name == null ? "" : words(name);
        if (w.isEmpty()) {
            return null;
        }
        String prefix = isArabic(w) ? "[وف]?[بلك]?(?:ال)?" : "";
        return Pattern.compile("(?<= )" + prefix + Pattern.quote(w) + "(?= )").matcher(text);
    }

    /** True when one of the names has digits and all of them occur in the article as numbers. */
    private boolean digitsOccur(String ar, String en) {
        return digitsOccur(ar) || digitsOccur(en);
    }

    private boolean digitsOccur(String name) {
        if (name == null) {
            return false;
        }
        List<String> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(ArabicNormalizer.normalize(name));
        while (m.find()) {
            found.add(plainNumber(m.group()));
        }
        return !found.isEmpty() && numbers.containsAll(found);
    }

    private String value(EntityType type, String ar, String en) {
        String source = ArabicNormalizer.normalize(en != null ? en : ar);
        if (type == EntityType.DATE) {
            Matcher iso = ISO_DATE.matcher(source);
            return iso.find() ? iso.group() : articleDate(ar, en);
        }
        if (type == EntityType.NUMBER) {
            Matcher m = DIGITS.matcher(source);
            return m.find() ? plainNumber(m.group()) : null;
        }
        return null;
    }

    /**
     * The date the article means by a date the model named without an ISO form (الثلاثاء, last September), read by our
     * date finder in the article's language against its own date; null when it cannot be placed.
     */
    private String articleDate(String ar, String en) {
        if (article.language() != Language.ARABIC && article.language() != Language.ENGLISH) {
            return null;
        }
        String written = article.language() == Language.ARABIC ? ar : en;
        return entities.dateValue(whole, article.language(),
                article.publishedDay().orElse(null), written).orElse(null);
    }

    private static String plainNumber(String digits) {
        return digits.replace(",", "").replace("٬", "").replace('٫', '.');
    }

    private static String shorten(String note) {
        return note.length() <= NOTE_MAX_CHARS ? note : note.substring(0, NOTE_MAX_CHARS).trim() + "…";
    }

    /** Normalised words separated by single spaces. */
    private static String words(String s) {
        return String.join(" ", ArabicNormalizer.normalize(s).split("[^\\p{L}\\p{N}]+")).trim();
    }

    private static boolean isArabic(String s) {
        return s.chars().anyMatch(c -> ArabicNormalizer.isArabicLetter((char) c));
    }
}
