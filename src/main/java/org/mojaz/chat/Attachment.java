package org.mojaz.chat;

/**
 * A document sent to the bot. The bytes are read only after the size has been checked.
 *
 * @param fileName the file's name as sent, or null
 * @param mimeType the MIME type the client declared, or null
 * @param size     the size in bytes the transport announced (-1 when unknown)
 * @param content  reads the bytes, at most {@code maxBytes + 1} of them
 */
public record Attachment(String fileName, String mimeType, long size, Content content) {

    /** Reads a document's bytes from wherever the transport keeps them. */
    @FunctionalInterface
    public interface Content {
        byte[] read(long maxBytes);
    }

    public static Attachment of(String fileName, String mimeType, byte[] bytes) {
        return new Attachment(fileName, mimeType, bytes.length, max -> bytes);
    }
}
