package org.mojaz.llm;

/**
 * What the model answered.
 *
 * @param text         the answer text (may be empty)
 * @param inputTokens  tokens the provider counted for the request, or null when it did not say
 * @param outputTokens tokens the provider counted for the answer, or null when it did not say
 */
public record LlmReply(String text, Integer inputTokens, Integer outputTokens) {
    public LlmReply {
        text = text == null ? "" : text;
    }
}
