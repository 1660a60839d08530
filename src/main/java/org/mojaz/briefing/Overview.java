package org.mojaz.briefing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.llm.DailyBudget;
import org.mojaz.llm.LlmChat;
import org.mojaz.llm.LlmMessage;
import org.mojaz.llm.LlmReply;
import org.mojaz.llm.ModelUnavailableException;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.llm.ResponseShape;
import org.mojaz.store.LlmCallLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional two-line overview of a briefing (an Arabic line, an English line) written by the model from
 * {@code prompts/briefing.txt}, and checked before anyone sees it: exactly two lines, each in its own script and
 * under 45 words, no links or instruction-like text, and no number the stories do not contain. Anything else, an
 * outage or a spent budget means no overview, never a broken briefing. One call per distinct set of stories: chats
 * that follow the same feeds share it.
 */
final class Overview {
    private static final Logger LOG = LoggerFactory.getLogger(Overview.class);
    private static final int MAX_WORDS = 45;
    private static final int KEPT = 500;
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.|\\bt\\.me/|\\S+@\\S+\\.\\w+|#\\w)");
    private static final Pattern INSTRUCTION = Pattern.compile("(?iu)(ignore (all |any )?(the )?(previous|prior|above)"
            + "|system prompt|system message|<\\s*/?\\s*(system|assistant|user|stories)\\b|تجاهل|تعليمات)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:[-*•]|\\d[.)]|line \\d:|arabic:|english:|"
            + "العربية:|الإنجليزية:)\\s*", Pattern.CASE_INSENSITIVE);

    /** The checked overview. */
    record Lines(String arabic, String english) {
    }

    private final LlmChat chat;
    private final PromptTemplates prompts;
    private final DailyBudget budget;
    private final LlmCallLog calls;
    private final Map<String, Optional<Lines>> written = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<Lines>> eldest) {
                    return size() > KEPT;
                }
            });

    Overview(LlmChat chat, PromptTemplates prompts, DailyBudget budget, LlmCallLog calls) {
        this.chat = chat;
        this.prompts = prompts;
        this.budget = budget;
        this.calls = calls;
    }

    /** The overview of these stories (computed once per set of stories), or empty. */
    Optional<Lines> of(List<Story> stories) {
        if (stories.size() < 2) {
            return Optional.empty();
        }
        String data = data(stories);
        synchronized (this) {
            return written.computeIfAbsent(data, this::write);
        }
    }

    private Optional<Lines> write(String data) {
        try {
            budget.check(null);
            LlmReply reply = chat.chat(List.of(LlmMessage.system(prompts.text(PromptTemplates.BRIEFING)),
                    LlmMessage.user("<stories>\n" + data + "</stories>")), ResponseShape.TEXT);
            Optional<Lines> lines = check(reply.text(), data);
            calls.record(null, chat.engine(), lines.isPresent() ? "ok" : "invalid", reply.inputTokens(),
                    reply.outputTokens());
            return lines;
        } catch (ModelUnavailableException e) {
            LOG.info("briefing overview skipped: {}", e.reason());
            return Optional.empty();
        }
    }

    /** The stories as the model sees them: numbered headline and short summary, angle brackets neutralised. */
    static String data(List<Story> stories) {
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (Story s : stories) {
            Story.Report r = s.reports().get(0);
            String summary = r.digest().english().available() ? r.digest().english().summary()
                    : r.digest().arabic().summary();
            out.append(n++).append(". ").append(r.article().title()).append(" — ").append(summary).append('\n');
        }
        return out.toString().replace('<', '‹').replace('>', '›');
    }

    /** The two lines when the answer passes every check, else empty (logged with the reasons). */
    static Optional<Lines> check(String answer, String source) {
        List<String> lines = new ArrayList<>();
        for (String line : answer.strip().split("\\R")) {
            String clean = LABEL.matcher(line.strip()).replaceFirst("").strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        List<String> errors = new ArrayList<>();
        if (lines.size() != 2) {
            errors.add("expected 2 lines, got " + lines.size());
        } else {
            checkLine(lines.get(0), true, errors);
            checkLine(lines.get(1), false, errors);
            Set<String> known = numbers(source);
            for (String n : numbers(answer)) {
                if (!known.contains(n)) {
                    errors.add("number not in the stories: " + n);
                }
            }
        }
        if (!errors.isEmpty()) {
            LOG.info("briefing overview refused: {}", errors);
            return Optional.empty();
        }
        return Optional.of(new Lines(lines.get(0), lines.get(1)));
    }

    private static void checkLine(String line, boolean arabic, List<String> errors) {
        int arabicLetters = 0;
        int latinLetters = 0;
        for (char c : line.toCharArray()) {
            if (c >= '\u0600' && c <= '\u06FF') {
                arabicLetters++;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                latinLetters++;
            }
        }
        int letters = Math.max(1, arabicLetters + latinLetters);
        if ((arabic ? arabicLetters : latinLetters) < 0.8 * letters) {
            errors.add((arabic ? "line 1 is not Arabic" : "line 2 is not English"));
        }
        if (line.split("\\s+").length > MAX_WORDS) {
            errors.add("line too long");
        }
        if (LINK.matcher(line).find()) {
            errors.add("link or hashtag");
        }
        if (INSTRUCTION.matcher(line).find()) {
            errors.add("instruction-like text");
        }
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(asciiDigits(text));
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }

    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : c);
        }
        return out.toString();
    }
}
