package org.mojaz.ingest;

import org.mojaz.core.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.core.Language;
import org.mojaz.text.LanguageDetector;
import org.mojaz.text.Paragraphs;

/**
 * Turns what a user sends (a link, an HTML, text or PDF document, pasted text) into an {@link Article}. Documents
 * take one path whatever the front door (a file, standard input, a chat upload): {@link #fromDocument}.
 * Failures are unchecked and carry a message for the user: {@link FetchException} when the link cannot be
 * fetched, {@link ExtractionException} when the page holds no readable article.
 */
public final class Ingestor {
    private static final int TITLE_MAX_WORDS = 20;

    private final SafeFetcher fetcher;
    private final PageDecoder decoder;
    private final ArticleExtractor extractor;
    private final LanguageDetector detector;
    private final IngestLimits limits;
    private final Clock clock;

    public Ingestor(SafeFetcher fetcher, PageDecoder decoder, ArticleExtractor extractor, LanguageDetector detector,
                    IngestLimits limits, Clock clock) {
        this.fetcher = fetcher;
        this.decoder = decoder;
        this.extractor = extractor;
        this.detector = detector;
        this.limits = limits;
        this.clock = clock;
    }

    /** Fetches a link safely and extracts its article. */
    public Article fromUrl(String link) {
        String trimmed = link.strip();
        String withScheme = trimmed.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? trimmed : "https://" + trimmed;
        FetchedPage page = fetcher.fetch(withScheme);
        String text = decoder.decode(page.body(), page.charsetFromHeader());
        String finalUrl = page.finalUrl().toString();
        if (page.contentType() != null && page.contentType().toLowerCase(Locale.ROOT).startsWith("text/plain")) {
            return fromText(text, link, finalUrl);
        }
        return fromHtml(text, link, finalUrl);
    }

    /** Extracts the article of an HTML page already in hand. */
    public Article fromHtml(String html, String source, String pageUrl) {
        ExtractedArticle x = extractor.extract(html, pageUrl);
        if (!x.isReadable()) {
            throw new ExtractionException(x.failure());
        }
        String canonical = x.canonicalUrl() != null ? x.canonicalUrl() : pageUrl;
        return build(source, canonical, x.title(), x.byline(), x.published(), x.siteName(), x.paragraphs());
    }

    /** Makes an article of pasted or plain text; a short first line becomes the title. */
    public Article fromText(String text, String source) {
        return fromText(text, source, null);
    }

    private Article fromText(String text, String source, String url) {
        if (text.length() > limits.maxTextChars()) {
            throw new FetchException(FetchException.Reason.TOO_LARGE, "That text is longer than "
                    + limits.maxTextChars() + " characters; send a shorter piece.");
        }
        List<String> paragraphs = paragraphs(text);
        String title = "";
        if (paragraphs.size() > 1 && looksLikeTitle(paragraphs.get(0))) {
            title = paragraphs.remove(0);
        }
        return build(source, url, title, null, null, null, paragraphs);
    }

    /** Reads a local file as a document; a folder, a pipe or a device is refused with a message saying so. */
    public Article fromFile(Path file) {
        requireRegularFile(file);
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw fileTooLarge();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return fromStream(in, file.getFileName().toString());
            }
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.REFUSED,
                    "Cannot read the file " + Shorten.middle(file.toString()) + ".", e);
        }
    }

    /** Refuses what is not a regular file, saying what it is. */
    public static void requireRegularFile(Path file) {
        String shown = Shorten.middle(file.toString());
        if (Files.isDirectory(file)) {
            throw new FetchException(FetchException.Reason.REFUSED,
                    shown + " is a folder, not a file. Give the path of one HTML, text or PDF file.");
        }
        if (!Files.exists(file)) {
            throw new FetchException(FetchException.Reason.REFUSED, "There is no file at " + shown + ".");
        }
        if (!Files.isRegularFile(file)) {
            throw new FetchException(FetchException.Reason.REFUSED,
                    shown + " is not a regular file (a pipe or a device, perhaps), so I do not read it.");
        }
    }

    /**
     * Reads a document from a stream (standard input, an upload) under the same cap as files: no more than one byte
     * over the cap is ever read before it is refused as too large.
     */
    public Article fromStream(InputStream in, String name) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
            return fromDocument(bytes, name, null);
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.REFUSED, "Cannot read " + name + ".", e);
        }
    }

    /** Briefs a document: PDF, HTML or plain text, by MIME type, name or content. */
    public Article fromDocument(byte[] bytes, String fileName, String mimeType) {
        if (bytes.length > limits.maxFileBytes()) {
            throw fileTooLarge();
        }
        if (PdfText.looksLikePdf(bytes, fileName, mimeType)) {
            return fromText(PdfText.extract(bytes), "file:" + fileName);
        }
        if (looksBinary(bytes)) {
            throw new FetchException(FetchException.Reason.UNSUPPORTED_TYPE,
                    "That file is not text or HTML, so I cannot read it.");
        }
        String text = decoder.decode(bytes, null);
        String source = "file:" + fileName;
        if (isHtml(fileName, mimeType, text)) {
            return fromHtml(text, source, null);
        }
        return fromText(text, source, null);
    }

    private FetchException fileTooLarge() {
        return new FetchException(FetchException.Reason.TOO_LARGE, "The file is larger than "
                + limits.maxFileBytes() / (1024 * 1024) + " MB.");
    }

    private Article build(String source, String canonical, String title, String byline, String published,
                          String siteName, List<String> paragraphs) {
        List<String> body = paragraphs.stream().map(p -> p.strip()).filter(p -> !p.isEmpty()).toList();
        String text = String.join("\n\n", body);
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        if (words < limits.minWords()) {
            throw new ExtractionException(ExtractionFailure.TOO_SHORT);
        }
        Language language = detector.detect(title + "\n" + text);
        return new Article(source, canonical, title, byline, published, siteName, language, body,
                contentHash(text), clock.instant());
    }

    /** SHA-256 of the body after matching normalisation and whitespace folding: the dedupe key. */
    public static String contentHash(String text) {
        String normal = ArabicNormalizer.normalize(text).replaceAll("\\s+", " ").trim();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Paragraphs with the line ends of wrapped text joined (see {@link Paragraphs}). */
    private static List<String> paragraphs(String text) {
        return new ArrayList<>(Paragraphs.of(text));
    }

    /** A short first line without a final mark; a headline may end on "…" or "...". */
    private static boolean looksLikeTitle(String first) {
        String t = first.strip();
        int words = t.split("\\s+").length;
        if (t.endsWith("…") || t.endsWith("..")) {
            return words <= TITLE_MAX_WORDS;
        }
        char last = t.charAt(t.length() - 1);
        return words <= TITLE_MAX_WORDS && ".!?؟:;,،".indexOf(last) < 0;
    }

    private static boolean isHtml(String fileName, String mimeType, String text) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (mimeType != null && mimeType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml");
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        boolean utf16Bom = n >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        return zeros > 0 && !utf16Bom;
    }
}
