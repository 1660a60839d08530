package org.mojaz.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Every LLM call with its outcome and token counts ({@code llm_calls}), and the day's counts for the caps. */
public final class LlmCallLog {
    private final Store store;
    private final Clock clock;

    public LlmCallLog(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param chatId  the chat the call was made for, or null (feed briefings)
     * @param outcome ok | invalid | timeout | rate_limited | error
     */
    public void record(Long chatId, String engine, String outcome, Integer inputTokens, Integer outputTokens) {
        synchronized (store) {
            store.update("INSERT INTO llm_calls (chat_id, day, engine, outcome, input_tokens, output_tokens, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", chatId, today(), engine, outcome, inputTokens, outputTokens,
                    clock.instant().toString());
        }
    }

    /** Calls made today (UTC) for this chat. */
    public int callsToday(long chatId) {
        synchronized (store) {
            return store.queryOne("SELECT COUNT(*) FROM llm_calls WHERE day = ? AND chat_id = ?", rs -> rs.getInt(1),
                    today(), chatId).orElse(0);
        }
    }

    /** Calls made today (UTC) by the whole bot. */
    public int callsToday() {
        synchronized (store) {
            return store.queryOne("SELECT COUNT(*) FROM llm_calls WHERE day = ?", rs -> rs.getInt(1), today())
                    .orElse(0);
        }
    }

    /** Tokens the provider counted, summed. */
    public record Tokens(long input, long output) {
    }

    /** Input and output tokens spent today (UTC) by the whole bot. */
    public Tokens tokensToday() {
        synchronized (store) {
            return store.queryOne("SELECT COALESCE(SUM(input_tokens), 0), COALESCE(SUM(output_tokens), 0) FROM llm_calls"
                    + " WHERE day = ?", rs -> new Tokens(rs.getLong(1), rs.getLong(2)), today()).orElse(new Tokens(0, 0));
        }
    }

    private String today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }
}
