package org.mojaz.console;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.core.Article;
import org.mojaz.ingest.FetchException;
import org.mojaz.ingest.Ingestor;
import org.mojaz.ingest.Shorten;

/**
 * What a command-line argument names: {@code -} for standard input, a file that exists, or else a link. Anything
 * with a scheme ({@code javascript:}, {@code data:}, {@code ftp://}), a bare IP address, {@code www.} or
 * {@code localhost} is a link and goes to the fetcher, which refuses it with its own message; {@code https//host}
 * is a link with its colon missing. Only what is none of these is a missing file.
 */
final class CommandInput {
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]+:.*", Pattern.DOTALL);
    private static final Pattern MISSING_COLON = Pattern.compile("(?i)^(https?)(?://|;//|:/(?=[^/]))(.*)$",
            Pattern.DOTALL);
    private static final Pattern HOST_LIKE = Pattern.compile(
            "^(www\\.\\S+|localhost([:/]\\S*)?|\\d{1,3}(\\.\\d{1,3}){3}([:/]\\S*)?|\\[[0-9a-f:.]+\\]([:/]\\S*)?"
                    + "|([a-z0-9-]+\\.)+[a-z]{2,}(:\\d+)?/\\S*)$");

    private CommandInput() {
    }

    static Article read(Ingestor ingestor, String input, InputStream stdin) {
        if (input.equals("-")) {
            return ingestor.fromStream(stdin, "stdin");
        }
        Path path = pathOrNull(input);
        if (path != null && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return ingestor.fromFile(path);
        }
        Matcher typo = MISSING_COLON.matcher(input.strip());
        if (typo.matches()) {
            String meant = typo.group(1).toLowerCase(Locale.ROOT) + "://" + typo.group(2);
            throw new FetchException(FetchException.Reason.REFUSED, "That looks like a link with a mistake in "
                    + "its start. Did you mean " + Shorten.middle(meant) + " ?");
        }
        if (isLink(input)) {
            return ingestor.fromUrl(input);
        }
        if (path == null) {
            throw new FetchException(FetchException.Reason.REFUSED,
                    "That is neither a link nor a file name I can open.");
        }
        return ingestor.fromFile(path);
    }

    static boolean isLink(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return SCHEME.matcher(lower).matches() || HOST_LIKE.matcher(lower).matches();
    }

    private static Path pathOrNull(String input) {
        try {
            return Path.of(input);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
