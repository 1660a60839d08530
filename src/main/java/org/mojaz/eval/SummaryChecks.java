package org.mojaz.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.text.Paragraphs;
import org.mojaz.text.SentenceSplitter;

/**
 * Reader-facing faults of a summary, judged against the article's raw text (line ends as the source has them):
 * a summary that starts or ends inside a sentence, and a summary that repeats a sentence (or the title). A
 * boundary is inside a sentence when the text before it does not close a sentence (. ! ? ؟ … ؛ :), no blank line
 * separates them, the next text does not start a list or dialogue item, and the line before it is not a heading
 * (a line of at most {@link #HEADING_WORDS} words).
 */
final class SummaryChecks {
    static final int HEADING_WORDS = 10;
    private static final Pattern ITEM = Pattern.compile("^(?:[-*•▪■–—ـ]|\\d{1,2}[.)]\\s|[سج]\\s*[:/]|[QA]:).*",
            Pattern.DOTALL);
    /** Two sentences repeat each other when this share of the shorter one's words is in the other. */
    private static final double REPEAT = 0.8;

    private SummaryChecks() {
    }

    /** Whether the summary (its picked pieces, in order) starts or ends inside a sentence of {@code text}. */
    static boolean midSentence(String text, List<String> pieces) {
        if (pieces.isEmpty()) {
            return false;
        }
        int[] first = locate(text, pieces.get(0));
        int[] last = locate(text, pieces.get(pieces.size() - 1));
        return (first != null && startsInside(text, first[0])) || (last != null && endsInside(text, last[1]));
    }

    /** Whether two pieces of the summary, or a piece and the title, say the same thing. */
    static boolean repeats(String title, List<String> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Set<String> a = words(pieces.get(i));
            if (title != null && !title.isBlank() && a.size() >= 3
                    && a.stream().filter(words(title)::contains).count() >= REPEAT * a.size()) {
                return true;
            }
            for (int j = i + 1; j < pieces.size(); j++) {
                if (overlap(a, words(pieces.get(j)))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean startsInside(String text, int start) {
        int i = start;
        int newlines = 0;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            newlines += text.charAt(i - 1) == '\n' ? 1 : 0;
            i--;
        }
        if (i == 0 || newlines >= 2 || Paragraphs.endsSentence(text.substring(0, i))) {
            return false;
        }
        String line = text.substring(text.lastIndexOf('\n', i - 1) + 1, i);
        if (newlines == 0) {
            return !isDateline(line);
        }
        return lineContinues(text, line, text.substring(start));
    }

    /** A single line end inside a sentence, as {@link Paragraphs} decides it; never after a heading line. */
    private static boolean lineContinues(String text, String line, String rest) {
        int eol = rest.indexOf('\n');
        String next = (eol < 0 ? rest : rest.substring(0, eol)).strip();
        int width = Paragraphs.wrapWidth(Arrays.stream(text.split("\\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        return !next.isEmpty() && SentenceSplitter.wordCount(line) > HEADING_WORDS && !ITEM.matcher(next).matches()
                && Paragraphs.continues(line.strip(), next, width, false);
    }

    /** "CAIRO (Reuters) -", "دبي، الإمارات العربية المتحدة (CNN) --": a few words ending on a dash or colon. */
    private static boolean isDateline(String lineStart) {
        String s = lineStart.strip();
        return !s.isEmpty() && SentenceSplitter.wordCount(s) <= HEADING_WORDS && "-—–:)".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    static boolean endsInside(String text, int end) {
        int i = end;
        int newlines = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            newlines += text.charAt(i) == '\n' ? 1 : 0;
            i++;
        }
        if (i == text.length() || newlines >= 2 || Paragraphs.endsSentence(text.substring(0, end))) {
            return false;
        }
        if (newlines == 0) {
            return true;
        }
        String line = text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
        return lineContinues(text, line, text.substring(i));
    }

    /** Start and end offsets of {@code piece} in {@code text}, white space matched loosely; null if absent. */
    static int[] locate(String text, String piece) {
        String[] tokens = piece.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String t : tokens) {
            regex.append(regex.length() > 0 ? "\\s+" : "").append(Pattern.quote(t));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> big = small == a ? b : a;
        if (small.size() < 3) {
            return false;
        }
        long shared = small.stream().filter(big::contains).count();
        return shared >= REPEAT * small.size();
    }
}
