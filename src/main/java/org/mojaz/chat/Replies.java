package org.mojaz.chat;

import java.util.List;
import java.util.Locale;

/** Small helpers shared by the handlers: one plain reply, a shortened label, a user's interface language. */
final class Replies {
    private Replies() {
    }

    /** One reply of plain text, each line escaped and laid out in its own direction. */
    static List<Reply> one(String plainText) {
        List<String> lines = plainText.lines().map(Html::either).toList();
        return List.of(Reply.of(String.join("\n", lines)));
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }

    /** {@code ar} for an Arabic Telegram language code, else {@code en}. */
    static String languageOf(String languageCode) {
        return languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("ar") ? "ar" : "en";
    }
}
