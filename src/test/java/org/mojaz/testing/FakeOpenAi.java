package org.mojaz.testing;

import java.util.List;
import java.util.Map;

/** OpenAI chat completions ({@code POST /v1/chat/completions}), as OpenAI, Ollama, vLLM, Groq ... answer it. */
public final class FakeOpenAi extends FakeLlmServer {

    @Override
    public String baseUrl() {
        return root() + "/v1";
    }

    @Override
    protected String successBody(String text, int inputTokens, int outputTokens) {
        return json(Map.of(
                "id", "chatcmpl-test",
                "object", "chat.completion",
                "created", 1_790_000_000,
                "model", "test-model",
                "choices", List.of(Map.of("index", 0,
                        "message", Map.of("role", "assistant", "content", text),
                        "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", inputTokens, "completion_tokens", outputTokens,
                        "total_tokens", inputTokens + outputTokens)));
    }

    @Override
    protected String errorBody(int status, String message) {
        return json(Map.of("error", Map.of("message", message, "type", status == 429 ? "rate_limit_exceeded" : "server_error")));
    }
}
