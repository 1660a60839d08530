package org.mojaz.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** PLACEHOLDER until the extract branch lands: every paragraph of the page. */
public final class ArticleExtractor {
    public ExtractedArticle extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        List<String> paragraphs = doc.select("p").eachText().stream().filter(s -> !s.isBlank()).toList();
        return new ExtractedArticle(doc.title(), null, null, null, null, paragraphs, null);
    }
}
