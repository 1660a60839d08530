package org.mojaz.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mojaz.chat.Outgoing;
import org.mojaz.chat.Reply;

/** An {@link Outgoing} that keeps what it was asked to send; a chat marked gone refuses like a blocked Telegram chat. */
public final class RecordingOutgoing implements Outgoing {
    /** One message sent: the chat and its text. */
    public record Sent(long chatId, String html) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final Set<Long> gone = new HashSet<>();

    @Override
    public synchronized int send(long chatId, Reply reply) {
        if (gone.contains(chatId)) {
            throw new ChatUnreachableException(chatId);
        }
        sent.add(new Sent(chatId, reply.html()));
        return sent.size();
    }

    @Override
    public synchronized void edit(long chatId, int messageId, Reply reply) {
        send(chatId, reply);
    }

    public synchronized void gone(long chatId) {
        gone.add(chatId);
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Sent> sentTo(long chatId) {
        return sent.stream().filter(s -> s.chatId() == chatId).toList();
    }
}
