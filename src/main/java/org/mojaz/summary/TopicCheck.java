package org.mojaz.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.entity.EntityType;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.text.Tokenizer;

/**
 * Is a model's summary about this article at all? A summary of another article (a city budget given for a report on
 * water) passes every other check. Two signals, both cheap and both from the article alone:
 * <ul>
 *   <li>the summary in the article's own language must share at least {@value #MIN_SHARED_TERMS} of its content
 *       terms (stems, stop words left out) with the article;</li>
 *   <li>the summary in the other language must name something the article names: one of its people, organisations
 *       or places through the bilingual names (the extractor's, or the names the model gave for entities found in
 *       the article), or one of its numbers. When the article offers nothing to name, this side is not judged.</li>
 * </ul>
 */
final class TopicCheck {
    /**
     * Measured once on human reference summaries (our probe, not a test): at 0.4 no EASC reference (765) is refused and
     * 51 of 1,502 English references (abstractive, often more than a model told to report only the article) are;
     * the same references given for another article pass 0 of 765 and 10 of 1,502 times.
     */
    static final double MIN_SHARED_TERMS = 0.4;
    private static final int SALIENT = 8;
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,٫٬]\\d+)*");

    private final Tokenizer tokenizer;
    private final EntityExtractor extractor;

    TopicCheck(Tokenizer tokenizer, EntityExtractor extractor) {
        this.tokenizer = tokenizer;
        this.extractor = extractor;
    }

    /** The errors for the repair message; empty when both summaries are about the article (or it cannot tell). */
    List<String> errors(Article article, String summaryAr, String summaryEn, List<Entity> grounded) {
        Language own = article.language();
        if (own != Language.ARABIC && own != Language.ENGLISH) {
            return List.of();
        }
        String body = InputLimits.capped(article.text());
        List<String> errors = new ArrayList<>();
        String ownSummary = own == Language.ARABIC ? summaryAr : summaryEn;
        double shared = sharedTerms(ownSummary, article.title() + "\n" + body, own);
        if (shared < MIN_SHARED_TERMS) {
            errors.add(field(own) + " is not about this article: only " + Math.round(shared * 100)
                    + "% of its words come from it; summarise the article given, nothing else");
        }
        Language other = own == Language.ARABIC ? Language.ENGLISH : Language.ARABIC;
        Set<String> names = names(extractor.extract(body, own), grounded, other);
        Set<String> numbers = numbers(article.title() + "\n" + body);
        String otherSummary = other == Language.ARABIC ? summaryAr : summaryEn;
        if (!(names.isEmpty() && numbers.isEmpty()) && !mentionsAny(otherSummary, names, numbers)) {
            errors.add(field(other) + " names none of the article's people, places, organisations or numbers;"
                    + " summarise the article given, nothing else");
        }
        return errors;
    }

    private static String field(Language language) {
        return language == Language.ARABIC ? "summary_ar" : "summary_en";
    }

    /** Share of the summary's distinct content terms that occur in the text (1 when the summary has none). */
    double sharedTerms(String summary, String text, Language language) {
        Set<String> summaryTerms = new HashSet<>(tokenizer.terms(summary, language));
        if (summaryTerms.isEmpty()) {
            return 1;
        }
        Set<String> textTerms = new HashSet<>(tokenizer.terms(text, language));
        long found = summaryTerms.stream().filter(textTerms::contains).count();
        return (double) found / summaryTerms.size();
    }

    /** The article's most mentioned names and the model's grounded names, in the summary's language, normalised. */
    private static Set<String> names(List<Entity> found, List<Entity> grounded, Language language) {
        Set<String> out = new LinkedHashSet<>();
        int taken = 0;
        for (Entity e : found) {
            if (taken == SALIENT) {
                break;
            }
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PLACE) {
                taken++;
                add(out, language == Language.ARABIC ? e.nameAr() : e.nameEn());
            }
        }
        for (Entity e : grounded) {
            if (e.type() != EntityType.DATE && e.type() != EntityType.NUMBER) {
                add(out, language == Language.ARABIC ? e.nameAr() : e.nameEn());
            }
        }
        return out;
    }

    private static void add(Set<String> names, String name) {
        String n = name == null ? "" : words(name);
        if (n.length() >= 2) {
            names.add(n);
            String[] parts = n.split(" ");
            if (parts.length > 1 && parts[parts.length - 1].length() >= 4) {
                names.add(parts[parts.length - 1]); // a surname or a place's last word said alone
            }
        }
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = DIGITS.matcher(ArabicNormalizer.normalize(text));
        while (m.find()) {
            String n = m.group().replaceAll("[.,٫٬]", "");
            if (n.length() >= 2) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean mentionsAny(String summary, Set<String> names, Set<String> numbers) {
        String text = " " + words(summary) + " ";
        for (String name : names) {
            if (text.contains(name)) {
                return true;
            }
        }
        Set<String> said = numbers(summary);
        said.retainAll(numbers);
        return !said.isEmpty();
    }

    /** Normalised words separated by single spaces. */
    private static String words(String s) {
        return String.join(" ", ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .trim();
    }
}
