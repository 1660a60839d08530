package org.mojaz.llm;

/** One message of a conversation with the model, in our own terms. */
public record LlmMessage(Role role, String text) {

    /** Who speaks. Instructions only ever travel as {@link #SYSTEM}; article text only inside a {@link #USER} message. */
    public enum Role { SYSTEM, USER, ASSISTANT }

    public LlmMessage {
        if (role == null || text == null) {
            throw new IllegalArgumentException("role and text must not be null");
        }
    }

    public static LlmMessage system(String text) {
        return new LlmMessage(Role.SYSTEM, text);
    }

    public static LlmMessage user(String text) {
        return new LlmMessage(Role.USER, text);
    }

    public static LlmMessage assistant(String text) {
        return new LlmMessage(Role.ASSISTANT, text);
    }
}
