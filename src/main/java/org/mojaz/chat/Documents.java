package org.mojaz.chat;

import java.util.Locale;

/** Which uploaded documents the bot reads: HTML, plain text and PDF, by name or declared type. */
final class Documents {
    private Documents() {
    }

    static boolean supported(String fileName, String mimeType) {
        String mime = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        if (mime.startsWith("text/") || mime.equals("application/pdf") || mime.contains("html")) {
            return true;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")
                || (mime.isEmpty() || mime.equals("application/octet-stream")) && !name.contains(".");
    }
}
