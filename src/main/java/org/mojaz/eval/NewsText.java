package org.mojaz.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.mojaz.entity.ArabicWordStats;

/** Unlabeled Arabic news, one article a line, plain or gzip: what the word statistics and clusters are built from. */
final class NewsText {
    private NewsText() {
    }

    /** Each article's words as {@link ArabicWordStats#readings} reads them, in file order. */
    static void forEachArticle(Path news, Consumer<List<String[]>> article) throws IOException {
        try (InputStream raw = Files.newInputStream(news);
                InputStream in = news.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                article.accept(ArabicWordStats.readings(line.split("\\s+")));
            }
        }
    }
}
