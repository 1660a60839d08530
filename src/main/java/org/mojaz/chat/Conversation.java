package org.mojaz.chat;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mojaz.core.Article;
import org.mojaz.ingest.Ingestor;
import org.mojaz.store.BriefMessages;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Store;
import org.mojaz.summary.Summarizer;

/**
 * The conversation, whatever the transport: a message in, replies out. It decides what a message is (a command, a
 * document, links, longer text to brief, or a short question) and hands it to that intent's {@link MessageHandler}:
 * commands to the command registry, briefs to the brief pipeline, questions to the handler given with
 * {@link #onQuestion} (by default a hint that questions are coming). Safe to call from several threads for different
 * chats; one chat's messages should be handled in order.
 */
public final class Conversation {
    /** The terminal's one local chat. */
    public static final long CONSOLE_CHAT_ID = 0;
    private static final int FORWARDED_MIN_CHARS = 80;

    private enum Intent { COMMAND, DOCUMENT, LINKS, TEXT, QUESTION }

    private final ChatSettings settings;
    private final Policy policy;
    private final CommandRegistry commands;
    private final Briefs briefs;
    private final Forget forget;
    private final BriefMessages briefMessages;
    private final Map<Intent, MessageHandler> handlers = new EnumMap<>(Intent.class);

    public Conversation(Ingestor ingestor, Summarizer summarizer, Store store, Policy policy, Clock clock) {
        this(ingestor::fromUrl, ingestor, summarizer, store, policy, clock);
    }

    /**
     * With another way of reading links than {@link Ingestor#fromUrl} (a test site, a cache).
     *
     * @param links reads a link into an article, throwing FetchException or ExtractionException for the user
     */
    public Conversation(Function<String, Article> links, Ingestor ingestor, Summarizer summarizer, Store store,
                        Policy policy, Clock clock) {
        this(links, ingestor, new Briefer(summarizer, store), store, policy, clock);
    }

    /** With the save-and-summarize pipeline shared with other users of it. */
    public Conversation(Function<String, Article> links, Ingestor ingestor, Briefer briefer, Store store,
                        Policy policy, Clock clock) {
        this.settings = new ChatSettings(store);
        this.policy = policy;
        this.commands = new CommandRegistry(policy.maxLinksPerMessage());
        this.briefs = new Briefs(links, ingestor, briefer, store, settings, policy, clock);
        this.forget = new Forget(store, briefer);
        this.briefMessages = new BriefMessages(store);
        Commands.registerDefaults(commands, store, settings);
        handlers.put(Intent.COMMAND, commands);
        handlers.put(Intent.DOCUMENT, briefs::document);
        handlers.put(Intent.LINKS, briefs::links);
        handlers.put(Intent.TEXT, briefs::text);
        handlers.put(Intent.QUESTION, new QuestionHint(store, policy.minTextChars()));
    }

    /** Adds or replaces a command (the briefing and Q&A features register theirs here). */
    public void addCommand(CommandInfo info, CommandHandler handler) {
        commands.add(info, handler);
    }

    /** Every command, in the order they were added, for help text and Telegram's command menu. */
    public List<CommandInfo> commands() {
        return commands.all();
    }

    /** Who answers short plain messages (questions) from now on; until called, a "coming soon" hint does. */
    public void onQuestion(MessageHandler handler) {
        synchronized (handlers) {
            handlers.put(Intent.QUESTION, handler);
        }
    }

    /**
     * Sets a chat's interface language because its transport was told to (the terminal's {@code --lang}): it
     * replaces what an earlier {@code /lang} stored; which summaries are shown stays as it was.
     */
    public void useInterfaceLanguage(long chatId, String chatKind, String ui) {
        String language = Replies.languageOf(ui);
        settings.ensure(chatId, chatKind, language);
        settings.setLanguages(chatId, settings.get(chatId).showLanguages(), language);
    }

    /**
     * The chat's interface language, "ar" or "en" (for a chat not seen before, the one its user's language gives, as
     * its first message would record it): what a transport's own lines are written in.
     */
    public String interfaceLanguage(long chatId, String chatKind, String userLanguage) {
        settings.ensure(chatId, chatKind, Replies.languageOf(userLanguage));
        return settings.get(chatId).uiLanguage();
    }

    /** A short "reading…" message to show at once when the message will take a while, else empty. */
    public Optional<Reply> placeholder(Message m) {
        Intent intent = intent(m);
        if (!policy.allows(m.userId()) || intent == Intent.COMMAND || intent == Intent.QUESTION) {
            return Optional.empty();
        }
        return Optional.of(Reply.of(Html.escape(Say.READING.in(ui(m)))));
    }

    /**
     * Handles one message; the replies are in order, each under Telegram's length limit. With an allow-list, posts
     * without a sender (channel posts) get no reply at all.
     */
    public List<Reply> handle(Message m) {
        if (!policy.allows(m.userId())) {
            return m.userId() == 0 ? List.of() : Replies.one(Say.NOT_ALLOWED.both());
        }
        String ui = ui(m);
        MessageHandler handler;
        synchronized (handlers) {
            handler = handlers.get(intent(m));
        }
        return handler.handle(m, ui);
    }

    /** A button was pressed under an earlier reply: the replies that take that message's place (empty: none). */
    public List<Reply> press(long chatId, long userId, String data) {
        if (!policy.allows(userId)) {
            return List.of();
        }
        String ui = settings.get(chatId).uiLanguage();
        if (data.startsWith(Forget.PREFIX)) {
            return forget.press(chatId, userId, data, ui);
        }
        return BriefView.parse(data).map(view -> briefs.redraw(chatId, view, ui)).orElse(List.of());
    }

    /**
     * The transport sent (or edited) message {@code messageId} with this reply: when the reply is a part of a brief,
     * the message is remembered as showing that article, so a reply to it is a question about that article.
     */
    public void sent(long chatId, int messageId, Reply reply) {
        if (reply.articleId() != null) {
            briefMessages.remember(chatId, messageId, reply.articleId());
        }
    }

    /** The article a message of this chat showed as part of a brief (see {@link #sent}), if the chat still holds it. */
    public Optional<Long> articleOf(long chatId, int messageId) {
        return briefMessages.article(chatId, messageId);
    }

    private Intent intent(Message m) {
        if (m.attachment() != null) {
            return Intent.DOCUMENT;
        }
        if (m.isCommand()) {
            return Intent.COMMAND;
        }
        if (!Links.find(m.text()).isEmpty()) {
            return Intent.LINKS;
        }
        int length = m.text().strip().length();
        if (length >= policy.minTextChars() || (m.forwarded() && length >= FORWARDED_MIN_CHARS)) {
            return Intent.TEXT;
        }
        return Intent.QUESTION;
    }

    private String ui(Message m) {
        return interfaceLanguage(m.chatId(), m.chatKind(), m.userLanguage());
    }
}
