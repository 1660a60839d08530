package org.mojaz.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from a parsed page: JSON-LD, Open Graph and other meta tags, microdata and
 * {@code <time>} elements. Call before the page is cleaned.
 */
final class MetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO = Pattern.compile(
            "^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern BY = Pattern.compile("^(?:by|written by|بقلم|كتب|كتبت)[:\\s]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What the page says about itself; any field may be null. */
    record Metadata(String title, String byline, String published, String siteName, String canonicalUrl,
                    String jsonLdBody, Boolean accessibleForFree) {
    }

    private MetadataReader() {
    }

    static Metadata read(Document doc) {
        JsonNode ld = articleJsonLd(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                heading(doc), doc.title());
        String byline = first(authors(ld), meta(doc, "author"), meta(doc, "article:author"),
                metaItem(doc, "[itemprop=author]"), metaItem(doc, "[rel=author]"),
                metaItem(doc, ".byline, .author, [class*=byline]"));
        String published = first(iso(meta(doc, "article:published_time")), iso(text(ld, "datePublished")),
                iso(meta(doc, "datePublished")), iso(attr(doc, "[itemprop=datePublished]")),
                iso(meta(doc, "pubdate")), iso(meta(doc, "publishdate")), iso(meta(doc, "date")),
                iso(meta(doc, "dc.date.issued")), iso(meta(doc, "parsely-pub-date")),
                iso(attr(doc, "time[pubdate]")), iso(attr(doc, "time[datetime]")));
        String site = first(meta(doc, "og:site_name"), publisher(ld), meta(doc, "application-name"));
        String canonical = first(absolute(doc, "link[rel=canonical]", "href"),
                absolute(doc, "meta[property=og:url]", "content"));
        Boolean free = ld != null && ld.has("isAccessibleForFree")
                ? !"false".equalsIgnoreCase(ld.get("isAccessibleForFree").asText()) : null;
        return new Metadata(clean(title), cleanByline(byline), published, clean(site), canonical,
                text(ld, "articleBody"), free);
    }

    /** The first JSON-LD object on the page whose type looks like an article, or null. */
    static JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // broken JSON-LD is common; the page may still carry meta tags
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        return t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("posting");
    }

    private static String text(JsonNode ld, String field) {
        if (ld == null || !ld.has(field)) {
            return null;
        }
        JsonNode v = ld.get(field);
        if (v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        return v == null || v.isContainerNode() ? null : v.asText();
    }

    private static String authors(JsonNode ld) {
        if (ld == null || !ld.has("author")) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        JsonNode a = ld.get("author");
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isObject() ? (n.has("name") ? n.get("name").asText() : null) : n.asText();
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                names.add(name.trim());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String publisher(JsonNode ld) {
        if (ld == null || !ld.has("publisher")) {
            return null;
        }
        JsonNode p = ld.get("publisher");
        if (p.isArray()) {
            p = p.isEmpty() ? null : p.get(0);
        }
        if (p == null) {
            return null;
        }
        return p.isObject() ? (p.has("name") ? p.get("name").asText() : null) : p.asText();
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            String key = first(m.attr("property"), m.attr("name"), m.attr("itemprop"));
            if (key != null && key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String attr(Document doc, String css) {
        for (Element e : doc.select(css)) {
            String v = first(e.attr("datetime"), e.attr("content"), e.text());
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String metaItem(Document doc, String css) {
        for (Element e : doc.select(css)) {
            String v = e.hasAttr("content") ? e.attr("content") : e.text();
            if (!v.isBlank() && v.length() < 100) {
                return v;
            }
        }
        return null;
    }

    private static String heading(Document doc) {
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static String absolute(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null || e.attr(attr).isBlank()) {
            return null;
        }
        String abs = e.absUrl(attr);
        return abs.isEmpty() ? null : abs;
    }

    /** ISO-8601 form of a date or date-time, or null when the text does not start with one. */
    static String iso(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = ISO.matcher(raw);
        if (!m.find()) {
            return null;
        }
        if (m.group(2) == null) {
            return m.group(1);
        }
        String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
        String zone = m.group(3) == null ? "" : m.group(3);
        if (zone.length() == 5) {
            zone = zone.substring(0, 3) + ":" + zone.substring(3);
        }
        return m.group(1) + "T" + time + zone;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").trim();
    }

    private static String cleanByline(String s) {
        String c = clean(s);
        if (c == null) {
            return null;
        }
        c = BY.matcher(c).replaceFirst("").trim();
        return c.isEmpty() ? null : c;
    }
}
