package org.mojaz.summary;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mojaz.text.Paragraphs;
import org.mojaz.text.SentenceSplitter;

/**
 * What kind of sentence each sentence of an article is, as a news editor reads it: a leading dateline to cut
 * ("CAIRO (Reuters) -", "دبي، الإمارات العربية المتحدة (CNN) --), lines that are only a dateline
 * or a byline, boilerplate ("Read more", "تابعونا"), a teaser lead (a question, or a line that ends on ":" or
 * "..."), and the questions of an interview. Pure functions; the rules are ours, written from how newsrooms lay
 * out a story.
 */
final class NewsLayout {
    /** The kind of article, which decides how the lead is used. */
    enum Kind {
        /**
         * A report (reporting verbs and weekdays: "said", "أعلنت", "الخميس"): the first proper sentence is the
         * backbone, and further sentences must be salient enough; a brief is not padded to its budget.
         */
        NEWS,
        /** Reference or feature text without a reporter's voice: the lead is the backbone, the budget is filled. */
        FEATURE,
        /** Questions and answers: the intro (when there is one) and at least one answer, never only questions. */
        INTERVIEW,
        /** A column in the first person: sentences by salience, the lead only as a prior. */
        OPINION
    }

    private static final Pattern DATELINE_PREFIX = Pattern.compile(
            "^(?:\\(\\s*[\\p{L} .]{2,30}\\s*\\)\\s*(?:--|[-—–:])\\s*"
                    + "|[\\p{Lu}\\p{IsArabic}][\\p{L}\\p{M} .,،'’/–—-]{1,50}?\\s*\\(\\s*[\\p{L} .]{2,30}\\s*\\)\\s*(?:--|[-—–:])\\s*"
                    + "|\\p{Lu}[\\p{Lu} ,.'’]{1,40}\\s*(?:--|[-—–:])\\s+)");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?iu)^(?:read more|read also|see also|related:|click here|follow us|subscribe|sign up|advertisement"
                    + "|all rights reserved|copyright|©|share this|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|للمزيد|تابعونا|تابعوا"
                    + "|اشترك|شارك|جميع الحقوق|حقوق النشر|إعلان).*");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?iu).*(?:الآراء الواردة|الآراء المنشورة|تمثل رأي كاتبها|تمثل رأي كتابها|لا تعكس بالضرورة|views expressed|opinions expressed"
                    + "|do not necessarily reflect).*");
    private static final Pattern FORMAT_CHARS = Pattern.compile(
            "(?U)^[\\p{Cf}\\s]+|(?:\\s+[^\\p{L}\\p{N}\\s.!?؟…\"'»”’)\\]]+)+[\\p{Cf}\\s]*$|[\\p{Cf}\\s]+$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(?:by |written by |reporting by |editing by |بقلم|كتب |كتبت |إعداد|تحرير|مراسل).*");
    private static final Pattern QUESTION_MARKER = Pattern.compile("^(?:[*•■▪-]|س\\s*[:/-]|Q\\s*[:.-]|سؤال\\s*:)\\s*.*");
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:I|I'm|I've|my|me|we|our|أنا|نحن|أرى|أعتقد|أظن|رأيي|نرى|لي|لنا)(?![\\p{L}])");
    private static final Pattern REPORTING = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:said|says|told|according|announced|قال|قالت|أعلن|أعلنت|أكد|أكدت|أضاف|أضافت|وفقا"
                    + "|وفقاً|ذكرت|أفاد|أفادت|وقال|وقالت|وأضاف|وأضافت|وأكد|وأكدت|وأعلن|وأعلنت|أوضح|وأوضح|صرح|يوم"
                    + "|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد"
                    + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])");
    /** Reporting words per 100 words from which a text reads as a news report. */
    private static final double REPORT_DENSITY = 0.5;
    private static final int MIN_LEAD_WORDS = 6;

    private NewsLayout() {
    }

    /**
     * The pieces of a split rejoined where a long sentence was cut (a piece inside a paragraph that does not end on
     * a sentence mark is not a sentence), and the sentences of one quotation joined while it is open (up to
     * {@value #QUOTE_MAX_WORDS} words, within a paragraph): a summary made of them never ends or starts inside a
     * sentence, nor quotes a speaker's last sentence without the quotation's start.
     */
    static List<String> wholeSentences(List<List<String>> paragraphs) {
        List<String> out = new java.util.ArrayList<>();
        for (List<String> pieces : paragraphs) {
            boolean open = false;
            for (String piece : pieces) {
                if (open || (!out.isEmpty() && ":;,)".indexOf(piece.strip().charAt(0)) >= 0)) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + piece);
                } else {
                    out.add(piece);
                }
                String unit = out.get(out.size() - 1);
                open = !Paragraphs.endsSentence(piece)
                        || quoteOpen(unit) && SentenceSplitter.wordCount(unit) < QUOTE_MAX_WORDS;
            }
        }
        return out;
    }

    /** A quotation of several sentences is kept whole up to this length, so no summary quotes half of it. */
    private static final int QUOTE_MAX_WORDS = 80;

    /**
     * Whether a quotation opened in this text is not closed in it ({@code "You move it somewhere else.} before
     * {@code Who pays for that?"}): an odd number of straight double quotes, or more opening than closing curly
     * quotes or guillemets.
     */
    static boolean quoteOpen(String text) {
        long straight = text.chars().filter(c -> c == '"').count();
        long curlyOpen = text.chars().filter(c -> c == '\u201C').count();
        long curlyClose = text.chars().filter(c -> c == '\u201D').count();
        long guillemetOpen = text.chars().filter(c -> c == '\u00AB').count();
        long guillemetClose = text.chars().filter(c -> c == '\u00BB').count();
        return straight % 2 == 1 || curlyOpen > curlyClose || guillemetOpen > guillemetClose;
    }

    /** The sentence without a leading dateline ("CAIRO (Reuters) -"), or as it is. */
    static String withoutDateline(String sentence) {
        String cut = DATELINE_PREFIX.matcher(sentence).replaceFirst("");
        return SentenceSplitter.wordCount(cut) >= 3 ? cut : sentence;
    }

    /** A short line without a closing mark that holds a date or starts with a byline ("By", "بقلم", "كتب"). */
    static boolean isDatelineOnly(String line) {
        char last = line.charAt(line.length() - 1);
        if (".؟?!\"»”".indexOf(last) >= 0 || SentenceSplitter.wordCount(line) > 8) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.chars().anyMatch(Character::isDigit) || BYLINE.matcher(lower).matches();
    }

    /** Navigation, sharing, copyright, "read more" and "the views are the author's" lines: never summary material. */
    static boolean isBoilerplate(String sentence) {
        int words = SentenceSplitter.wordCount(sentence);
        return (words <= 12 && BOILERPLATE.matcher(sentence.strip()).matches())
                || (words <= 40 && DISCLAIMER.matcher(sentence).matches());
    }

    /** The sentence without bidi marks and other invisible format characters at its ends. */
    static String trimmed(String sentence) {
        return FORMAT_CHARS.matcher(sentence).replaceAll("");
    }

    /** A question or an interview cue: ends on ? or ؟ (closing quotes aside), or starts with a Q / س: marker. */
    static boolean isQuestion(String sentence) {
        String s = stripClosers(sentence.strip());
        return s.endsWith("?") || s.endsWith("؟") || (QUESTION_MARKER.matcher(s).matches()
                && (s.startsWith("س") || s.startsWith("Q") || s.startsWith("سؤال")));
    }

    /** A lead that does not say what happened: a question, a line that announces (":" or "..."), or too short. */
    static boolean isTeaser(String sentence) {
        String s = stripClosers(sentence.strip());
        return isQuestion(s) || s.endsWith(":") || s.endsWith("...") || s.endsWith("…")
                || SentenceSplitter.wordCount(s) < MIN_LEAD_WORDS;
    }

    /** Interview when at least two questions alternate with answers; opinion when first person outweighs reporting. */
    static Kind kind(List<String> sentences) {
        int questions = 0;
        int firstPerson = 0;
        int reporting = 0;
        int words = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (isQuestion(s) && i + 1 < sentences.size() && !isQuestion(sentences.get(i + 1))) {
                questions++;
            }
            firstPerson += count(FIRST_PERSON, s);
            reporting += count(REPORTING, s);
            words += SentenceSplitter.wordCount(s);
        }
        if (questions >= 2 && questions * 8 >= sentences.size()) {
            return Kind.INTERVIEW;
        }
        if (words > 0 && firstPerson * 100 >= 2 * words && firstPerson > 3 * Math.max(1, reporting)) {
            return Kind.OPINION;
        }
        return reporting * 100 >= REPORT_DENSITY * words && reporting > 0 ? Kind.NEWS : Kind.FEATURE;
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        var m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String stripClosers(String s) {
        int end = s.length();
        while (end > 0 && "\"'»”’)]".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
