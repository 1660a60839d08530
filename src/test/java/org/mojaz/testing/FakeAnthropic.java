package org.mojaz.testing;

import java.util.List;
import java.util.Map;

/** Anthropic messages ({@code POST /v1/messages}). */
public final class FakeAnthropic extends FakeLlmServer {

    @Override
    public String baseUrl() {
        return root() + "/v1/";
    }

    @Override
    protected String successBody(String text, int inputTokens, int outputTokens) {
        return json(Map.of(
                "id", "msg_test",
                "type", "message",
                "role", "assistant",
                "model", "test-model",
                "content", List.of(Map.of("type", "text", "text", text)),
                "stop_reason", "end_turn",
                "usage", Map.of("input_tokens", inputTokens, "output_tokens", outputTokens)));
    }

    @Override
    protected String errorBody(int status, String message) {
        return json(Map.of("type", "error", "error", Map.of("type", status == 429 ? "rate_limit_error" : "api_error",
                "message", message)));
    }
}
