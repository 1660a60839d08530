package org.mojaz.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the extractor's heuristics ask of every element, counted once bottom-up: text length (as
 * {@link Element#text()} would give it: whitespace runs folded to one space, blocks set apart, ends trimmed), the
 * text inside links, commas, paragraphs and images below it. Asking each element for its {@code text()} or
 * {@code select(...)} instead walks its whole subtree every time, which is quadratic on deeply nested pages.
 *
 * <p>{@link #of} counts a whole tree; {@link #measure} counts one element from its (already counted) children,
 * for callers that remove elements while they walk the tree bottom-up.
 */
final class TextLengths {
    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private final Budget budget;

    /** Counts for one element. Text is kept as a folded run: its length and whether it starts or ends with a space. */
    private static final class Counts {
        static final Counts NONE = new Counts();

        int length;
        boolean startsWithSpace;
        boolean endsWithSpace;
        int linkText;
        int weightedLinkText;
        int commas;
        int paragraphs;
        int images;

        int trimmed() {
            if (length == 0) {
                return 0;
            }
            int n = length - (startsWithSpace ? 1 : 0) - (endsWithSpace ? 1 : 0);
            return Math.max(0, n);
        }

        void append(int runLength, boolean starts, boolean ends) {
            if (runLength == 0) {
                return;
            }
            if (length == 0) {
                startsWithSpace = starts;
                length = runLength;
            } else {
                length += runLength - (endsWithSpace && starts ? 1 : 0);
            }
            endsWithSpace = ends;
        }
    }

    private TextLengths(Budget budget) {
        this.budget = budget;
    }

    /** Counts every element under (and including) the root. */
    static TextLengths of(Element root, Budget budget) {
        TextLengths t = new TextLengths(budget);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // counted on the way up
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    t.measure(e);
                }
            }
        }, root);
        return t;
    }

    /** Nothing counted yet: call {@link #measure} on every element, children before parents. */
    static TextLengths empty(Budget budget) {
        return new TextLengths(budget);
    }

    /** Counts one element from its current children, which must have been measured already. */
    void measure(Element e) {
        budget.check();
        Counts c = new Counts();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode tn) {
                addText(c, tn.getWholeText());
            } else if (child instanceof Element ce) {
                addElement(c, ce);
            }
        }
        String tag = e.normalName();
        if (tag.equals("a")) {
            int text = c.trimmed();
            c.linkText = text;
            c.weightedLinkText += (int) (text * (e.attr("href").startsWith("#") ? 0.3 : 1));
        } else if (tag.equals("img")) {
            c.images++;
        }
        counts.put(e, c);
    }

    private void addElement(Counts c, Element child) {
        Counts k = counts.getOrDefault(child, Counts.NONE);
        boolean block = child.isBlock() || child.normalName().equals("br");
        if (block) {
            c.append(1, true, true);
        }
        c.append(k.length, k.startsWithSpace, k.endsWithSpace);
        if (block) {
            c.append(1, true, true);
        }
        c.linkText += k.linkText;
        c.weightedLinkText += k.weightedLinkText;
        c.commas += k.commas;
        c.paragraphs += k.paragraphs + (child.normalName().equals("p") ? 1 : 0);
        c.images += k.images;
    }

    private static void addText(Counts c, String s) {
        int n = 0;
        boolean starts = false;
        boolean lastSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isSpace(ch)) {
                if (n > 0 && lastSpace) {
                    continue;
                }
                if (n == 0) {
                    starts = true;
                }
                n++;
                lastSpace = true;
            } else if (ch != '\u200B' && ch != '\u00AD') {
                n++;
                lastSpace = false;
                if (isComma(ch)) {
                    c.commas++;
                }
            }
        }
        c.append(n, starts, lastSpace);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    static boolean isComma(char c) {
        return c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001';
    }

    /** Length of the element's text, close to {@code e.text().length()} (0 for an element not counted). */
    int text(Element e) {
        return counts.getOrDefault(e, Counts.NONE).trimmed();
    }

    /** Commas in the element's text. */
    int commas(Element e) {
        return counts.getOrDefault(e, Counts.NONE).commas;
    }

    /** {@code <p>} elements below the element. */
    int paragraphs(Element e) {
        return counts.getOrDefault(e, Counts.NONE).paragraphs;
    }

    /** Whether an {@code <img>} is below (or is) the element. */
    boolean hasImage(Element e) {
        return counts.getOrDefault(e, Counts.NONE).images > 0;
    }

    /** Length of the element's text outside links (0 for an element not seen when counting). */
    double content(Element e) {
        Counts c = counts.getOrDefault(e, Counts.NONE);
        return Math.max(0, c.trimmed() - c.linkText);
    }

    /** Share of an element's text that sits inside links; in-page {@code #} links count for less. */
    double linkDensity(Element e) {
        Counts c = counts.getOrDefault(e, Counts.NONE);
        int total = c.trimmed();
        return total == 0 ? 0 : Math.min(1, c.weightedLinkText / (double) total);
    }
}
