package org.mojaz.llm;

import java.util.function.IntSupplier;
import java.util.function.LongToIntFunction;
import org.mojaz.llm.ModelUnavailableException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily caps on model calls (UTC days), one per chat and one for the whole bot, shared by every user of the
 * model (summaries, answers, briefing overviews). The counts come from the call log the caller keeps.
 */
public final class DailyBudget {
    private static final Logger LOG = LoggerFactory.getLogger(DailyBudget.class);

    private final int callsPerChat;
    private final int callsGlobal;
    private final IntSupplier callsToday;
    private final LongToIntFunction chatCallsToday;

    /**
     * @param callsToday     calls made today by the whole bot
     * @param chatCallsToday calls made today for one chat
     */
    public DailyBudget(int callsPerChat, int callsGlobal, IntSupplier callsToday, LongToIntFunction chatCallsToday) {
        this.callsPerChat = callsPerChat;
        this.callsGlobal = callsGlobal;
        this.callsToday = callsToday;
        this.chatCallsToday = chatCallsToday;
    }

    /**
     * Throws when one more call would go over a cap.
     *
     * @param chatId the chat the call is for, or null (not on behalf of a chat: only the global cap applies)
     * @throws ModelUnavailableException with {@code OVER_BUDGET}
     */
    public void check(Long chatId) {
        if (callsToday.getAsInt() >= callsGlobal) {
            LOG.info("global daily model budget reached calls={}", callsGlobal);
            throw new ModelUnavailableException(Reason.OVER_BUDGET, "global daily call cap reached");
        }
        if (chatId != null && chatCallsToday.applyAsInt(chatId) >= callsPerChat) {
            LOG.info("chat daily model budget reached chat={} calls={}", chatId, callsPerChat);
            throw new ModelUnavailableException(Reason.OVER_BUDGET, "chat daily call cap reached");
        }
    }
}
