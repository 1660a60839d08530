package org.mojaz.chat;

/**
 * An inline button under a reply.
 *
 * @param label what the user sees
 * @param data  what comes back when it is pressed (at most 64 bytes)
 */
public record Button(String label, String data) {
}
