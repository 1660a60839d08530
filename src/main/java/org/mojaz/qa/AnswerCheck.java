package org.mojaz.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.entity.EntityType;
import org.mojaz.text.ArabicNormalizer;

/**
 * Checks a model's answer before anyone sees it: it cites something, every citation names a passage that was
 * given, every number and every name in it occurs in the passages it cites, it is in the question's language and
 * holds no link.
 */
final class AnswerCheck {
    static final String NOT_FOUND = "NOT_FOUND";
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\S+@\\S+\\.\\S+)");

    private final EntityExtractor entities;

    AnswerCheck(EntityExtractor entities) {
        this.entities = entities;
    }

    /** The outcome: errors to send back in a repair (empty when the answer may be shown) and the cited numbers. */
    record Outcome(List<String> errors, List<Integer> cited, boolean notFound) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    Outcome check(String answer, List<String> passages, Language language) {
        String text = answer == null ? "" : answer.strip();
        if (text.equals(NOT_FOUND) || text.equals(NOT_FOUND + ".")) {
            return new Outcome(List.of(), List.of(), true);
        }
        List<String> errors = new ArrayList<>();
        if (text.isEmpty()) {
            return new Outcome(List.of("The answer is empty."), List.of(), false);
        }
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > passages.size()) {
                errors.add("Citation [" + n + "] names no passage: there are passages [1] to [" + passages.size() + "].");
            } else {
                cited.add(n);
            }
        }
        if (cited.isEmpty() && errors.isEmpty()) {
            errors.add("The answer cites no passage: put the passage number in square brackets, e.g. [1].");
        }
        if (LINK.matcher(text).find()) {
            errors.add("The answer holds a link or an e-mail address.");
        }
        if (!inLanguage(text, language)) {
            errors.add("The answer is not in " + (language == Language.ARABIC ? "Arabic" : "English") + ".");
        }
        if (!cited.isEmpty()) {
            String source = citedText(passages, cited);
            checkNumbers(text, source, errors);
            checkNames(text, language, source, errors);
        }
        return new Outcome(List.copyOf(errors), List.copyOf(cited), false);
    }

    private static String citedText(List<String> passages, Set<Integer> cited) {
        StringBuilder out = new StringBuilder();
        for (int n : cited) {
            out.append(passages.get(n - 1)).append('\n');
        }
        return out.toString();
    }

    private static void checkNumbers(String answer, String source, List<String> errors) {
        String digits = fold(source).replace(",", "");
        Matcher m = NUMBER.matcher(fold(CITATION.matcher(answer).replaceAll(" ")));
        while (m.find()) {
            String n = m.group().replace(",", "");
            if (!containsNumber(digits, n)) {
                errors.add("The number " + m.group() + " is not in the passages the answer cites.");
            }
        }
    }

    private static boolean containsNumber(String text, String number) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d]|\\.\\d)").matcher(text).find();
    }

    private void checkNames(String answer, Language language, String source, List<String> errors) {
        String folded = fold(source);
        Set<String> known = new LinkedHashSet<>();
        for (Entity e : entities.extract(source, QuestionReader.languageOf(source))) {
            addName(known, e.nameAr());
            addName(known, e.nameEn());
        }
        for (Entity e : entities.extract(CITATION.matcher(answer).replaceAll(" "), language)) {
            if (e.type() == EntityType.DATE || e.type() == EntityType.NUMBER) {
                continue;
            }
            String ar = e.nameAr() == null ? null : fold(e.nameAr());
            String en = e.nameEn() == null ? null : fold(e.nameEn());
            boolean found = (ar != null && (folded.contains(ar) || known.contains(ar)))
                    || (en != null && (folded.contains(en) || known.contains(en)));
            if (!found) {
                errors.add("The name " + (language == Language.ARABIC && e.nameAr() != null ? e.nameAr() : e.nameEn() != null ? e.nameEn() : e.nameAr()) + " is not in the passages the answer cites.");
            }
        }
    }

    private static void addName(Set<String> names, String name) {
        if (name != null) {
            names.add(fold(name));
        }
    }

    private static boolean inLanguage(String text, Language language) {
        Language seen = QuestionReader.languageOf(text.replaceAll("«[^»]*»|\"[^\"]*\"", " "));
        return language == Language.ARABIC ? seen == Language.ARABIC : seen != Language.ARABIC;
    }

    private static String fold(String s) {
        return ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT);
    }
}
