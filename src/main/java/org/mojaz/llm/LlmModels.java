package org.mojaz.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Optional;
import org.mojaz.config.ConfigException;

/**
 * Builds the configured provider's chat model. {@code openai-compatible} with a base URL covers OpenAI, Ollama
 * ({@code http://localhost:11434/v1}), vLLM, llama.cpp, LM Studio, Groq, DeepSeek and OpenRouter. Retries are off
 * ({@code maxRetries(0)}): on failure we fall back to the extractive engine instead of waiting.
 */
public final class LlmModels {
    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String ANTHROPIC_URL = "https://api.anthropic.com/v1/";
    static final String GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta";
    /** Local OpenAI-compatible servers ignore the key, but the client sends a header anyway. */
    private static final String NO_KEY = "not-needed";

    private LlmModels() {
    }

    /**
     * The chat for these options, or empty when the provider is {@code none}.
     *
     * @param breaker stops calls while the model keeps failing; give every chat on one model the same one
     */
    public static Optional<LlmChat> chat(LlmOptions llm, String apiKey, CircuitBreaker breaker) {
        if (!llm.enabled()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LlmChat(model(llm, apiKey), llm.provider(), llm.model(), breaker,
                    llm.timeout()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Cannot set up llm.provider=" + llm.provider() + " with model " + llm.model()
                    + ": " + e.getMessage());
        }
    }

    private static ChatModel model(LlmOptions llm, String apiKey) {
        switch (llm.provider()) {
            case "openai-compatible":
                return openAi(llm, apiKey);
            case "anthropic":
                return anthropic(llm, apiKey);
            case "gemini":
                return gemini(llm, apiKey);
            default:
                throw new IllegalArgumentException("unknown llm.provider " + llm.provider());
        }
    }

    /**
     * OpenAI itself wants {@code max_completion_tokens} (newer models refuse {@code max_tokens}); compatible servers
     * (Ollama, vLLM, llama.cpp, Groq, DeepSeek, OpenRouter) all take {@code max_tokens}.
     */
    private static ChatModel openAi(LlmOptions llm, String apiKey) {
        String baseUrl = orDefault(llm.baseUrl(), OPENAI_URL);
        OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey == null ? NO_KEY : apiKey)
                .modelName(llm.model())
                .temperature(llm.temperature())
                .timeout(llm.timeout())
                .maxRetries(0);
        if (baseUrl.contains("api.openai.com")) {
            b.maxCompletionTokens(llm.maxOutputTokens());
        } else {
            b.maxTokens(llm.maxOutputTokens());
        }
        return b.build();
    }

    private static ChatModel anthropic(LlmOptions llm, String apiKey) {
        return AnthropicChatModel.builder()
                .baseUrl(orDefault(llm.baseUrl(), ANTHROPIC_URL))
                .apiKey(apiKey)
                .modelName(llm.model())
                .temperature(llm.temperature())
                .maxTokens(llm.maxOutputTokens())
                .timeout(llm.timeout())
                .maxRetries(0)
                .build();
    }

    private static ChatModel gemini(LlmOptions llm, String apiKey) {
        return GoogleAiGeminiChatModel.builder()
                .baseUrl(orDefault(llm.baseUrl(), GEMINI_URL))
                .apiKey(apiKey)
                .modelName(llm.model())
                .temperature(llm.temperature())
                .maxOutputTokens(llm.maxOutputTokens())
                .timeout(llm.timeout())
                .maxRetries(0)
                .build();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
