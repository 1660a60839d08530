package org.mojaz.chat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.ChatSettings.Preferences;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;

/** The built-in commands: /start /help /lang /length /recent /forget /privacy and the briefing placeholder. */
final class Commands {
    private static final int RECENT = 10;

    private Commands() {
    }

    static void registerDefaults(CommandRegistry c, Store store, ChatSettings settings) {
        c.add(new CommandInfo("start", "Welcome and what I can do", "الترحيب وما أستطيع فعله"),
                (m, arg, ui) -> start(settings, m));
        c.add(new CommandInfo("help", "How to use the bot", "طريقة استخدام البوت"), (m, arg, ui) -> c.help(ui));
        c.add(new CommandInfo("lang", "Summaries to show: ar, en or both", "الملخصات المعروضة: ar أو en أو both"),
                (m, arg, ui) -> lang(settings, m, arg, ui));
        c.add(new CommandInfo("length", "Brief length: short or long", "طول الموجز: short أو long"),
                (m, arg, ui) -> length(settings, m, arg, ui));
        c.add(new CommandInfo("recent", "Your last articles", "آخر مقالاتك"),
                (m, arg, ui) -> recent(store, m, ui));
        c.add(new CommandInfo("forget", "Delete everything stored for this chat", "حذف كل ما خُزّن لهذه المحادثة"),
                (m, arg, ui) -> Forget.ask(m.userId(), ui));
        c.add(new CommandInfo("privacy", "What is stored and for how long", "ما الذي يُخزَّن وإلى متى"),
                (m, arg, ui) -> Replies.one(Say.PRIVACY.in(ui)));
        c.add(new CommandInfo("briefing", "Daily briefing (coming soon)", "الموجز اليومي (قريبًا)"),
                (m, arg, ui) -> Replies.one(Say.BRIEFING_SOON.in(ui)));
    }

    private static List<Reply> start(ChatSettings settings, Message m) {
        String ui = Replies.languageOf(m.userLanguage());
        Preferences prefs = settings.get(m.chatId());
        if (m.userLanguage() != null) {
            settings.setLanguages(m.chatId(), prefs.showLanguages(), ui);
        } else {
            ui = prefs.uiLanguage();
        }
        return Replies.one(Say.WELCOME.in(ui));
    }

    private static List<Reply> lang(ChatSettings settings, Message m, String arg, String ui) {
        Say shown;
        String newUi = ui;
        switch (arg.toLowerCase(Locale.ROOT)) {
            case "ar" -> { shown = Say.LANG_AR; newUi = "ar"; }
            case "en" -> { shown = Say.LANG_EN; newUi = "en"; }
            case "both" -> shown = Say.LANG_BOTH;
            default -> {
                return Replies.one(Say.LANG_USAGE.in(ui));
            }
        }
        settings.setLanguages(m.chatId(), arg.toLowerCase(Locale.ROOT), newUi);
        return Replies.one(Say.LANG_SET.in(newUi, shown.in(newUi)));
    }

    private static List<Reply> length(ChatSettings settings, Message m, String arg, String ui) {
        String value = arg.toLowerCase(Locale.ROOT);
        if (!value.equals("short") && !value.equals("long")) {
            return Replies.one(Say.LENGTH_USAGE.in(ui));
        }
        settings.setLength(m.chatId(), value);
        return Replies.one((value.equals("long") ? Say.LENGTH_SET_LONG : Say.LENGTH_SET_SHORT).in(ui));
    }

    private static List<Reply> recent(Store store, Message m, String ui) {
        List<StoredArticle> articles = store.recentArticles(m.chatId(), RECENT);
        if (articles.isEmpty()) {
            return Replies.one(Say.RECENT_EMPTY.in(ui));
        }
        StringBuilder out = new StringBuilder(Html.bold(Html.either(Say.RECENT_TITLE.in(ui))));
        int i = 1;
        for (StoredArticle a : articles) {
            String title = a.article().title().isBlank()
                    ? Replies.shorten(a.article().paragraphs().get(0)) : a.article().title();
            String date = a.addedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
            out.append('\n').append(i++).append(". ").append(Html.either(title)).append(" — ").append(date);
        }
        return List.of(Reply.of(out.toString()));
    }
}
