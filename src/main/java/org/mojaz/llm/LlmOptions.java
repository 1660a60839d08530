package org.mojaz.llm;

import java.time.Duration;

/**
 * Which chat model to call and how; the API key travels separately and is never part of a record that may be logged.
 *
 * @param provider        none | openai-compatible | anthropic | gemini
 * @param model           the provider's model name
 * @param baseUrl         the server, empty for the provider's own
 * @param timeout         for one whole call
 * @param temperature     sampling temperature
 * @param maxOutputTokens answer length cap
 */
public record LlmOptions(String provider, String model, String baseUrl, Duration timeout, double temperature,
                         int maxOutputTokens) {
    /** False for {@code none}: no model, the extractive engine answers alone. */
    public boolean enabled() {
        return !provider.equals("none");
    }
}
