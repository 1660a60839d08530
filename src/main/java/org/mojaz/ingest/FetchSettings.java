package org.mojaz.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link SafeFetcher} fetches. Start from {@link #defaults()} and change what you need with the {@code with...}
 * methods.
 *
 * @param connectTimeout        time to open the TCP/TLS connection
 * @param readTimeout           longest silence while reading
 * @param callTimeout           budget for the whole fetch, all redirects and the body included
 * @param maxBodyBytes          largest body accepted, after decompression
 * @param maxRedirects          redirects followed before giving up
 * @param userAgent             the User-Agent header
 * @param allowPrivateAddresses true switches the address check off entirely (never in production)
 * @param allowedNetworks       CIDR ranges allowed even though private, e.g. {@code 127.0.0.1/32} for a test site
 *                              or {@code 10.1.0.0/16} for an intranet
 * @param allowedContentTypes   media types (lower case, no parameters) accepted as pages
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        long maxBodyBytes,
        int maxRedirects,
        String userAgent,
        boolean allowPrivateAddresses,
        List<String> allowedNetworks,
        List<String> allowedContentTypes) {

    public static final String DEFAULT_USER_AGENT = "Mojaz/0.1 (+https://github.com/mojaz/mojaz; news summary bot)";
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final List<String> DEFAULT_CONTENT_TYPES = List.of("text/html", "application/xhtml+xml", "text/plain");

    /** What the feed reader accepts on top of pages (the site page is read to discover its feed). */
    public static final List<String> FEED_CONTENT_TYPES = List.of("application/rss+xml", "application/atom+xml",
            "application/xml", "text/xml", "text/html", "application/xhtml+xml");

    public FetchSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(callTimeout, "callTimeout");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        Objects.requireNonNull(userAgent, "userAgent");
        allowedNetworks = List.copyOf(allowedNetworks);
        allowedNetworks.forEach(Cidr::parse);
        allowedContentTypes = allowedContentTypes.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** 5 s to connect, 10 s of silence, 20 s in all, 5 MB, 5 redirects, public addresses only. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
                DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_USER_AGENT, false, List.of(),
                DEFAULT_CONTENT_TYPES);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new FetchSettings(connect, read, call, maxBodyBytes, maxRedirects, userAgent, allowPrivateAddresses,
                allowedNetworks, allowedContentTypes);
    }

    public FetchSettings withMaxBodyBytes(long bytes) {
        return new FetchSettings(connectTimeout, readTimeout, callTimeout, bytes, maxRedirects, userAgent,
                allowPrivateAddresses, allowedNetworks, allowedContentTypes);
    }

    public FetchSettings withAllowedNetworks(List<String> cidrs) {
        return new FetchSettings(connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects, userAgent,
                allowPrivateAddresses, cidrs, allowedContentTypes);
    }

    /** The same settings accepting other media types (the feed reader's fetcher: {@link #FEED_CONTENT_TYPES}). */
    public FetchSettings withContentTypes(List<String> types) {
        return new FetchSettings(connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects, userAgent,
                allowPrivateAddresses, allowedNetworks, types);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
