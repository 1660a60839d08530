package org.mojaz.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mojaz.core.Article;
import org.mojaz.ingest.ExtractionException;
import org.mojaz.ingest.FetchException;
import org.mojaz.ingest.Ingestor;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.ChatSettings.Preferences;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;
import org.mojaz.summary.Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The brief pipeline behind links, pasted text and documents: read (link, text or file), save and summarize through
 * the {@link Briefer}, render with the chat's preferences; and the redraw when a brief's button is pressed.
 */
final class Briefs {
    private static final Logger LOG = LoggerFactory.getLogger(Briefs.class);

    private final Function<String, Article> links;
    private final Ingestor ingestor;
    private final Briefer briefer;
    private final Store store;
    private final ChatSettings settings;
    private final Policy policy;
    private final LinkBudget budget;

    /** @param links reads a link into an article, throwing FetchException or ExtractionException for the user */
    Briefs(Function<String, Article> links, Ingestor ingestor, Briefer briefer, Store store, ChatSettings settings,
           Policy policy, Clock clock) {
        this.links = links;
        this.ingestor = ingestor;
        this.briefer = briefer;
        this.store = store;
        this.settings = settings;
        this.policy = policy;
        this.budget = new LinkBudget(policy.linksPerMinute(), clock);
    }

    List<Reply> links(Message m, String ui) {
        List<String> all = Links.find(m.text());
        int max = policy.maxLinksPerMessage();
        List<Reply> replies = new ArrayList<>();
        for (String link : all.subList(0, Math.min(max, all.size()))) {
            if (!budget.take(m.chatId())) {
                replies.addAll(Replies.one(Say.SLOW_DOWN.in(ui)));
                return replies;
            }
            replies.addAll(brief(m, link, ui, () -> links.apply(link)));
        }
        if (all.size() > max) {
            replies.addAll(Replies.one(Say.TOO_MANY_LINKS.in(ui, max, all.size() - max)));
        }
        return replies;
    }

    List<Reply> text(Message m, String ui) {
        if (m.text().length() > policy.maxTextChars()) {
            return Replies.one(Say.TEXT_TOO_LONG.in(ui, policy.maxTextChars()));
        }
        String source = m.forwarded() ? "text:forwarded" : "text:pasted";
        return brief(m, ui.equals("ar") ? "النص" : "the text", ui, () -> ingestor.fromText(m.text(), source));
    }

    List<Reply> document(Message m, String ui) {
        Attachment a = m.attachment();
        String name = a.fileName() == null ? "document" : a.fileName();
        if (a.size() > policy.maxFileBytes()) {
            return Replies.one(Say.FILE_TOO_LARGE.in(ui, policy.maxFileBytes() / (1024 * 1024)));
        }
        if (!Documents.supported(name, a.mimeType())) {
            return Replies.one(Say.FILE_UNSUPPORTED.in(ui));
        }
        if (!budget.take(m.chatId())) {
            return Replies.one(Say.SLOW_DOWN.in(ui));
        }
        return brief(m, name, ui, () -> read(a, name));
    }

    /** The replies that take a brief's place when one of its buttons is pressed. */
    List<Reply> redraw(long chatId, BriefView view, String ui) {
        Optional<StoredArticle> stored = store.article(chatId, view.articleId());
        if (stored.isEmpty()) {
            return Replies.one(Say.GONE.in(ui));
        }
        return render(stored.get(), briefer.digestOf(chatId, stored.get()), view, ui);
    }

    private Article read(Attachment a, String name) {
        byte[] bytes = a.content().read(policy.maxFileBytes());
        if (bytes.length > policy.maxFileBytes()) {
            throw new FetchException(FetchException.Reason.TOO_LARGE, "The file is larger than "
                    + policy.maxFileBytes() / (1024 * 1024) + " MB.");
        }
        return ingestor.fromDocument(bytes, name, a.mimeType());
    }

    private List<Reply> brief(Message m, String label, String ui, Supplier<Article> read) {
        long started = System.nanoTime();
        Article article;
        try {
            article = read.get();
        } catch (FetchException | ExtractionException e) {
            return List.of(Reply.of(Html.bold(Html.either(Say.CANNOT_READ.in(ui, Replies.shorten(label))))
                    + "\n" + Problems.html(e, ui)));
        }
        Briefer.Briefed briefed;
        try {
            briefed = briefer.brief(m.chatId(), article);
        } catch (RuntimeException e) {
            return Replies.one(Say.CANNOT_SUMMARIZE.in(ui, Replies.shorten(label)));
        }
        StoredArticle stored = briefed.stored();
        LOG.info("chat {} article {} briefed by {} in {} ms", m.chatId(), stored.id(), briefed.digest().engine(),
                (System.nanoTime() - started) / 1_000_000);
        Preferences prefs = settings.get(m.chatId());
        char mode = "long".equals(prefs.summaryLength()) ? 'm' : 's';
        return render(stored, briefed.digest(), new BriefView(stored.id(), mode, prefs.showLanguages()), ui);
    }

    private static List<Reply> render(StoredArticle stored, Digest digest, BriefView view, String ui) {
        Article a = stored.article();
        // a page's own date, or none: the day it was sent is not the article's date
        String date = a.published() != null && a.published().length() >= 10 ? a.published().substring(0, 10) : null;
        String html = BriefRenderer.render(a, displaySource(stored.source()), date, digest, view, ui);
        return parts(Splitter.split(html, Reply.MAX_LENGTH), BriefRenderer.buttons(view), stored.id());
    }

    private static String displaySource(String source) {
        if (source.startsWith("file:")) {
            return source.substring("file:".length());
        }
        return source.startsWith("text:") ? "✎" : Replies.shorten(source);
    }

    /** The messages of one brief: the buttons under the last part, every part marked with the article. */
    private static List<Reply> parts(List<String> parts, List<List<Button>> buttons, long articleId) {
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            replies.add(new Reply(parts.get(i), i == parts.size() - 1 ? buttons : List.of(), articleId));
        }
        return replies;
    }
}
