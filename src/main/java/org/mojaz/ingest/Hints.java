package org.mojaz.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class and id say about it: likely content, likely boilerplate, or nothing. */
final class Hints {
    /** Names that mark page furniture so reliably that the element is dropped before scoring. */
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "comment|disqus|share|sharing|social|newsletter|cookie|consent|gdpr|advert|sponsor|outbrain|taboola"
                    + "|related|recommend|popup|modal|breadcrumb|subscri|signup|sign-up|paywall|promo|trending"
                    + "|most-?popular|most-?read|read-?more|more-?stories|more-?from|sidebar|skip-?link|newsfeed"
                    + "|toolbar|masthead|dfp|adslot|ad-slot|adunit|ad-unit|ad-container|adsense|banner|jump-?link"
                    + "|(^|[\\s_-])(ad|ads|nav|navbar|menu|footer|tags?|tagcloud|tooltip|hidden|print|byline|author"
                    + "|caption|credits?|widget|rail|login|follow|carousel|prev|previous|next|nextprev|recent|pagination|pager)($|[\\s_-])");
    private static final Pattern NEGATIVE = Pattern.compile(
            "combx|contact|foot|footnote|header|legends|meta|pager|pagination|shopping|tags|tool|widget|aside"
                    + "|nav|menu|hid|inline-?image|figure|photo|video|gallery|author|date|time|byline|teaser|card");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|main|page|post|text|blog|story|paragraph|prose|rich-?text|detail");

    private static final int MAX_ID_PARTS = 3;

    private Hints() {
    }

    /** Class and id, lower-cased; an id that reads like a heading's slug ("what-comes-next") is left out. */
    static String names(Element e) {
        String id = e.id();
        if (id.split("[-_]").length > MAX_ID_PARTS) {
            id = "";
        }
        return (e.className() + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean isStrongNegative(Element e) {
        String names = names(e);
        return !names.isBlank() && STRONG_NEGATIVE.matcher(names).find();
    }

    static boolean isPositive(Element e) {
        String names = names(e);
        return !names.isBlank() && POSITIVE.matcher(names).find();
    }

    /** +25 for content-like names, -25 for furniture-like names (both may apply). */
    static int weight(Element e) {
        String names = names(e);
        if (names.isBlank()) {
            return 0;
        }
        int w = 0;
        if (POSITIVE.matcher(names).find()) {
            w += 25;
        }
        if (NEGATIVE.matcher(names).find() || STRONG_NEGATIVE.matcher(names).find()) {
            w -= 25;
        }
        return w;
    }
}
