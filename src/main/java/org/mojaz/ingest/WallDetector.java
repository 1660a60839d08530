package org.mojaz.ingest;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Looks at the whole page, before cleaning, for the signs of a page that is not a readable article: a subscription
 * wall, a cookie or consent wall, a JavaScript-only shell, a login form. The verdict also needs the size of the
 * body that extraction found, so a long free article that merely mentions subscriptions is never flagged.
 */
final class WallDetector {
    private static final List<String> PAYWALL_PHRASES = List.of(
            "subscribe to continue", "subscribe to read", "to continue reading", "continue reading with a subscription",
            "already a subscriber", "subscribers only", "for subscribers", "this article is for subscribers",
            "become a subscriber", "subscribe now to", "unlock this article", "premium article",
            "اشترك لمتابعة القراءة", "اشترك لمواصلة القراءة", "للمشتركين فقط", "هذا المحتوى للمشتركين",
            "اشترك الآن لقراءة", "لمواصلة القراءة");
    /** Phrases that, in a short paragraph of the body, mean the article stops there and a wall begins. */
    private static final List<String> WALL_LINES = List.of(
            "subscribe to continue", "subscribe to read", "to view the full story", "to read the full story",
            "to read the full article", "already a subscriber", "subscribers only", "this article is for subscribers",
            "unlock this article", "please subscribe", "اشترك لمتابعة القراءة", "اشترك لمواصلة القراءة",
            "للمشتركين فقط", "هذا المحتوى للمشتركين", "اشترك الآن لقراءة");
    /** Longest paragraph that can be a wall's message rather than article text. */
    private static final int WALL_LINE_CHARS = 400;
    private static final List<String> COOKIE_PHRASES = List.of(
            "cookie", "consent", "privacy settings", "accept all", "ملفات تعريف الارتباط", "الكوكيز", "ملفات الارتباط");
    private static final List<String> SCRIPT_PHRASES = List.of(
            "enable javascript", "javascript is disabled", "javascript is required", "requires javascript",
            "turn on javascript", "تفعيل جافاسكريبت", "تمكين جافا سكريبت", "تفعيل javascript");
    private static final String SPA_ROOTS = "#root, #app, #__next, #__nuxt, [data-reactroot], app-root, #svelte";
    /** Visible text below which a page with script markers counts as an empty shell. */
    private static final int SHELL_TEXT = 200;
    /** Visible text below which a page with a password field counts as a login page. */
    private static final int LOGIN_TEXT = 1500;

    /** The raw observations, judged later against the extracted body. */
    record Signals(boolean paywall, boolean cookieWall, boolean scriptShell, boolean login) {
        Signals withPaywall() {
            return new Signals(true, cookieWall, scriptShell, login);
        }

        ExtractionFailure failure(int words, int chars) {
            boolean teaserOnly = words < ArticleExtractor.TEASER_MAX_WORDS;
            boolean tooShort = words < ArticleExtractor.MIN_BODY_WORDS || chars < ArticleExtractor.MIN_BODY_CHARS;
            if (scriptShell && tooShort) {
                return ExtractionFailure.JAVASCRIPT_ONLY;
            }
            if (login && tooShort) {
                return ExtractionFailure.LOGIN_REQUIRED;
            }
            if (paywall && teaserOnly) {
                return ExtractionFailure.PAYWALL;
            }
            if (cookieWall && tooShort) {
                return ExtractionFailure.COOKIE_WALL;
            }
            if (words == 0) {
                return ExtractionFailure.NOT_AN_ARTICLE;
            }
            return tooShort ? ExtractionFailure.TOO_SHORT : null;
        }
    }

    private WallDetector() {
    }

    static Signals signals(Document doc, MetadataReader.Metadata meta) {
        Element body = doc.body();
        String visible = visibleText(body);
        String lower = visible.toLowerCase(Locale.ROOT);
        boolean paywall = Boolean.FALSE.equals(meta.accessibleForFree()) || containsAny(lower, PAYWALL_PHRASES)
                || !body.select("[class*=paywall], [id*=paywall], [class*=subscriber-only]").isEmpty();
        boolean cookie = containsAny(lower, COOKIE_PHRASES);
        String noscript = body.select("noscript").text().toLowerCase(Locale.ROOT);
        boolean scriptMarkers = containsAny(noscript, SCRIPT_PHRASES) || containsAny(lower, SCRIPT_PHRASES)
                || body.select(SPA_ROOTS).stream().anyMatch(e -> e.text().isBlank());
        boolean shell = scriptMarkers && visible.length() < SHELL_TEXT;
        boolean login = !doc.select("input[type=password]").isEmpty() && visible.length() < LOGIN_TEXT;
        return new Signals(paywall, cookie, shell, login);
    }

    /**
     * The paragraphs before a subscription wall met inside the body, or null when there is none. The wall must
     * come after some text and hold less text after it than before (the rest is the wall's sales pitch).
     */
    static List<String> beforeWall(List<String> paragraphs) {
        int before = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (i > 0 && p.length() <= WALL_LINE_CHARS && containsAny(p.toLowerCase(Locale.ROOT), WALL_LINES)) {
                int after = ArticleExtractor.chars(paragraphs) - before;
                return after < before * 2 ? List.copyOf(paragraphs.subList(0, i)) : null;
            }
            before += p.length();
        }
        return null;
    }

    private static String visibleText(Element body) {
        Element copy = body.clone();
        copy.select("script, style, noscript, template").remove();
        return copy.text();
    }

    private static boolean containsAny(String text, List<String> phrases) {
        for (String p : phrases) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
