package org.mojaz.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.entity.EntityType;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.text.ScriptCounts;

/**
 * Reads a question: its language (by script), the kind of answer it expects, and what it asks about as groups of
 * alternative terms. Names the entity dictionary knows bring their other-language name (Algeria ↔ الجزائر), dates
 * both month names, numbers their digits, so an English question finds an Arabic article. Thread-safe.
 */
public final class QuestionReader {
    /** Words that only make the question a question; the stopword lists already drop when/who/متى/من... */
    private static final Set<String> QUESTION_WORDS = Set.of("many", "much", "long", "far", "kind", "happen",
            "happened", "say", "said", "tell", "كم", "بكم", "ماذا", "لماذا", "يوجد", "توجد", "يكون", "تكون", "ذكر",
            "قال", "سيتم", "يتم", "تم", "عدد");

    private final QaTerms terms;
    private final EntityExtractor entities;

    public QuestionReader(QaTerms terms, EntityExtractor entities) {
        this.terms = terms;
        this.entities = entities;
    }

    public Query read(String question, List<String> carried) {
        Language language = languageOf(question);
        List<Query.Group> groups = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Entity e : entities.extract(withoutQuestionWord(question), language)) {
            Query.Group g = entityGroup(e, language);
            if (!g.terms().isEmpty()) {
                groups.add(g);
                named.addAll(terms.terms(language == Language.ARABIC ? nameOr(e.nameAr(), e.nameEn())
                        : nameOr(e.nameEn(), e.nameAr()), language));
            }
        }
        for (String word : org.mojaz.text.Tokenizer.words(question)) {
            if (QUESTION_WORDS.contains(ArabicNormalizer.normalize(word).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            List<String> forms = terms.word(word, language);
            if (forms.isEmpty() || named.contains(forms.get(0)) || !named.add(forms.get(0))) {
                continue;
            }
            List<String> alternatives = new ArrayList<>(forms);
            for (String f : forms) {
                alternatives.addAll(terms.translations(f));
            }
            boolean digits = forms.get(0).chars().allMatch(Character::isDigit);
            groups.add(new Query.Group(alternatives, digits || alternatives.size() > forms.size(),
                    terms.isEventWord(forms.get(0))));
        }
        return new Query(question.strip(), language, AnswerType.of(question), groups, carried);
    }

    private Query.Group entityGroup(Entity e, Language language) {
        List<String> terms = new ArrayList<>();
        List<String> arabic = e.nameAr() == null ? List.of() : this.terms.terms(e.nameAr(), Language.ARABIC);
        List<String> english = e.nameEn() == null ? List.of() : this.terms.terms(e.nameEn(), Language.ENGLISH);
        terms.addAll(language == Language.ARABIC ? arabic : english); // the question's own name first
        terms.addAll(language == Language.ARABIC ? english : arabic);
        if (e.type() == EntityType.NUMBER && e.value() != null) {
            terms.add(e.value().split(" ")[0]);
        }
        boolean both = e.nameAr() != null && e.nameEn() != null && !e.transliterated();
        return new Query.Group(terms, both || e.type() == EntityType.DATE || e.type() == EntityType.NUMBER);
    }

    private static String nameOr(String a, String b) {
        return a != null ? a : b;
    }

    /** The question without its leading question word, which a name tagger may take for a name (Who → WHO). */
    private static String withoutQuestionWord(String question) {
        return question.strip().replaceFirst("(?i)^(and\\s+)?(who|whom|whose|what|when|where|which|why|how)\\b", "");
    }

    /** Arabic when Arabic letters outnumber Latin ones. */
    public static Language languageOf(String text) {
        ScriptCounts counts = ScriptCounts.of(text);
        return counts.arabic() > counts.latin() ? Language.ARABIC : Language.ENGLISH;
    }
}
