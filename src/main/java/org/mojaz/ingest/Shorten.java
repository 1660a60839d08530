package org.mojaz.ingest;

/** Keeps what a message echoes back (a host name, a path, a link) short enough to read. */
public final class Shorten {
    /** Longest echo, in characters. */
    public static final int MAX = 80;

    private Shorten() {
    }

    /** The text itself when short, otherwise its start and end around an ellipsis, {@link #MAX} characters in all. */
    public static String middle(String text) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        int head = MAX * 2 / 3;
        int tail = MAX - head - 1;
        int start = Character.isHighSurrogate(text.charAt(head - 1)) ? head - 1 : head;
        int end = text.length() - tail;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return text.substring(0, start) + "…" + text.substring(end);
    }
}
