package org.mojaz.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * Removes what is never article text from a page body: scripts and widgets, hidden elements, navigation,
 * and containers whose class or id marks them as furniture (comments, share bars, related links, cookie banners,
 * newsletter boxes, ads). A container is kept when it holds most of the page's paragraph text, since some sites
 * put the whole article inside an element with an unlucky name.
 */
final class BoilerplateFilter {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed,"
            + " button, input, select, textarea, option, link, meta, dialog, nav, map, audio, video, source, picture";
    private static final String MAYBE_TEXT = "aside, footer, header, form, menu";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Share of the page's paragraph text above which a suspicious container is kept anyway. */
    private static final double MAIN_SHARE = 0.5;

    private BoilerplateFilter() {
    }

    static void clean(Element body) {
        removeComments(body);
        body.select(NEVER_TEXT).remove();
        removeHidden(body);
        double total = paragraphText(body);
        for (Element e : new ArrayList<>(body.select(MAYBE_TEXT))) {
            if (e.parent() != null && paragraphText(e) < total * MAIN_SHARE) {
                e.remove();
            }
        }
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null || isStructural(e)) {
                continue;
            }
            if (Hints.isStrongNegative(e) && paragraphText(e) < total * MAIN_SHARE) {
                e.remove();
            }
        }
    }

    private static boolean isStructural(Element e) {
        String tag = e.normalName();
        return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")
                && e.select("p").size() > 2;
    }

    private static void removeHidden(Element body) {
        List<Element> hidden = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT);
            if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && e.text().length() < 200
                    || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
                hidden.add(e);
            }
        }
        hidden.forEach(Element::remove);
    }

    private static void removeComments(Node node) {
        for (Node child : new ArrayList<>(node.childNodes())) {
            if (child instanceof Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    /** Text length of the paragraphs inside an element, the measure of how much article it may hold. */
    static double paragraphText(Element e) {
        Elements ps = e.select("p");
        double n = 0;
        for (Element p : ps) {
            n += p.text().length();
        }
        return Math.max(n, ps.isEmpty() ? e.text().length() * 0.5 : 0);
    }
}
