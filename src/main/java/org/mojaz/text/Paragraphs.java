package org.mojaz.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Paragraphs of plain text whose lines may be hard-wrapped (e-mails, forwarded posts, {@code .txt} files, text
 * cut at about 80 characters). A blank line always ends a paragraph. A single line end is joined to the next line
 * when the line does not close a sentence and the next line continues it: the line ends on a comma or on a word
 * that cannot end a sentence (في، من، التي، "the", "of"), the next English line starts in lower case, or the text
 * is wrapped (most lines end near one width) and the line reaches that width. A short line without a final mark
 * (a headline) and a line that starts a list or dialogue item ("- ", "* ", "ـ ", "1.") stay on their own. Pure.
 */
public final class Paragraphs {
    private static final String SENTENCE_ENDS = ".!?؟…؛:";
    private static final String CLOSERS = "\"'»”’)]";
    private static final Pattern ITEM = Pattern.compile("^(?:[-*•▪■–—ـ]\\s*|\\d{1,2}[.)]\\s+|[سج]\\s*[:/]\\s*|[QA]:\\s*).*");
    /** A trailing reference mark, as in "...sentence.[2]". */
    private static final Pattern CITATION = Pattern.compile("(?:\\s*\\[\\d{1,3}\\])+\\s*$");
    private static final Set<String> CONTINUING = Set.of(
            "في", "من", "على", "إلى", "الى", "عن", "مع", "و", "أو", "او", "ثم", "التي", "الذي", "الذين", "اللذين",
            "اللتين", "أن", "إن", "لكن", "بين", "حتى", "منذ", "خلال", "بعد", "قبل", "عند", "لدى", "ضد", "نحو", "حول",
            "عبر", "لا", "لم", "لن", "قد", "كان", "كانت", "هذا", "هذه", "ذلك", "تلك", "وفي", "ومن", "وعلى", "وإلى",
            "بأن", "لأن", "كما", "أي", "غير", "سوى",
            "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "that",
            "which", "who", "whose", "as", "than", "is", "are", "was", "were", "be", "been", "has", "have", "had",
            "will", "would", "can", "could", "its", "their", "his", "her", "our", "this", "these", "those", "into",
            "about", "after", "before", "between", "over", "under", "not", "no", "mr.", "mrs.", "dr.");
    /** Wrapped text: the widest line is at most this long ... */
    private static final int MAX_WRAP_WIDTH = 120;
    /** ... and at least this share of the lines reach {@link #NEAR_WIDTH} of it. */
    private static final double WRAPPED_SHARE = 0.5;
    private static final double NEAR_WIDTH = 0.7;
    /** In wrapped text, a line this close to the width was cut by the wrapping, not by the writer. */
    private static final double FULL_LINE = 0.6;
    /** A first line shorter than this share of the width is a headline, not a wrapped line. */
    private static final double FIRST_LINE_FULL = 0.85;

    private Paragraphs() {
    }

    /** The paragraphs of {@code text} in order, each on one line with single spaces, never empty. */
    public static List<String> of(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        String[] blocks = normal.split("\\n\\s*\\n");
        List<List<String>> blockLines = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String block : blocks) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\\n")) {
                String l = line.replaceAll("\\s+", " ").strip();
                if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            blockLines.add(lines);
            all.addAll(lines);
        }
        int width = wrapWidth(all);
        for (List<String> lines : blockLines) {
            joinLines(lines, width, out);
        }
        return out;
    }

    private static void joinLines(List<String> lines, int width, List<String> out) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (paragraph.length() > 0 && !continues(lines.get(i - 1), line, width, i - 1 == 0)) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
            }
            paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
        }
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
        }
    }

    /** The wrap width when most lines end near one width, else 0 (lines are the writer's own). */
    public static int wrapWidth(List<String> lines) {
        if (lines.size() < 3) {
            return 0;
        }
        int max = 0;
        for (String l : lines) {
            max = Math.max(max, l.length());
        }
        if (max > MAX_WRAP_WIDTH) {
            return 0;
        }
        int near = 0;
        for (String l : lines) {
            if (l.length() >= NEAR_WIDTH * max) {
                near++;
            }
        }
        return near >= WRAPPED_SHARE * lines.size() ? max : 0;
    }

    /** Whether the line end between {@code line} and {@code next} is inside a sentence. */
    public static boolean continues(String line, String next, int wrapWidth, boolean firstLine) {
        if (endsSentence(line) || ITEM.matcher(next).matches()) {
            return false;
        }
        String last = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (line.endsWith(",") || line.endsWith("،") || CONTINUING.contains(last)) {
            return true;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        boolean full = wrapWidth > 0 && line.length() >= FULL_LINE * wrapWidth;
        return full && !(firstLine && line.length() < FIRST_LINE_FULL * wrapWidth);
    }

    /** Ends with . ! ? ؟ … ؛ : (closing quotes, brackets and reference marks like "[2]" after the mark allowed). */
    public static boolean endsSentence(String text) {
        String s = CITATION.matcher(text).replaceFirst("");
        int end = s.length();
        while (end > 0 && (CLOSERS.indexOf(s.charAt(end - 1)) >= 0 || Character.getType(s.charAt(end - 1)) == Character.FORMAT
                || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(s.charAt(end - 1)) >= 0;
    }
}
