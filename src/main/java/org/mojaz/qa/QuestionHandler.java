package org.mojaz.qa;

import java.util.List;
import org.mojaz.chat.CommandHandler;
import org.mojaz.chat.CommandInfo;
import org.mojaz.chat.Html;
import org.mojaz.chat.Message;
import org.mojaz.chat.MessageHandler;
import org.mojaz.chat.Reply;

/**
 * Questions in the conversation: a short plain message (replying to a brief asks that article) and
 * {@code /ask <question>}. The answer names its sources and its engine.
 */
public final class QuestionHandler implements MessageHandler {
    public static final CommandInfo ASK = new CommandInfo("ask", "Ask about your articles: /ask <question>",
            "اسأل عن مقالاتك: ‎/ask سؤالك");

    private final QuestionAnswerer answerer;

    public QuestionHandler(QuestionAnswerer answerer) {
        this.answerer = answerer;
    }

    @Override
    public List<Reply> handle(Message m, String ui) {
        return ask(m, m.text().strip(), ui);
    }

    /** {@code /ask}: the text after the command is the question; without one, how to ask. */
    public CommandHandler command() {
        return (m, argument, ui) -> argument.isBlank()
                ? List.of(Reply.of(Html.escape("ar".equals(ui)
                        ? "اكتب سؤالك بعد الأمر، مثل: ‎/ask متى تنتهي المناورات؟ أو ردّ على موجز بسؤالك."
                        : "Write your question after the command, e.g. /ask When do the exercises end? — or reply to a brief with it.")))
                : ask(m, argument, ui);
    }

    private List<Reply> ask(Message m, String question, String ui) {
        Answer answer = answerer.answer(m.chatId(), question, m.replyToArticleId());
        return List.of(AnswerReplies.reply(answer, QuestionReader.languageOf(question)));
    }
}
