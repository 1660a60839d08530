package org.mojaz.chat;

import java.util.List;
import org.mojaz.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /forget}: asks for confirmation with two buttons that carry who asked (in a group only that member can
 * confirm or cancel), then deletes everything stored for the chat, the digests kept in memory too.
 */
final class Forget {
    private static final Logger LOG = LoggerFactory.getLogger(Forget.class);
    static final String PREFIX = "forget:";

    private final Store store;
    private final Briefer briefer;

    Forget(Store store, Briefer briefer) {
        this.store = store;
        this.briefer = briefer;
    }

    static List<Reply> ask(long userId, String ui) {
        Reply ask = Replies.one(Say.FORGET_ASK.in(ui)).get(0).withButtons(List.of(List.of(
                new Button(Say.FORGET_YES.in(ui), PREFIX + "yes:" + userId),
                new Button(Say.FORGET_NO.in(ui), PREFIX + "no:" + userId))));
        return List.of(ask);
    }

    /** A press on one of the two buttons; a press by anyone but the asker changes nothing. */
    List<Reply> press(long chatId, long userId, String data, String ui) {
        if (!data.endsWith(":" + userId)) {
            return List.of();
        }
        if (data.startsWith(PREFIX + "yes:")) {
            int n = store.forgetChat(chatId);
            briefer.forget(chatId);
            LOG.info("chat {} forgotten ({} articles)", chatId, n);
            return Replies.one(Say.FORGET_DONE.in(ui, n));
        }
        if (data.startsWith(PREFIX + "no:")) {
            return Replies.one(Say.FORGET_CANCELLED.in(ui));
        }
        return List.of();
    }
}
