package org.mojaz.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.text.ScriptCounts;

/**
 * Parses the model's answer strictly and checks it before anyone trusts it: the JSON shape; each summary in its
 * own script (Arabic letters for Arabic, Latin for English) and within its word budget (× 1.5); no links and no
 * instruction-like or prompt-leaking text anywhere; both summaries about this article ({@link TopicCheck}). Problems
 * become errors sent back for one repair. Entities that do not occur in the article ({@link EntityGrounding}) are
 * dropped, not repaired.
 */
final class LlmAnswerCheck {
    static final double LENGTH_TOLERANCE = 1.5;
    static final double SCRIPT_SHARE = 0.8;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Always refused: a brief never needs a link. */
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\bt\\.me/|\\S+@\\S+\\.\\w+)");
    /** Bare domain names ("Amazon.com"): refused unless the article itself names them. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)\\b[\\w-]+\\.(com|net|org|io|ly|me|info|biz|xyz|co|app|site|link|shop|online)\\b");
    private static final Pattern INSTRUCTION = Pattern.compile("(?iu)(ignore (all |any )?(the )?(previous|prior|above"
            + "|earlier) |disregard (all |the )?(previous|prior|above)|system prompt|system message|developer message"
            + "|<\\s*/?\\s*(system|assistant|user|article)\\b|\\[/?inst]|<\\|"
            + "|تجاهل[واي]?\\s+(جميع\\s+|كل\\s+)?(التعليمات|الأوامر)|تعليمات النظام|رسالة النظام|موجه النظام"
            + "|التعليمات السابقة)");

    private final int summaryWords;
    private final int keyPoints;
    private final PromptEcho echo;
    private final TopicCheck topic;
    private final EntityExtractor entities;

    LlmAnswerCheck(int summaryWords, int keyPoints, String systemPrompt, TopicCheck topic, EntityExtractor entities) {
        this.summaryWords = summaryWords;
        this.keyPoints = keyPoints;
        this.echo = new PromptEcho(systemPrompt);
        this.topic = topic;
        this.entities = entities;
    }

    /** The checked answer: briefs and grounded entities, or the errors that make it unusable. */
    record Outcome(Brief arabic, Brief english, List<Entity> entities, List<String> errors, int droppedEntities) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    Outcome check(String answerText, Article article) {
        String articleText = (article.title() + "\n" + article.text()).toLowerCase(Locale.ROOT);
        Predicate<String> clean = text -> clean(text, articleText);
        LlmAnswer answer;
        try {
            answer = JSON.readValue(stripFence(answerText), LlmAnswer.class);
        } catch (JsonProcessingException e) {
            return failed("the answer is not the required JSON object: " + e.getOriginalMessage());
        }
        List<String> errors = new ArrayList<>();
        checkText("summary_ar", answer.summaryAr(), Language.ARABIC, clean, errors);
        checkText("summary_en", answer.summaryEn(), Language.ENGLISH, clean, errors);
        checkPoints("key_points_ar", answer.keyPointsAr(), Language.ARABIC, clean, errors);
        checkPoints("key_points_en", answer.keyPointsEn(), Language.ENGLISH, clean, errors);
        if (answer.entities() == null) {
            errors.add("entities must be a list (empty when there are none)");
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, null, List.of(), List.copyOf(errors), 0);
        }
        List<Entity> grounded = new EntityGrounding(article, entities).ground(answer.entities(), clean);
        List<String> offTopic = topic.errors(article, answer.summaryAr(), answer.summaryEn(), grounded);
        if (!offTopic.isEmpty()) {
            return new Outcome(null, null, List.of(), offTopic, 0);
        }
        return new Outcome(
                new Brief(Language.ARABIC, answer.summaryAr().trim(), trimAll(answer.keyPointsAr()), true),
                new Brief(Language.ENGLISH, answer.summaryEn().trim(), trimAll(answer.keyPointsEn()), true),
                grounded, List.of(), answer.entities().size() - grounded.size());
    }

    private static Outcome failed(String error) {
        return new Outcome(null, null, List.of(), List.of(error), 0);
    }

    private int summaryLimit() {
        return (int) Math.ceil(summaryWords * LENGTH_TOLERANCE);
    }

    private void checkPoints(String field, List<String> points, Language language,
                             Predicate<String> clean, List<String> errors) {
        if (points == null || points.isEmpty()) {
            errors.add(field + " must hold " + keyPoints + " points");
            return;
        }
        if (points.size() > keyPoints * 2) {
            errors.add(field + " has " + points.size() + " points; give " + keyPoints);
        }
        for (int i = 0; i < points.size(); i++) {
            checkText(field + "[" + i + "]", points.get(i), language, clean, errors);
        }
    }

    private void checkText(String field, String text, Language language, Predicate<String> clean,
                           List<String> errors) {
        if (text == null || text.isBlank()) {
            errors.add(field + " is empty");
            return;
        }
        int words = words(text);
        if (words > summaryLimit()) {
            errors.add(field + " has " + words + " words; the limit is " + summaryWords);
        }
        if (!inScript(text, language)) {
            errors.add(field + " must be written in " + (language == Language.ARABIC ? "Arabic" : "English (Latin)")
                    + " script");
        }
        if (!clean.test(text)) {
            errors.add(field + " contains a link, an instruction or text from the instructions; summarise only"
                    + " what the article reports");
        }
    }

    /**
     * True when the text has no link, no domain name the article does not name, no instruction-like phrase and no
     * run of words from the system prompt.
     */
    boolean clean(String text, String articleLowerCase) {
        if (LINK.matcher(text).find() || INSTRUCTION.matcher(text).find() || echo.isIn(text)) {
            return false;
        }
        Matcher domain = DOMAIN.matcher(text);
        while (domain.find()) {
            if (!articleLowerCase.contains(domain.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static boolean inScript(String text, Language language) {
        ScriptCounts counts = ScriptCounts.of(text);
        int letters = counts.arabic() + counts.latin();
        int wanted = language == Language.ARABIC ? counts.arabic() : counts.latin();
        return letters > 0 && wanted >= SCRIPT_SHARE * letters;
    }

    static int words(String text) {
        String t = text.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String stripFence(String text) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("```")) {
            int firstLine = t.indexOf('\n');
            t = firstLine < 0 ? "" : t.substring(firstLine + 1);
            if (t.endsWith("```")) {
                t = t.substring(0, t.length() - 3);
            }
        }
        return t.trim();
    }

    private static List<String> trimAll(List<String> list) {
        return list.stream().map(String::trim).toList();
    }

    /** Finds six words in a row of the system prompt inside an answer (a leaked prompt). */
    static final class PromptEcho {
        private static final int RUN = 6;
        private final Set<String> shingles = new HashSet<>();

        PromptEcho(String prompt) {
            List<String> w = tokens(prompt);
            for (int i = 0; i + RUN <= w.size(); i++) {
                shingles.add(String.join(" ", w.subList(i, i + RUN)));
            }
        }

        boolean isIn(String text) {
            List<String> w = tokens(text);
            for (int i = 0; i + RUN <= w.size(); i++) {
                if (shingles.contains(String.join(" ", w.subList(i, i + RUN)))) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> tokens(String text) {
            List<String> out = new ArrayList<>();
            for (String s : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        }
    }
}
