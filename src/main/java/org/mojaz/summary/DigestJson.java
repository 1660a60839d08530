package org.mojaz.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A Digest as JSON for the digest cache, and back. */
final class DigestJson {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DigestJson() {
    }

    static String write(Digest digest) {
        try {
            return JSON.writeValueAsString(digest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a digest: " + e.getOriginalMessage(), e);
        }
    }

    static Digest read(String json) {
        try {
            return JSON.readValue(json, Digest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a cached digest: " + e.getOriginalMessage(), e);
        }
    }
}
