package org.mojaz.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

/** Our own test articles under src/test/resources/articles: first line the title, then one paragraph a line. */
final class TestArticles {
    private TestArticles() {
    }

    static Article load(String name, Language language) {
        List<String> lines = lines(name);
        return new Article("file:" + name, null, lines.get(0), null, null, null, language,
                lines.subList(1, lines.size()), "hash-" + name, Instant.EPOCH);
    }

    static List<String> lines(String name) {
        try (InputStream in = TestArticles.class.getResourceAsStream("/articles/" + name)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
