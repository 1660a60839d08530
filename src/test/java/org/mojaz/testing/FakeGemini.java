package org.mojaz.testing;

import java.util.List;
import java.util.Map;

/** Google AI Gemini ({@code POST /v1beta/models/MODEL:generateContent}). */
public final class FakeGemini extends FakeLlmServer {

    @Override
    public String baseUrl() {
        return root() + "/v1beta";
    }

    @Override
    protected String successBody(String text, int inputTokens, int outputTokens) {
        return json(Map.of(
                "candidates", List.of(Map.of(
                        "content", Map.of("role", "model", "parts", List.of(Map.of("text", text))),
                        "finishReason", "STOP",
                        "index", 0)),
                "usageMetadata", Map.of("promptTokenCount", inputTokens, "candidatesTokenCount", outputTokens,
                        "totalTokenCount", inputTokens + outputTokens),
                "modelVersion", "test-model"));
    }

    @Override
    protected String errorBody(int status, String message) {
        return json(Map.of("error", Map.of("code", status, "message", message,
                "status", status == 429 ? "RESOURCE_EXHAUSTED" : "INTERNAL")));
    }
}
