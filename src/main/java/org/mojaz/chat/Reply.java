package org.mojaz.chat;

import java.util.List;

/**
 * One message to send, in Telegram's HTML subset ({@code <b> <i> <a> <code>}), every outside string escaped, at most
 * {@link #MAX_LENGTH} characters, with rows of inline buttons.
 *
 * @param articleId the article this message shows part of a brief of, or null: the transport remembers the sent
 *                  message under it ({@link Conversation#sent}), so that a reply to any part asks about that article
 */
public record Reply(String html, List<List<Button>> buttons, Long articleId) {
    public static final int MAX_LENGTH = 4096;

    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public Reply(String html, List<List<Button>> buttons) {
        this(html, buttons, null);
    }

    public static Reply of(String html) {
        return new Reply(html, List.of());
    }

    public Reply withButtons(List<List<Button>> rows) {
        return new Reply(html, rows, articleId);
    }

    /** The same message, marked as a part of the brief of this article. */
    public Reply about(long article) {
        return new Reply(html, buttons, article);
    }

    /** The same reply for a terminal: tags dropped, entities decoded, links shown after their text. */
    public String plainText() {
        String text = html.replaceAll("<a href=\"([^\"]*)\">([^<]*)</a>", "$2 <$1>")
                .replaceAll("<(/?)(b|i|u|s|code|pre|blockquote)>", "");
        return Html.unescape(text);
    }
}
