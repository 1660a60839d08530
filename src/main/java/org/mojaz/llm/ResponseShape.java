package org.mojaz.llm;

/** The form the answer must take; providers that cannot enforce it get the instruction in the prompt only. */
public enum ResponseShape {
    /** Free text. */
    TEXT,
    /** The digest JSON object ({@link DigestSchema}). */
    DIGEST_JSON
}
