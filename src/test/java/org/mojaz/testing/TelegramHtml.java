package org.mojaz.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks text the way Telegram's HTML parse mode does, closely enough to catch "can't parse entities". */
final class TelegramHtml {
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "a", "code", "pre", "tg-spoiler", "blockquote", "span");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)(\\s+[a-z]+=\"[^\"<>]*\")?>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d+|#x[0-9a-fA-F]+);");

    private TelegramHtml() {
    }

    /** The parse error, or empty when Telegram would accept the text. */
    static Optional<String> error(String text) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(text).region(i, text.length());
                if (!m.lookingAt() || !TAGS.contains(m.group(2))) {
                    return Optional.of("can't parse entities: unsupported start tag at byte offset " + i);
                }
                if (m.group(1).isEmpty()) {
                    open.push(m.group(2));
                } else if (open.isEmpty() || !open.pop().equals(m.group(2))) {
                    return Optional.of("can't parse entities: unmatched end tag at byte offset " + i);
                }
                i = m.end();
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(text).region(i, text.length());
                if (!m.lookingAt()) {
                    return Optional.of("can't parse entities: bad entity at byte offset " + i);
                }
                i = m.end();
            } else if (c == '>') {
                return Optional.of("can't parse entities: unexpected > at byte offset " + i);
            } else {
                i++;
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of("can't parse entities: unclosed " + open.peek());
    }

    /** Visible length: the text without tags, entities counted as one character. */
    static int visibleLength(String text) {
        return ENTITY.matcher(text.replaceAll("<[^>]+>", "")).replaceAll("x").length();
    }
}
