package org.mojaz.config;

/** A configuration value is missing, malformed or not allowed; the message names the key and what is accepted. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
