package org.mojaz.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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
    /** Share of the page's text above which a container named both like content and like furniture is kept. */
    private static final double POSITIVE_SHARE = 0.25;
    private static final Pattern COMMENTS = Pattern.compile("comment|disqus|respond|reply|discussion");
    /** Share of the page's text above which even a furniture-named container is kept. */
    private static final double MOST = 0.8;

    private BoilerplateFilter() {
    }

    static void clean(Element body, Budget budget) {
        removeComments(body, budget);
        body.select(NEVER_TEXT).remove();
        removeHidden(body, budget);
        TextLengths lengths = TextLengths.of(body, budget);
        Set<Element> core = corePath(body, lengths, budget);
        double total = lengths.content(body);
        for (Element e : new ArrayList<>(body.select(MAYBE_TEXT))) {
            budget.check();
            if (e.parent() != null && !core.contains(e) && lengths.content(e) < total * MAIN_SHARE) {
                e.remove();
            }
        }
        // an article is visited before anything inside it is removed, so counting once here is enough
        TextLengths afterMaybe = TextLengths.of(body, budget);
        for (Element e : new ArrayList<>(body.getAllElements())) {
            budget.check();
            if (e == body || e.parent() == null || core.contains(e) || isStructural(e, afterMaybe)) {
                continue;
            }
            if (Hints.isStrongNegative(e) && !holdsArticle(lengths.content(e), e, total)) {
                e.remove();
            }
        }
    }

    /**
     * The densest text block found before any name-based removal, with its ancestors: furniture names never
     * remove these (layouts name the column that holds the article "sidebar", "rail" or "widget" surprisingly
     * often). A block inside a comment thread gets no such protection, and
     * neither do comment threads inside the block.
     */
    private static Set<Element> corePath(Element body, TextLengths lengths, Budget budget) {
        Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : ContentFinder.find(body, budget)) {
            if (isComment(e) || e.parents().stream().anyMatch(BoilerplateFilter::isComment)) {
                return Collections.newSetFromMap(new IdentityHashMap<>());
            }
            path.addAll(e.parents());
            double inside = lengths.content(e);
            for (Element d : e.getAllElements()) {
                budget.check();
                if (lengths.content(d) >= inside * MAIN_SHARE && !isComment(d)) {
                    path.add(d);
                }
            }
        }
        return path;
    }

    private static boolean isComment(Element e) {
        return COMMENTS.matcher(Hints.names(e)).find();
    }

    /** Whether a suspiciously named element still holds most of the page's own (non-link) text. */
    private static boolean holdsArticle(double content, Element e, double total) {
        double share = content / Math.max(1, total);
        return share >= MOST || Hints.isPositive(e) && share >= POSITIVE_SHARE;
    }

    private static boolean isStructural(Element e, TextLengths lengths) {
        String tag = e.normalName();
        return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")
                && lengths.paragraphs(e) > 2;
    }

    private static void removeHidden(Element body, Budget budget) {
        List<Element> hidden = new ArrayList<>();
        TextLengths lengths = null;
        for (Element e : body.getAllElements()) {
            budget.check();
            if (e == body) {
                continue;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT);
            boolean ariaHidden = "true".equals(e.attr("aria-hidden"));
            if (ariaHidden && lengths == null) {
                lengths = TextLengths.of(body, budget);
            }
            if (e.hasAttr("hidden") || ariaHidden && lengths.text(e) < 200
                    || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
                hidden.add(e);
            }
        }
        hidden.forEach(Element::remove);
    }

    private static void removeComments(Node node, Budget budget) {
        for (Node child : new ArrayList<>(node.childNodes())) {
            budget.check();
            if (child instanceof Comment) {
                child.remove();
            } else {
                removeComments(child, budget);
            }
        }
    }
}
