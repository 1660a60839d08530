package org.mojaz.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Guesses the type of a body the server did not label, from its first bytes, and words refusals by type. */
final class ContentSniffer {

    private static final List<String> HTML_STARTS = List.of(
            "<!doctype html", "<html", "<head", "<body", "<title", "<meta", "<script", "<style", "<iframe",
            "<table", "<div", "<p", "<h1", "<a", "<br", "<font", "<b", "<!--");

    private ContentSniffer() {
    }

    /** {@code text/html}, {@code text/plain}, or the binary type it looks like. */
    static String sniff(byte[] body) {
        String binary = binarySignature(body);
        if (binary != null) {
            return binary;
        }
        String head = head(body);
        for (String start : HTML_STARTS) {
            if (head.startsWith(start) && (start.equals("<!--") || endsTag(head, start.length()))) {
                return "text/html";
            }
        }
        if (head.startsWith("<?xml") && head.contains("<html")) {
            return "application/xhtml+xml";
        }
        return looksBinary(body) ? "application/octet-stream" : "text/plain";
    }

    /** The message for a type we do not read, naming the type. */
    static String describe(String type) {
        if (type.startsWith("image/")) {
            return "That link is an image (" + type + "), not a page I can read.";
        }
        if (type.startsWith("video/")) {
            return "That link is a video (" + type + "), not a page I can read.";
        }
        if (type.startsWith("audio/")) {
            return "That link is audio (" + type + "), not a page I can read.";
        }
        if (type.equals("application/pdf")) {
            return "That link is a PDF (application/pdf); I cannot read PDFs from links yet.";
        }
        return "That link is a file of type " + type + ", not a web page I can read.";
    }

    private static String head(byte[] body) {
        int start = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < body.length && Character.isWhitespace((char) (body[start] & 0xFF))) {
            start++;
        }
        int length = Math.min(1024, body.length - start);
        return new String(body, start, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    private static boolean endsTag(String head, int at) {
        return head.length() > at && (head.charAt(at) == ' ' || head.charAt(at) == '>' || head.charAt(at) == '\n'
                || head.charAt(at) == '\t' || head.charAt(at) == '\r' || head.charAt(at) == '/');
    }

    private static String binarySignature(byte[] b) {
        String head = new String(b, 0, Math.min(16, b.length), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u0089PNG")) {
            return "image/png";
        }
        if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) {
            return "image/gif";
        }
        if (head.startsWith("\u00FF\u00D8\u00FF")) {
            return "image/jpeg";
        }
        if (head.startsWith("RIFF") && head.length() >= 12 && head.startsWith("WEBP", 8)) {
            return "image/webp";
        }
        if (head.startsWith("%PDF-")) {
            return "application/pdf";
        }
        if (head.startsWith("PK\u0003\u0004")) {
            return "application/zip";
        }
        return null;
    }

    private static boolean looksBinary(byte[] body) {
        int n = Math.min(1024, body.length);
        for (int i = 0; i < n; i++) {
            int c = body[i] & 0xFF;
            if (c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F)) {
                return true;
            }
        }
        return false;
    }
}
