package org.mojaz.qa;

import org.mojaz.core.Language;

/** The fixed lines of an answer, in the question's language. */
final class AnswerWords {
    private AnswerWords() {
    }

    static String notFound(Language l) {
        return l == Language.ARABIC ? "لم أجد هذا في مقالاتك." : "I could not find this in your articles.";
    }

    static String noArticles(Language l, long days) {
        return l == Language.ARABIC
                ? "لا توجد لديك مقالات من آخر " + days + " يومًا أسأل فيها؛ أرسل رابطًا أولًا."
                : "You have no articles from the last " + days + " days to ask about; send me a link first.";
    }

    static String leadIn(Language l, int passages) {
        if (l == Language.ARABIC) {
            return passages == 1 ? "هذا ما تقوله مقالاتك:" : "هذا ما تقوله مقالاتك في " + passages + " مقاطع:";
        }
        return passages == 1 ? "Here is what your articles say:" : "Here is what your articles say, in " + passages
                + " passages:";
    }

    static String needsModel(Language question, Language passage) {
        if (question == Language.ARABIC) {
            return "المقطع منقول بلغة المقال (" + (passage == Language.ENGLISH ? "الإنجليزية" : passage.code())
                    + ")؛ ترجمته تحتاج إلى نموذج لغوي.";
        }
        return "Quoted in the article's language (" + (passage == Language.ARABIC ? "Arabic" : passage.code())
                + "); a translation needs a language model.";
    }

    static String sources(Language l) {
        return l == Language.ARABIC ? "المصادر" : "Sources";
    }

    static String engine(Language l, String engine) {
        String name = engine.equals(ExtractiveAnswerer.ENGINE) ? (l == Language.ARABIC ? "استخراجي" : "extractive") : engine;
        return (l == Language.ARABIC ? "المحرّك: " : "engine: ") + name;
    }

    static String untitled(Language l) {
        return l == Language.ARABIC ? "(بلا عنوان)" : "(untitled)";
    }
}
