package org.mojaz.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mojaz.core.Article;
import org.mojaz.ingest.ExtractionException;
import org.mojaz.ingest.FetchException;
import org.mojaz.ingest.Ingestor;
import org.mojaz.ingest.PdfText;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.ChatSettings.Preferences;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;
import org.mojaz.summary.Digest;
import org.mojaz.summary.Summarizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation, whatever the transport: a message in, replies out. Links, documents and longer text become
 * briefs; short plain messages are questions; slash commands change settings. Safe to call from several threads
 * for different chats; one chat's messages should be handled in order.
 */
public final class Conversation {
    /** The terminal's one local chat. */
    public static final long CONSOLE_CHAT_ID = 0;
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    private static final int FORWARDED_MIN_CHARS = 80;
    private static final int DIGESTS_KEPT = 500;

    /** Runs one slash command; {@code argument} is the text after the command, trimmed. */
    @FunctionalInterface
    public interface CommandHandler {
        List<Reply> run(Message message, String argument, String ui);
    }

    private enum Intent { COMMAND, DOCUMENT, LINKS, TEXT, QUESTION }

    private final Function<String, Article> links;
    private final Ingestor ingestor;
    private final Summarizer summarizer;
    private final Store store;
    private final ChatSettings settings;
    private final Policy policy;
    private final LinkBudget budget;
    private final Map<String, CommandHandler> handlers = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, CommandInfo> commands = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Digest> digests = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Digest> eldest) {
            return size() > DIGESTS_KEPT;
        }
    });

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
        this.links = links;
        this.ingestor = ingestor;
        this.summarizer = summarizer;
        this.store = store;
        this.settings = new ChatSettings(store);
        this.policy = policy;
        this.budget = new LinkBudget(policy.linksPerMinute(), clock);
        Commands.registerDefaults(this, store, settings);
    }

    /** Adds or replaces a command (the briefing and Q&A features register theirs here). */
    public void addCommand(CommandInfo info, CommandHandler handler) {
        commands.put(info.name(), info);
        handlers.put(info.name(), handler);
    }

    /** Every command, in the order they were added, for help text and Telegram's command menu. */
    public List<CommandInfo> commands() {
        synchronized (commands) {
            return List.copyOf(commands.values());
        }
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
            return m.userId() == 0 ? List.of() : one(Say.NOT_ALLOWED.both());
        }
        String ui = ui(m);
        return switch (intent(m)) {
            case COMMAND -> command(m, ui);
            case DOCUMENT -> document(m, ui);
            case LINKS -> links(m, ui);
            case TEXT -> text(m, ui);
            case QUESTION -> question(m, ui);
        };
    }

    /** A button was pressed under an earlier reply: the replies that take that message's place (empty: none). */
    public List<Reply> press(long chatId, long userId, String data) {
        if (!policy.allows(userId)) {
            return List.of();
        }
        String ui = settings.get(chatId).uiLanguage();
        if (data.startsWith("forget:") && !data.endsWith(":" + userId)) {
            return List.of();
        }
        if (data.startsWith("forget:yes:")) {
            int n = store.forgetChat(chatId);
            synchronized (digests) {
                digests.keySet().removeIf(k -> k.startsWith(chatId + ":"));
            }
            LOG.info("chat {} forgotten ({} articles)", chatId, n);
            return one(Say.FORGET_DONE.in(ui, n));
        }
        if (data.startsWith("forget:no:")) {
            return one(Say.FORGET_CANCELLED.in(ui));
        }
        return BriefView.parse(data).map(view -> redraw(chatId, view, ui)).orElse(List.of());
    }

    private List<Reply> redraw(long chatId, BriefView view, String ui) {
        Optional<StoredArticle> stored = store.article(chatId, view.articleId());
        if (stored.isEmpty()) {
            return one(Say.GONE.in(ui));
        }
        Digest digest = digests.get(chatId + ":" + view.articleId());
        if (digest == null) {
            digest = summarizer.summarize(stored.get().article(), chatId);
            digests.put(chatId + ":" + view.articleId(), digest);
        }
        return render(stored.get(), digest, view, ui);
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
        settings.ensure(m.chatId(), m.chatKind(), languageOf(m.userLanguage()));
        return settings.get(m.chatId()).uiLanguage();
    }

    static String languageOf(String languageCode) {
        return languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("ar") ? "ar" : "en";
    }

    // ---- commands --------------------------------------------------------------------------------------------

    private List<Reply> command(Message m, String ui) {
        String text = m.text().strip();
        int space = text.indexOf(' ');
        String head = space < 0 ? text.substring(1) : text.substring(1, space);
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        int at = head.indexOf('@');
        String name = (at < 0 ? head : head.substring(0, at)).toLowerCase(Locale.ROOT);
        CommandHandler handler = handlers.get(name);
        if (handler == null) {
            List<Reply> replies = new ArrayList<>(one(Say.UNKNOWN_COMMAND.in(ui, name)));
            replies.addAll(help(ui));
            return replies;
        }
        return handler.run(m, argument, ui);
    }

    List<Reply> help(String ui) {
        StringBuilder out = new StringBuilder(Html.bold(Html.escape(Say.HELP_TITLE.in(ui))));
        out.append("\n").append(Html.escape(Say.HELP_BODY.in(ui, policy.maxLinksPerMessage()))).append("\n");
        for (CommandInfo c : commands()) {
            out.append("\n/").append(c.name()).append(" — ").append(Html.either(c.description(ui)));
        }
        return List.of(Reply.of(out.toString()));
    }

    // ---- briefs ----------------------------------------------------------------------------------------------

    private List<Reply> links(Message m, String ui) {
        List<String> all = Links.find(m.text());
        int max = policy.maxLinksPerMessage();
        List<Reply> replies = new ArrayList<>();
        for (String link : all.subList(0, Math.min(max, all.size()))) {
            if (!budget.take(m.chatId())) {
                replies.addAll(one(Say.SLOW_DOWN.in(ui)));
                return replies;
            }
            replies.addAll(brief(m, link, ui, () -> links.apply(link)));
        }
        if (all.size() > max) {
            replies.addAll(one(Say.TOO_MANY_LINKS.in(ui, max, all.size() - max)));
        }
        return replies;
    }

    private List<Reply> text(Message m, String ui) {
        if (m.text().length() > policy.maxTextChars()) {
            return one(Say.TEXT_TOO_LONG.in(ui, policy.maxTextChars()));
        }
        String source = m.forwarded() ? "text:forwarded" : "text:pasted";
        return brief(m, ui.equals("ar") ? "النص" : "the text", ui, () -> ingestor.fromText(m.text(), source));
    }

    private List<Reply> document(Message m, String ui) {
        Attachment a = m.attachment();
        String name = a.fileName() == null ? "document" : a.fileName();
        if (a.size() > policy.maxFileBytes()) {
            return one(Say.FILE_TOO_LARGE.in(ui, policy.maxFileBytes() / (1024 * 1024)));
        }
        if (!Documents.supported(name, a.mimeType())) {
            return one(Say.FILE_UNSUPPORTED.in(ui));
        }
        if (!budget.take(m.chatId())) {
            return one(Say.SLOW_DOWN.in(ui));
        }
        return brief(m, name, ui, () -> read(a, name));
    }

    private Article read(Attachment a, String name) {
        byte[] bytes = a.content().read(policy.maxFileBytes());
        if (bytes.length > policy.maxFileBytes()) {
            throw new FetchException(FetchException.Reason.TOO_LARGE, "The file is larger than "
                    + policy.maxFileBytes() / (1024 * 1024) + " MB.");
        }
        if (PdfText.looksLikePdf(bytes, name, a.mimeType())) {
            return ingestor.fromText(PdfText.extract(bytes), "file:" + name);
        }
        return ingestor.fromDocument(bytes, name, a.mimeType());
    }

    private List<Reply> question(Message m, String ui) {
        if (m.replyToArticleId() != null) {
            Optional<StoredArticle> about = store.article(m.chatId(), m.replyToArticleId());
            if (about.isPresent()) {
                return one(Say.QUESTION_ABOUT.in(ui, about.get().article().title()));
            }
        }
        return one(Say.QUESTION_HINT.in(ui, policy.minTextChars()));
    }

    private List<Reply> brief(Message m, String label, String ui, Supplier<Article> read) {
        long started = System.nanoTime();
        Article article;
        try {
            article = read.get();
        } catch (FetchException | ExtractionException e) {
            return List.of(Reply.of(Html.bold(Html.either(Say.CANNOT_READ.in(ui, shorten(label))))
                    + "\n" + Html.escape(e.getMessage())));
        }
        StoredArticle stored = store.saveArticle(m.chatId(), article);
        Digest digest;
        try {
            digest = summarizer.summarize(article, m.chatId());
        } catch (RuntimeException e) {
            LOG.warn("chat {} article {}: summarizer failed: {}", m.chatId(), stored.id(), e.getClass().getSimpleName());
            return one(Say.CANNOT_SUMMARIZE.in(ui, shorten(label)));
        }
        digests.put(m.chatId() + ":" + stored.id(), digest);
        LOG.info("chat {} article {} briefed by {} in {} ms", m.chatId(), stored.id(), digest.engine(),
                (System.nanoTime() - started) / 1_000_000);
        Preferences prefs = settings.get(m.chatId());
        char mode = "long".equals(prefs.summaryLength()) ? 'm' : 's';
        return render(stored, digest, new BriefView(stored.id(), mode, prefs.showLanguages()), ui);
    }

    private List<Reply> render(StoredArticle stored, Digest digest, BriefView view, String ui) {
        Article a = stored.article();
        String date = a.published() != null && a.published().length() >= 10 ? a.published().substring(0, 10) : null;
        String html = BriefRenderer.render(a, displaySource(stored.source()), date, digest, view, ui);
        return withButtons(Splitter.split(html, Reply.MAX_LENGTH), BriefRenderer.buttons(view));
    }

    private static String displaySource(String source) {
        if (source.startsWith("file:")) {
            return source.substring("file:".length());
        }
        return source.startsWith("text:") ? "✎" : shorten(source);
    }

    private static List<Reply> withButtons(List<String> parts, List<List<Button>> buttons) {
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            replies.add(new Reply(parts.get(i), i == parts.size() - 1 ? buttons : List.of()));
        }
        return replies;
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }

    /** One reply of plain text, each line escaped and laid out in its own direction. */
    static List<Reply> one(String plainText) {
        List<String> lines = plainText.lines().map(Html::either).toList();
        return List.of(Reply.of(String.join("\n", lines)));
    }

}
