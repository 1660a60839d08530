package org.mojaz.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.mojaz.ingest.FetchException.Reason;

/**
 * Reads a response body within limits: type checked before reading, Content-Length checked before reading,
 * gzip/deflate decoded here, and both the wire bytes and the decoded bytes capped while streaming.
 */
final class BodyReader {

    /** The body and what the headers said about it. */
    record Body(String contentType, String charset, byte[] bytes) {
    }

    private static final List<String> SNIFF_TYPES = List.of("unknown/unknown", "application/unknown", "*/*");

    private final long cap;
    private final List<String> allowedTypes;

    BodyReader(long cap, List<String> allowedTypes) {
        this.cap = cap;
        this.allowedTypes = allowedTypes;
    }

    Body read(Response response) throws IOException {
        MediaType mediaType = MediaType.parse(response.header("Content-Type", ""));
        String declared = mediaType == null ? null
                : (mediaType.type() + "/" + mediaType.subtype()).toLowerCase(Locale.ROOT);
        boolean sniff = declared == null || SNIFF_TYPES.contains(declared);
        if (!sniff) {
            requireAllowed(declared);
        }
        byte[] bytes = readCapped(response);
        if (isBlank(bytes)) {
            throw new FetchException(Reason.EMPTY, "The page was empty.");
        }
        String type = sniff ? ContentSniffer.sniff(bytes) : declared;
        requireAllowed(type);
        return new Body(type, mediaType == null ? null : mediaType.parameter("charset"), bytes);
    }

    private void requireAllowed(String type) {
        if (!allowedTypes.contains(type)) {
            throw new FetchException(Reason.UNSUPPORTED_TYPE, ContentSniffer.describe(type));
        }
    }

    private byte[] readCapped(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null || body.contentLength() == 0) {
            return new byte[0];
        }
        if (body.contentLength() > cap) {
            throw tooLarge();
        }
        String encoding = response.header("Content-Encoding", "identity").trim().toLowerCase(Locale.ROOT);
        InputStream wire = new CappedInputStream(body.byteStream(), cap, this::tooLarge);
        return switch (encoding) {
            case "", "identity" -> readAll(wire);
            case "gzip", "x-gzip" -> readAll(new GZIPInputStream(wire, 8192));
            case "deflate" -> inflate(wire);
            default -> throw new FetchException(Reason.UNSUPPORTED_TYPE,
                    "The site sent the page compressed in a way I cannot read (" + shorten(encoding) + ").");
        };
    }

    /** "deflate" should be zlib-wrapped, but some servers send raw deflate: look at the header to tell. */
    private byte[] inflate(InputStream wire) throws IOException {
        BufferedInputStream in = new BufferedInputStream(wire, 8192);
        in.mark(2);
        int cmf = in.read();
        int flg = in.read();
        in.reset();
        boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        try {
            return readAll(new InflaterInputStream(in, inflater, 8192));
        } finally {
            inflater.end();
        }
    }

    private byte[] readAll(InputStream in) throws IOException {
        try (InputStream capped = new CappedInputStream(in, cap, this::tooLarge)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            capped.transferTo(out);
            return out.toByteArray();
        }
    }

    private FetchException tooLarge() {
        long mb = Math.max(1, cap / (1024 * 1024));
        return new FetchException(Reason.TOO_LARGE, "The page is too large to read (over " + mb + " MB).");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }
}
