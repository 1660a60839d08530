package org.mojaz.ingest;

import java.nio.charset.StandardCharsets;

/** PLACEHOLDER until the fetch branch lands. */
public final class PageDecoder {
    public String decode(byte[] body, String charsetFromHeader) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
