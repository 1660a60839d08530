package org.mojaz.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.mojaz.chat.Briefer;
import org.mojaz.chat.Conversation;
import org.mojaz.core.Article;
import org.mojaz.ingest.ExtractionException;
import org.mojaz.ingest.FetchException;
import org.mojaz.ingest.Ingestor;
import org.mojaz.summary.Digest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mojaz summarize <url|file|->}: one article, end to end, printed to the terminal. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Fetch or read one article (a link, an HTML or text file, or - for standard input), "
                + "store it and print its brief: Arabic and English summaries, entities and the engine.")
public final class SummarizeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<url|file|->", description = "A link, a file path, or - to read stdin.")
    String input;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--no-store", description = "Do not save the article in the database.")
    boolean noStore;

    @Option(names = "--more", description = "Also print the longer key-points view.")
    boolean more;

    @Option(names = "--body", description = "Also print the extracted article body.")
    boolean showBody;

    private final Supplier<Ingestor> ingestor;
    private final Supplier<Briefer> briefer;
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param ingestor reads the link, file or standard input
     * @param briefer  saves and summarizes, the same pipeline the chat uses (built when the command runs)
     */
    public SummarizeCommand(Supplier<Ingestor> ingestor, Supplier<Briefer> briefer, InputStream stdin, PrintStream out,
                            PrintStream err) {
        this.ingestor = ingestor;
        this.briefer = briefer;
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        try {
            Article article = read(ingestor.get());
            boolean isNew = true;
            Digest digest;
            if (noStore) {
                digest = briefer.get().summarize(article);
            } else {
                Briefer.Briefed briefed = briefer.get().brief(Conversation.CONSOLE_CHAT_ID, article);
                isNew = briefed.isNew();
                digest = briefed.digest();
            }
            if (json) {
                printJson(article, digest);
            } else {
                printText(article, isNew);
                out.print(DigestText.render(digest, more));
                if (showBody) {
                    out.println();
                    out.println("── Article ──");
                    for (String p : article.paragraphs()) {
                        out.println(p);
                        out.println();
                    }
                }
            }
            return 0;
        } catch (FetchException | ExtractionException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private Article read(Ingestor in) throws IOException {
        return CommandInput.read(in, input, stdin);
    }

    private void printText(Article article, boolean isNew) {
        out.println("Title:     " + orDash(article.title()));
        out.println("Source:    " + article.source());
        if (article.canonicalUrl() != null && !article.canonicalUrl().equals(article.source())) {
            out.println("Canonical: " + article.canonicalUrl());
        }
        if (article.siteName() != null) {
            out.println("Site:      " + article.siteName());
        }
        out.println("Byline:    " + orDash(article.byline()));
        out.println("Date:      " + orDash(article.published()));
        out.println("Language:  " + article.language().code());
        out.println("Words:     " + article.wordCount() + (isNew ? "" : " (seen before)"));
        out.println();
    }

    private void printJson(Article article, Digest digest) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", article);
        m.put("digest", digest);
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(m));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
