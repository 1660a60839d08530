package org.mojaz.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mojaz.core.Language;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.llm.DailyBudget;
import org.mojaz.llm.LlmChat;
import org.mojaz.llm.LlmMessage;
import org.mojaz.llm.LlmReply;
import org.mojaz.llm.ModelUnavailableException;
import org.mojaz.llm.ModelUnavailableException.Reason;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.llm.ResponseShape;
import org.mojaz.store.LlmCallLog;
import org.mojaz.store.QuestionLog;
import org.mojaz.text.ArabicNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with the model: the numbered passages go in fenced as data ({@code prompts/answer-user.txt}); the answer
 * must be in the question's language and cite them as [1], [2]. It is checked ({@link AnswerCheck}); a failing
 * answer gets one repair, then this throws {@link ModelUnavailableException} and the extractive engine answers.
 * One call per question, through the same chat (and circuit breaker) and daily caps as the summarizer; the same
 * question on the same passages is answered from the chat's cache.
 */
public final class LlmAnswerer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
    /** Passages sent at most. */
    static final int MAX_PASSAGES = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmChat chat;
    private final PromptTemplates prompts;
    private final QuestionLog log;
    private final LlmCallLog calls;
    private final DailyBudget budget;
    private final AnswerCheck check;

    public LlmAnswerer(LlmChat chat, PromptTemplates prompts, QuestionLog log, LlmCallLog calls, DailyBudget budget,
                       EntityExtractor entities) {
        this.chat = chat;
        this.prompts = prompts;
        this.log = log;
        this.calls = calls;
        this.budget = budget;
        this.check = new AnswerCheck(entities);
    }

    public String engine() {
        return chat.engine();
    }

    /**
     * @throws ModelUnavailableException when the model cannot give a checked answer (outage, budget, bad twice)
     */
    public Answer answer(long chatId, Retrieval retrieval, List<QuestionLog.Turn> turns) {
        Query query = retrieval.query();
        List<Evidence> passages = passages(retrieval);
        if (passages.isEmpty()) {
            return new Answer(AnswerWords.notFound(query.language()), List.of(), ExtractiveAnswerer.ENGINE, false, null);
        }
        String key = cacheKey(query, passages);
        Optional<Answer> cached = log.cachedAnswer(chatId, key).flatMap(json -> read(json, passages, query.language()));
        if (cached.isPresent()) {
            LOG.info("answer cache hit chat={} model calls=0", chatId);
            return cached.get();
        }
        budget.check(chatId);
        List<String> texts = passages.stream().map(e -> e.passage().text()).toList();
        List<LlmMessage> messages = new ArrayList<>(List.of(LlmMessage.system(system(query.language())),
                LlmMessage.user(user(query, passages, turns))));
        LlmReply first = call(chatId, messages);
        AnswerCheck.Outcome outcome = check.check(first.text(), texts, query.language());
        calls.record(chatId, engine(), outcome.ok() ? "ok" : "invalid", first.inputTokens(), first.outputTokens());
        String text = first.text();
        if (!outcome.ok()) {
            LOG.info("model answer invalid, repairing chat={} errors={}", chatId, outcome.errors().size());
            messages.add(LlmMessage.assistant(text.isBlank() ? "(empty answer)" : text));
            messages.add(LlmMessage.user(prompts.render(PromptTemplates.ANSWER_REPAIR, Map.of(
                    "errors", "- " + String.join("\n- ", outcome.errors()),
                    "answer_language", languageName(query.language())))));
            LlmReply second = call(chatId, messages);
            outcome = check.check(second.text(), texts, query.language());
            calls.record(chatId, engine(), outcome.ok() ? "ok" : "invalid", second.inputTokens(), second.outputTokens());
            text = second.text();
        }
        if (!outcome.ok()) {
            throw new ModelUnavailableException(Reason.INVALID_OUTPUT,
                    "answer failed its checks twice (" + outcome.errors().size() + " errors)");
        }
        Answer answer = answer(text.strip(), outcome, passages, query.language());
        log.saveAnswer(chatId, key, write(text.strip()));
        return answer;
    }

    /** The passages the model sees: those that share something with the question, best first. */
    static List<Evidence> passages(Retrieval retrieval) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : retrieval.evidence()) {
            if (out.size() == MAX_PASSAGES) {
                break;
            }
            if (e.coverage() > 0 || retrieval.articlesInScope() == 1) {
                out.add(e);
            }
        }
        return out;
    }

    private Answer answer(String text, AnswerCheck.Outcome outcome, List<Evidence> passages, Language language) {
        if (outcome.notFound()) {
            return new Answer(AnswerWords.notFound(language), List.of(), engine(), false, null);
        }
        List<Citation> citations = new ArrayList<>();
        for (int n : outcome.cited()) {
            citations.add(ExtractiveAnswerer.citation(n, passages.get(n - 1)));
        }
        citations.sort(java.util.Comparator.comparingInt(Citation::number));
        return new Answer(text, citations, engine(), true, null);
    }

    private Optional<Answer> read(String json, List<Evidence> passages, Language language) {
        try {
            String text = JSON.readTree(json).path("text").asText("");
            AnswerCheck.Outcome outcome = check.check(text, passages.stream().map(e -> e.passage().text()).toList(),
                    language);
            return outcome.ok() ? Optional.of(answer(text, outcome, passages, language)) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String write(String text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", text);
        return node.toString();
    }

    private LlmReply call(long chatId, List<LlmMessage> messages) {
        try {
            return chat.chat(messages, ResponseShape.TEXT);
        } catch (ModelUnavailableException e) {
            if (e.reason() != Reason.BREAKER_OPEN) {
                calls.record(chatId, engine(), e.reason().outcome(), null, null);
            }
            throw e;
        }
    }

    private String system(Language language) {
        return prompts.render(PromptTemplates.ANSWER_SYSTEM, Map.of("answer_language", languageName(language)));
    }

    /** The user message: passages, history and question fenced as data, angle brackets neutralised. */
    String user(Query query, List<Evidence> passages, List<QuestionLog.Turn> turns) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Evidence e = passages.get(i);
            list.append('[').append(i + 1).append("] (").append(languageName(e.article().article().language()))
                    .append("; article: ").append(neutralise(e.article().article().title())).append(") ")
                    .append(neutralise(e.passage().text())).append('\n');
        }
        StringBuilder history = new StringBuilder();
        for (QuestionLog.Turn t : turns) {
            history.append("Q: ").append(neutralise(t.question())).append('\n');
            if (t.answer() != null) {
                history.append("A: ").append(neutralise(t.answer())).append('\n');
            }
        }
        return prompts.render(PromptTemplates.ANSWER_USER, Map.of("passages", list.toString().strip(),
                "history", history.length() == 0 ? "(none)" : history.toString().strip(),
                "question", neutralise(query.text()), "answer_language", languageName(query.language())));
    }

    /** The same question on the same passages (the follow-up memory shows in which passages were found). */
    private String cacheKey(Query query, List<Evidence> passages) {
        StringBuilder k = new StringBuilder(engine()).append('\n').append(prompts.version(PromptTemplates.ANSWER)).append('\n')
                .append(ArabicNormalizer.normalize(query.text()).replaceAll("\\s+", " ")).append('\n');
        passages.forEach(e -> k.append(e.passage().passageId()).append(','));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(k.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String neutralise(String text) {
        return text.replace('<', '‹').replace('>', '›');
    }

    private static String languageName(Language language) {
        return language == Language.ARABIC ? "Arabic" : "English";
    }
}
