package org.mojaz.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, counted once bottom-up (asking each element for its
 * {@code text()} would cost a walk of its subtree each time). Whitespace runs count as one character.
 */
final class TextLengths {
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private TextLengths() {
    }

    static TextLengths of(Element root) {
        TextLengths t = new TextLengths();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // counted on the way up
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    t.count(e);
                }
            }
        }, root);
        return t;
    }

    private void count(Element e) {
        int text = 0;
        int links = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode tn) {
                text += collapsedLength(tn.getWholeText());
            } else if (child instanceof Element c) {
                int[] l = lengths.get(c);
                text += l[0];
                links += l[1];
            }
        }
        lengths.put(e, new int[] {text, e.normalName().equals("a") ? text : links});
    }

    private static int collapsedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
            if (!ws) {
                n++;
            } else if (!space) {
                n++;
            }
            space = ws;
        }
        return n;
    }

    /** Length of the element's text outside links (0 for an element not seen when counting). */
    double content(Element e) {
        int[] l = lengths.get(e);
        return l == null ? 0 : Math.max(0, l[0] - l[1]);
    }
}
