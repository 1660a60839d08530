package org.mojaz.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long HTML reply into messages under Telegram's limit, at paragraph boundaries first, then at line breaks,
 * then between words. Paragraphs are written with their tags closed, so a cut between them never breaks markup;
 * a single paragraph too long even for that loses its tags rather than be cut inside one.
 */
final class Splitter {
    private Splitter() {
    }

    static List<String> split(String html, int max) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String block : pieces(html, max)) {
            String sep = current.isEmpty() ? "" : block.startsWith("\n") ? "" : "\n\n";
            if (current.length() + sep.length() + block.length() > max && !current.isEmpty()) {
                parts.add(current.toString().strip());
                current.setLength(0);
                sep = "";
            }
            current.append(sep).append(block);
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }

    /** Paragraphs, each no longer than max. */
    private static List<String> pieces(String html, int max) {
        List<String> out = new ArrayList<>();
        for (String paragraph : html.split("\n\n")) {
            if (paragraph.length() <= max) {
                out.add(paragraph);
                continue;
            }
            for (String line : paragraph.split("\n")) {
                if (line.length() <= max) {
                    out.add("\n" + line);
                } else {
                    out.addAll(words(plain(line), max));
                }
            }
        }
        return out;
    }

    private static String plain(String line) {
        return line.replaceAll("<[^>]+>", "");
    }

    private static List<String> words(String text, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String w = word.length() > max ? word.substring(0, max) : word;
            if (current.length() + 1 + w.length() > max) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(w);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }
}
