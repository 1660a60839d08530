package org.mojaz.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.mojaz.core.Article;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.text.Tokenizer;
import org.mojaz.llm.LlmChat;
import org.mojaz.llm.LlmMessage;
import org.mojaz.llm.LlmReply;
import org.mojaz.llm.ModelUnavailableException;
import org.mojaz.llm.ModelUnavailableException.Reason;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.llm.ResponseShape;
import org.mojaz.core.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM engine: one call per article returns both summaries, both key-point lists and the entities as strict
 * JSON. The answer is checked ({@link LlmAnswerCheck}); a failing answer gets one repair call with the errors, then
 * the engine gives up with {@link ModelUnavailableException} ({@code INVALID_OUTPUT}). The article is untrusted: it
 * travels only in the user message, fenced in {@code <article>} with every angle bracket neutralised. Articles over
 * the input token budget are condensed first (lead kept, order kept) by the condenser given at construction.
 */
public final class LlmSummarizer implements Summarizer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmSummarizer.class);

    private final LlmChat chat;
    private final PromptTemplates prompts;
    private final int inputTokenBudget;
    private final BiFunction<Article, Integer, Article> condenser;
    private final String systemPrompt;
    private final LlmAnswerCheck check;
    private final String promptVersion;

    public LlmSummarizer(LlmChat chat, PromptTemplates prompts, SummaryLength summary, int inputTokenBudget,
                         BiFunction<Article, Integer, Article> condenser) {
        this.chat = chat;
        this.prompts = prompts;
        this.inputTokenBudget = inputTokenBudget;
        this.condenser = condenser;
        this.systemPrompt = prompts.render(PromptTemplates.SUMMARIZE_SYSTEM, Map.of(
                "summary_words", Integer.toString(summary.words()),
                "key_points", Integer.toString(summary.moreSentences())));
        EntityExtractor entities = new EntityExtractor();
        this.check = new LlmAnswerCheck(summary.words(), summary.moreSentences(), systemPrompt,
                new TopicCheck(new Tokenizer(), entities), entities);
        this.promptVersion = prompts.version(PromptTemplates.SUMMARIZE);
    }

    /** With the default {@link LeadCondenser} for long articles. */
    public LlmSummarizer(LlmChat chat, PromptTemplates prompts, SummaryLength summary, int inputTokenBudget) {
        this(chat, prompts, summary, inputTokenBudget, new LeadCondenser());
    }

    /** {@code llm:<provider>/<model>}. */
    public String engine() {
        return chat.engine();
    }

    /** The version of the summarize templates only: editing or adding another template keeps cached digests. */
    public String promptVersion() {
        return promptVersion;
    }

    @Override
    public Digest summarize(Article article) {
        return summarize(article, CallRecorder.NONE);
    }

    /** Summarizes, telling {@code recorder} about every model call made (one, or two with a repair). */
    public Digest summarize(Article whole, CallRecorder recorder) {
        Article article = InputLimits.capped(whole);
        List<LlmMessage> messages = new ArrayList<>(List.of(LlmMessage.system(systemPrompt),
                LlmMessage.user(userMessage(fit(article)))));
        LlmReply first = call(messages, recorder);
        LlmAnswerCheck.Outcome outcome = check.check(first.text(), article);
        recorder.record(outcome.ok() ? "ok" : "invalid", first.inputTokens(), first.outputTokens());
        if (!outcome.ok()) {
            LOG.info("llm answer invalid, repairing hash={} errors={}", shortHash(article), outcome.errors().size());
            messages.add(LlmMessage.assistant(first.text().isBlank() ? "(empty answer)" : first.text()));
            messages.add(LlmMessage.user(prompts.render(PromptTemplates.SUMMARIZE_REPAIR,
                    Map.of("errors", "- " + String.join("\n- ", outcome.errors())))));
            LlmReply second = call(messages, recorder);
            outcome = check.check(second.text(), article);
            recorder.record(outcome.ok() ? "ok" : "invalid", second.inputTokens(), second.outputTokens());
        }
        if (!outcome.ok()) {
            throw new ModelUnavailableException(Reason.INVALID_OUTPUT,
                    "answer failed validation twice (" + outcome.errors().size() + " errors)");
        }
        if (outcome.droppedEntities() > 0) {
            LOG.info("llm entities dropped as not in the article hash={} dropped={}", shortHash(article),
                    outcome.droppedEntities());
        }
        return new Digest(article.contentHash(), outcome.arabic(), outcome.english(), outcome.entities(), engine(),
                promptVersion(), null);
    }

    private LlmReply call(List<LlmMessage> messages, CallRecorder recorder) {
        recorder.beforeCall();
        try {
            return chat.chat(messages, ResponseShape.DIGEST_JSON);
        } catch (ModelUnavailableException e) {
            if (e.reason() != Reason.BREAKER_OPEN) {
                recorder.record(e.reason().outcome(), null, null);
            }
            throw e;
        }
    }

    private Article fit(Article article) {
        if (TokenEstimate.of(article.text()) <= inputTokenBudget) {
            return article;
        }
        Article condensed = condenser.apply(article, inputTokenBudget);
        LOG.info("article condensed for the model hash={} tokens={} budget={} kept={}", shortHash(article),
                TokenEstimate.of(article.text()), inputTokenBudget, TokenEstimate.of(condensed.text()));
        return condensed;
    }

    /** The user message: the article fenced as data, with any tag in it neutralised. */
    String userMessage(Article article) {
        Map<String, String> values = new HashMap<>();
        values.put("title", neutralise(article.title()));
        values.put("language", languageName(article.language()));
        values.put("published", article.published() == null ? "unknown" : neutralise(article.published()));
        values.put("site", article.siteName() == null ? "unknown" : neutralise(article.siteName()));
        values.put("article", neutralise(article.text()));
        return prompts.render(PromptTemplates.SUMMARIZE_USER, values);
    }

    /** Replaces angle brackets so article text cannot close the {@code <article>} fence or fake a role tag. */
    static String neutralise(String text) {
        return text.replace('<', '‹').replace('>', '›');
    }

    private static String languageName(Language language) {
        return switch (language) {
            case ARABIC -> "Arabic";
            case ENGLISH -> "English";
            default -> "unknown";
        };
    }

    private static String shortHash(Article article) {
        String h = article.contentHash();
        return h == null ? "-" : h.substring(0, Math.min(12, h.length()));
    }
}
