package org.mojaz.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the article's container into paragraphs: link-heavy lists and boxes are dropped first, then every block
 * (paragraph, heading, list item, quote, text between line breaks) becomes one entry with collapsed whitespace,
 * and lone furniture lines ("Advertisement", "Share this article", "اقرأ أيضا") are left out.
 */
final class TextCollector {
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "table", "figure", "dl",
            "aside", "header", "footer", "form", "center");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(advertisement|advertising|advert|sponsored( links)?|ad|iklan|close|caption|tags|about the author"
                    + "|continue reading the main story|popular this week|most popular|don't miss|related news"
                    + "|more great \\w+ stories|tell us what you think.{0,10}|share( this( article| story)?)?( on \\w+)?|print|email"
                    + "|read more|read next|related( articles| stories)?:?|more:?|see also:?|continue reading"
                    + "|follow us.*|sign up.{0,60}newsletter.*|subscribe.{0,60}newsletter.*|click here.{0,60}"
                    + "|image:.*|photo:.*|getty images|reuters|ap photo.*|skip to .*|loading.*|comments?( \\(\\d+\\))?"
                    + "|إعلان|اعلان|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|شارك|شارك المقال|تابعونا.*|طباعة|مواضيع ذات صلة"
                    + "|أخبار ذات صلة|اخبار ذات صلة|المزيد)[.:!]?$");

    private final List<String> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Budget budget;

    private TextCollector(Budget budget) {
        this.budget = budget;
    }

    static List<String> collect(List<Element> roots, String title, Budget budget) {
        TextCollector c = new TextCollector(budget);
        for (Element root : roots) {
            prune(root, budget);
            c.walk(root);
            c.flush();
        }
        List<String> kept = new ArrayList<>();
        for (String p : c.out) {
            if (!FURNITURE.matcher(p).matches() && !(kept.isEmpty() && p.equals(title))) {
                kept.add(p);
            }
        }
        return kept;
    }

    /**
     * Drops link lists, captions and other boxes inside the article that are not its text. Elements are visited
     * children first and counted as they are visited, so a box's counts leave out what was removed inside it.
     */
    private static void prune(Element root, Budget budget) {
        List<Element> all = root.getAllElements();
        // elements after it in document order go first, and none before it: the first heading stays the first
        Element firstHeading = root.selectFirst("h1");
        TextLengths lengths = TextLengths.empty(budget);
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e == root || e.parent() == null) {
                continue;
            }
            lengths.measure(e);
            String tag = e.normalName();
            if (tag.equals("figcaption") || tag.equals("figure") && lengths.paragraphs(e) < 2
                    || tag.equals("h1") && lengths.text(e) < 200 && e == firstHeading) {
                e.remove();
            } else if (CONTAINERS.contains(tag) && isLinkBox(e, lengths)) {
                e.remove();
            }
        }
    }

    private static boolean isLinkBox(Element e, TextLengths lengths) {
        int length = lengths.text(e);
        if (length == 0) {
            return !lengths.hasImage(e);
        }
        double ld = lengths.linkDensity(e);
        int weight = Hints.weight(e);
        int commas = lengths.commas(e);
        if (ld > 0.5 && length < 1000 || weight < 0 && ld > 0.2 && commas < 10) {
            return true;
        }
        if (e.normalName().equals("ul") || e.normalName().equals("ol")) {
            return ld > 0.4;
        }
        return false;
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            budget.check();
            if (child instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (ContentFinder.BLOCKS.contains(tag) || tag.equals("li")) {
                    flush();
                    walk(e);
                    flush();
                } else {
                    walk(e);
                }
            }
        }
    }

    private void flush() {
        String text = line.toString().replaceAll("[\\s\\u00A0\\u200B]+", " ").trim();
        line.setLength(0);
        if (!text.isEmpty()) {
            out.add(text);
        }
    }
}
