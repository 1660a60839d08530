package org.mojaz.summary;

/** Told about every model call an engine makes, for the daily caps and the token log. */
@FunctionalInterface
public interface CallRecorder {
    CallRecorder NONE = (outcome, inputTokens, outputTokens) -> { };

    /**
     * @param outcome      ok | invalid | timeout | rate_limited | error
     * @param inputTokens  tokens counted by the provider, or null
     * @param outputTokens tokens counted by the provider, or null
     */
    void record(String outcome, Integer inputTokens, Integer outputTokens);

    /**
     * Asked before every model call, the repair included.
     *
     * @throws org.mojaz.llm.ModelUnavailableException with {@code OVER_BUDGET} when the call would pass a daily cap
     */
    default void beforeCall() {
    }
}
