package org.mojaz.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article: every text block scores its ancestors by its length and commas
 * (Latin, Arabic and CJK), containers are weighted by their tag and by class/id hints, discounted by their link
 * density, and the best one is widened to its ancestor when several strong candidates share it, then merged with
 * siblings that look like more of the same text.
 */
final class ContentFinder {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre", "ul",
            "ol", "li", "table", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dd", "dt",
            "figure", "figcaption", "header", "footer", "aside", "form", "center", "address", "hr", "br");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final int MIN_BLOCK = 25;
    /** Text length below which a container cannot be the article, however good its name. */
    private static final int MIN_CANDIDATE = 140;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final TextLengths lengths;
    private final Budget budget;

    private ContentFinder(TextLengths lengths, Budget budget) {
        this.lengths = lengths;
        this.budget = budget;
    }

    /** The article's container and its merged siblings, in document order; empty when nothing scores. */
    static List<Element> find(Element body, Budget budget) {
        return new ContentFinder(TextLengths.of(body, budget), budget).run(body);
    }

    private List<Element> run(Element body) {
        for (Element e : body.getAllElements()) {
            budget.check();
            if (isParagraph(e)) {
                scoreBlock(e);
            }
        }
        Element top = null;
        double best = 0;
        Element shortTop = null;
        double shortBest = 0;
        for (Map.Entry<Element, Double> c : scores.entrySet()) {
            double s = c.getValue() * (1 - lengths.linkDensity(c.getKey()));
            c.setValue(s);
            boolean longEnough = lengths.text(c.getKey()) >= MIN_CANDIDATE;
            if (s > best && longEnough) {
                best = s;
                top = c.getKey();
            } else if (s > shortBest && !longEnough) {
                shortBest = s;
                shortTop = c.getKey();
            }
        }
        if (top == null) {
            return shortTop == null ? List.of() : List.of(shortTop);
        }
        top = widen(top, best);
        List<Element> found = withSiblings(top, scores.getOrDefault(top, best));
        return withCousins(top, found);
    }

    /**
     * When the article is split into several chunks, each wrapped with its own ad column, the best block's
     * siblings are ads; the chunks are its parent's siblings, wrapped alike. Takes them when the parent is mostly
     * the block.
     */
    private List<Element> withCousins(Element top, List<Element> found) {
        Element parent = top.parent();
        int foundText = 0;
        for (Element e : found) {
            foundText += lengths.text(e);
        }
        if (parent == null || parent.normalName().equals("body") || parent.parent() == null
                || foundText < lengths.text(parent) * 0.75) {
            return found;
        }
        double threshold = Math.max(10, scores.getOrDefault(parent, 0.0) * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element uncle : parent.parent().children()) {
            if (uncle == parent) {
                out.addAll(found);
            } else if (uncle.className().equals(parent.className()) && uncle.normalName().equals(parent.normalName())
                    && scores.getOrDefault(uncle, 0.0) >= threshold && lengths.linkDensity(uncle) < 0.3) {
                out.add(uncle);
            }
        }
        return out;
    }

    private boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (PARAGRAPHS.contains(tag)) {
            return true;
        }
        if (!tag.equals("div") && !tag.equals("section") && !tag.equals("article") && !tag.equals("span")) {
            return false;
        }
        return ownText(e) >= MIN_BLOCK * 2 && (!tag.equals("span") || e.parent() != null
                && !isParagraph(e.parent()));
    }

    private int ownText(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += t.text().trim().length();
            } else if (child instanceof Element c && !BLOCKS.contains(c.normalName())) {
                n += lengths.text(c);
            }
        }
        return n;
    }

    private void scoreBlock(Element e) {
        int length = lengths.text(e);
        if (length < MIN_BLOCK || e.parent() == null) {
            return;
        }
        double s = 1 + lengths.commas(e) + Math.min(length / 100.0, 3);
        Element ancestor = e.normalName().equals("div") || e.normalName().equals("section") ? e : e.parent();
        for (int level = 0; ancestor != null && level < 5; level++) {
            if (!scores.containsKey(ancestor)) {
                scores.put(ancestor, initial(ancestor));
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, s / divider, Double::sum);
            ancestor = ancestor.parent();
            if (ancestor != null && ancestor.normalName().equals("html")) {
                break;
            }
        }
    }

    private static double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + Hints.weight(e);
    }

    /** Climbs to a common ancestor when other strong candidates live under it too. */
    private Element widen(Element top, double best) {
        List<Element> strong = new ArrayList<>();
        for (Map.Entry<Element, Double> c : scores.entrySet()) {
            if (c.getKey() != top && c.getValue() >= best * 0.75) {
                strong.add(c.getKey());
            }
        }
        Map<Element, Integer> under = strongUnder(top, strong);
        Element parent = top.parent();
        while (parent != null && !parent.normalName().equals("body") && !strong.isEmpty()) {
            int n = under.getOrDefault(parent, 0);
            if (n >= Math.min(3, strong.size()) && n >= 2) {
                return parent;
            }
            parent = parent.parent();
        }
        return climbSingleChild(top);
    }

    /** For each ancestor of {@code top}: how many strong candidates are it or lie below it (one climb each). */
    private Map<Element, Integer> strongUnder(Element top, List<Element> strong) {
        Map<Element, Integer> under = new IdentityHashMap<>();
        for (Element a = top.parent(); a != null; a = a.parent()) {
            under.put(a, 0);
        }
        for (Element s : strong) {
            for (Element a = s; a != null; a = a.parent()) {
                budget.check();
                under.computeIfPresent(a, (k, n) -> n + 1);
            }
        }
        return under;
    }

    private Element climbSingleChild(Element top) {
        Element e = top;
        while (e.parent() != null && !e.parent().normalName().equals("body") && e.parent().children().size() == 1) {
            e = e.parent();
        }
        return e;
    }

    private List<Element> withSiblings(Element top, double topScore) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || belongs(sibling, top, threshold)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private boolean belongs(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isBlank() && top.className().equals(sibling.className())
                ? scores.getOrDefault(top, 0.0) * 0.2 : 0;
        if (scores.containsKey(sibling) && scores.get(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        int length = lengths.text(sibling);
        double ld = lengths.linkDensity(sibling);
        return length > 80 && ld < 0.25
                || length > 0 && ld == 0 && sibling.text().matches("(?s).*[.!?\u061F\u3002]\\s*$");
    }
}
