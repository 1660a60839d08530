package org.mojaz.console;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Makes text from pages safe to print on a terminal: control characters (escape sequences, carriage returns,
 * C1 controls) and the bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) are
 * removed, so a title cannot clear the screen, rewrite a line or reverse the text printed after it. Line feeds and
 * tabs stay; so do the harmless direction marks (LRM, RLM, ALM) that Arabic text uses.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String clean(String text) {
        if (text == null || text.chars().noneMatch(TerminalText::removed)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(c -> !removed(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    static boolean removed(int c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    /** A stream that cleans every string, object and character array printed through it (UTF-8). */
    public static PrintStream guard(PrintStream out) {
        return out instanceof Guarded ? out : new Guarded(out);
    }

    private static final class Guarded extends PrintStream {
        Guarded(PrintStream out) {
            super(out, true, StandardCharsets.UTF_8);
        }

        @Override
        public void print(String s) {
            super.print(clean(s));
        }

        @Override
        public void print(Object o) {
            super.print(clean(String.valueOf(o)));
        }

        @Override
        public void print(char[] s) {
            super.print(clean(new String(s)));
        }

        @Override
        public void print(char c) {
            if (!removed(c)) {
                super.print(c);
            }
        }

        @Override
        public void println(String s) {
            synchronized (this) {
                print(s);
                println();
            }
        }

        @Override
        public void println(Object o) {
            synchronized (this) {
                print(o);
                println();
            }
        }

        @Override
        public void println(char[] s) {
            synchronized (this) {
                print(s);
                println();
            }
        }
    }
}
