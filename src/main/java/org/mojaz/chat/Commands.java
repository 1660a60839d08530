package org.mojaz.chat;

import java.time.ZoneOffset;
import java.util.List;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.ChatSettings.Preferences;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;

/** The built-in commands: /start /help /lang /length /recent /forget /privacy and the briefing placeholder. */
final class Commands {
    private static final int RECENT = 10;

    private Commands() {
    }

    static void registerDefaults(Conversation c, Store store, ChatSettings settings) {
        c.addCommand(new CommandInfo("start", "Welcome and what I can do", "الترحيب وما أستطيع فعله"),
                (m, arg, ui) -> start(c, settings, m));
        c.addCommand(new CommandInfo("help", "How to use the bot", "طريقة استخدام البوت"), (m, arg, ui) -> c.help(ui));
        c.addCommand(new CommandInfo("lang", "Summaries to show: ar, en or both", "الملخصات المعروضة: ar أو en أو both"),
                (m, arg, ui) -> lang(settings, m, arg, ui));
        c.addCommand(new CommandInfo("length", "Brief length: short or long", "طول الموجز: short أو long"),
                (m, arg, ui) -> length(settings, m, arg, ui));
        c.addCommand(new CommandInfo("recent", "Your last articles", "آخر مقالاتك"),
                (m, arg, ui) -> recent(store, m, ui));
        c.addCommand(new CommandInfo("forget", "Delete everything stored for this chat", "حذف كل ما خُزّن لهذه المحادثة"),
                (m, arg, ui) -> forget(m.userId(), ui));
        c.addCommand(new CommandInfo("privacy", "What is stored and for how long", "ما الذي يُخزَّن وإلى متى"),
                (m, arg, ui) -> Conversation.one(Say.PRIVACY.in(ui)));
        c.addCommand(new CommandInfo("briefing", "Daily briefing (coming soon)", "الموجز اليومي (قريبًا)"),
                (m, arg, ui) -> Conversation.one(Say.BRIEFING_SOON.in(ui)));
    }

    private static List<Reply> start(Conversation c, ChatSettings settings, Message m) {
        String ui = Conversation.languageOf(m.userLanguage());
        Preferences prefs = settings.get(m.chatId());
        if (m.userLanguage() != null) {
            settings.setLanguages(m.chatId(), prefs.showLanguages(), ui);
        } else {
            ui = prefs.uiLanguage();
        }
        return Conversation.one(Say.WELCOME.in(ui));
    }

    private static List<Reply> lang(ChatSettings settings, Message m, String arg, String ui) {
        Say shown;
        String newUi = ui;
        switch (arg.toLowerCase(java.util.Locale.ROOT)) {
            case "ar" -> { shown = Say.LANG_AR; newUi = "ar"; }
            case "en" -> { shown = Say.LANG_EN; newUi = "en"; }
            case "both" -> shown = Say.LANG_BOTH;
            default -> {
                return Conversation.one(Say.LANG_USAGE.in(ui));
            }
        }
        settings.setLanguages(m.chatId(), arg.toLowerCase(java.util.Locale.ROOT), newUi);
        return Conversation.one(Say.LANG_SET.in(newUi, shown.in(newUi)));
    }

    private static List<Reply> length(ChatSettings settings, Message m, String arg, String ui) {
        String value = arg.toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("short") && !value.equals("long")) {
            return Conversation.one(Say.LENGTH_USAGE.in(ui));
        }
        settings.setLength(m.chatId(), value);
        return Conversation.one((value.equals("long") ? Say.LENGTH_SET_LONG : Say.LENGTH_SET_SHORT).in(ui));
    }

    private static List<Reply> recent(Store store, Message m, String ui) {
        List<StoredArticle> articles = store.recentArticles(m.chatId(), RECENT);
        if (articles.isEmpty()) {
            return Conversation.one(Say.RECENT_EMPTY.in(ui));
        }
        StringBuilder out = new StringBuilder(Html.bold(Html.either(Say.RECENT_TITLE.in(ui))));
        int i = 1;
        for (StoredArticle a : articles) {
            String title = a.article().title().isBlank()
                    ? Conversation.shorten(a.article().paragraphs().get(0)) : a.article().title();
            String date = a.addedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
            out.append('\n').append(i++).append(". ").append(Html.either(title)).append(" — ").append(date);
        }
        return List.of(Reply.of(out.toString()));
    }

    /** The buttons carry who asked: in a group only that member can confirm or cancel. */
    private static List<Reply> forget(long userId, String ui) {
        Reply ask = Conversation.one(Say.FORGET_ASK.in(ui)).get(0).withButtons(List.of(List.of(
                new Button(Say.FORGET_YES.in(ui), "forget:yes:" + userId),
                new Button(Say.FORGET_NO.in(ui), "forget:no:" + userId))));
        return List.of(ask);
    }
}
