package org.mojaz.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.mojaz.ingest.FetchException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a user's link without letting it reach private networks, run for ever, or fill memory.
 *
 * <p>Every hop (the link and each redirect) is checked by {@link UrlGuard}: http/https only, no credentials, and
 * every address the host resolves to must be public (or in {@link FetchSettings#allowedNetworks()}). The host is
 * resolved once and OkHttp is handed exactly those addresses ({@link PinnedDns}), so the connection goes where the
 * check looked, and the socket itself checks the address again as it connects ({@link GuardedSocketFactory}).
 * Redirects are followed here, not by OkHttp; bodies are streamed under a cap, decompressed here
 * with the decoded size capped too. Every failure is a {@link FetchException} with a message for the user.
 *
 * <p>Idle connections are kept for a few seconds only, and a pooled connection that the server has already closed
 * (HTTP/1.0 servers, keep-alive time-outs) costs nothing: when a reused connection fails before any response
 * arrives, the request is sent once more on a new connection, through the same pinned addresses and socket check.
 * A request whose response had started is never sent again.
 *
 * <p>Thread-safe; build one and share it, then {@link #close()} it.
 */
public final class SafeFetcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SafeFetcher.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** Shorter than the shortest keep-alive common servers give (Apache's 5 s), so few pooled ones are dead. */
    private static final long IDLE_CONNECTION_SECONDS = 4;
    private static final int MAX_IDLE_CONNECTIONS = 5;
    private static final String ACCEPT =
            "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1";
    private static final String FEED_ACCEPT =
            "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.5";

    private final FetchSettings settings;
    private final UrlGuard guard;
    private final BodyReader bodies;
    private final OkHttpClient client;
    /** The same client, but every connection is new and closed after use: for the one retry. */
    private final OkHttpClient fresh;

    public SafeFetcher(FetchSettings settings, HostResolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(resolver, "resolver");
        AddressPolicy policy = new AddressPolicy(settings.allowPrivateAddresses(), settings.allowedNetworks());
        this.guard = new UrlGuard(policy, resolver, settings.allowPrivateAddresses());
        this.bodies = new BodyReader(settings.maxBodyBytes(), settings.allowedContentTypes());
        this.client = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .proxy(Proxy.NO_PROXY)
                .socketFactory(new GuardedSocketFactory(policy))
                .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, IDLE_CONNECTION_SECONDS, TimeUnit.SECONDS))
                .dns(hostname -> {
                    throw new UnknownHostException("Every call pins its own checked addresses");
                })
                .build();
        this.fresh = client.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
    }

    /** Uses the operating system's resolver. */
    public SafeFetcher(FetchSettings settings) {
        this(settings, new SystemHostResolver());
    }

    /** Fetches a link; throws {@link FetchException} with a user-facing message when it cannot. */
    public FetchedPage fetch(URI url) {
        Objects.requireNonNull(url, "url");
        return fetch(url, url.toString());
    }

    /** Fetches a link as typed by a user (may hold spaces or Arabic in the path, which OkHttp encodes). */
    public FetchedPage fetch(String url) {
        Objects.requireNonNull(url, "url");
        return fetch(null, url);
    }

    /**
     * A conditional GET (for feeds): sends the validators of the last fetch and returns
     * {@link ConditionalPage#notModified()} on 304. The same checks as {@link #fetch(String)} apply to every hop.
     *
     * @param etag         the ETag the server sent last time, or null
     * @param lastModified the Last-Modified it sent last time, or null
     */
    public ConditionalPage fetchIfChanged(String url, String etag, String lastModified) {
        Objects.requireNonNull(url, "url");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", FEED_ACCEPT);
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            headers.put("If-Modified-Since", lastModified);
        }
        ConditionalPage[] result = new ConditionalPage[1];
        fetch(null, url, headers, result);
        return result[0];
    }

    private FetchedPage fetch(URI requested, String url) {
        return fetch(requested, url, Map.of(), null);
    }

    private FetchedPage fetch(URI requested, String url, Map<String, String> headers, ConditionalPage[] conditional) {
        long started = System.nanoTime();
        long deadline = started + settings.callTimeout().toNanos();
        try {
            FetchedPage page = follow(requested, url, deadline, headers, conditional);
            LOG.debug("Fetched {} in {} ms", page, elapsedMillis(started));
            return page;
        } catch (FetchException e) {
            LOG.debug("Fetch failed: {} after {} ms", e.reason(), elapsedMillis(started));
            throw e;
        } catch (IOException e) {
            FetchException failure = System.nanoTime() - deadline >= 0 ? timedOut(e) : network(e);
            LOG.debug("Fetch failed: {} ({}) after {} ms", failure.reason(), e.getClass().getSimpleName(),
                    elapsedMillis(started));
            throw failure;
        } catch (RuntimeException e) {
            LOG.warn("Fetch failed unexpectedly ({}) after {} ms", e.getClass().getName(), elapsedMillis(started));
            throw new FetchException(Reason.NETWORK, "Something went wrong while opening that link.", e);
        }
    }

    private FetchedPage follow(URI requested, String url, long deadline, Map<String, String> headers,
                               ConditionalPage[] conditional) throws IOException {
        UrlGuard.Target target = guard.check(url);
        URI first = requested != null ? requested : target.url().uri();
        for (int redirects = 0; ; redirects++) {
            try (Response response = call(target, deadline, headers)) {
                int status = response.code();
                if (status == 304 && conditional != null) {
                    conditional[0] = new ConditionalPage(null, response.header("ETag"),
                            response.header("Last-Modified"));
                    return null;
                }
                if (!REDIRECTS.contains(status)) {
                    requireSuccess(status);
                    BodyReader.Body body = bodies.read(response);
                    FetchedPage page = new FetchedPage(first, target.url().uri(), status, body.contentType(),
                            body.charset(), body.bytes());
                    if (conditional != null) {
                        conditional[0] = new ConditionalPage(page, response.header("ETag"),
                                response.header("Last-Modified"));
                    }
                    return page;
                }
                if (redirects >= settings.maxRedirects()) {
                    throw new FetchException(Reason.TOO_MANY_REDIRECTS,
                            "The link redirected too many times (more than " + settings.maxRedirects() + ").");
                }
                target = guard.checkRedirect(target.url(), response.header("Location"));
            }
        }
    }

    private Response call(UrlGuard.Target target, long deadline, Map<String, String> headers) throws IOException {
        ConnectionEvents events = new ConnectionEvents();
        try {
            return call(client, target, deadline, headers, events);
        } catch (IOException e) {
            if (!events.reusedConnectionFailedBeforeResponse() || e instanceof InterruptedIOException
                    || deadline - System.nanoTime() <= 0) {
                throw e;
            }
            LOG.debug("A pooled connection failed before any response ({}); retrying once on a new connection",
                    e.getClass().getSimpleName());
            return call(fresh, target, deadline, headers, new ConnectionEvents());
        }
    }

    private Response call(OkHttpClient base, UrlGuard.Target target, long deadline, Map<String, String> headers,
                          ConnectionEvents events) throws IOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut(null);
        }
        OkHttpClient pinned = base.newBuilder()
                .dns(new PinnedDns(target.url().host(), target.addresses()))
                .eventListener(events)
                .build();
        Request.Builder builder = new Request.Builder()
                .url(target.url())
                .get()
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Language", "ar,en;q=0.8")
                .header("Accept-Encoding", "gzip, deflate");
        headers.forEach(builder::header);
        Request request = builder.build();
        Call call = pinned.newCall(request);
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        return call.execute();
    }

    /** What one call did with its connection: opened a new one or took one from the pool, and got an answer. */
    private static final class ConnectionEvents extends EventListener {
        private volatile boolean connected;
        private volatile boolean acquired;
        private volatile boolean answered;

        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            connected = true;
        }

        @Override
        public void connectionAcquired(Call call, Connection connection) {
            acquired = true;
        }

        @Override
        public void responseHeadersStart(Call call) {
            answered = true;
        }

        boolean reusedConnectionFailedBeforeResponse() {
            return acquired && !connected && !answered;
        }
    }

    private static void requireSuccess(int status) {
        if (status >= 200 && status < 300) {
            return;
        }
        String message;
        if (status == 404 || status == 410) {
            message = "The page was not found (" + status + ").";
        } else if (status == 401 || status == 403 || status == 407) {
            message = "The site denied access to that page (" + status + ").";
        } else if (status == 429) {
            message = "The site is turning away requests right now (429). Try again later.";
        } else if (status >= 500) {
            message = "The site had an error (" + status + "). Try again later.";
        } else if (status >= 400) {
            message = "The site refused the request (" + status + ").";
        } else {
            message = "The site answered with status " + status + ", which I cannot follow.";
        }
        throw new FetchException(Reason.HTTP_STATUS, message);
    }

    private static FetchException network(IOException e) {
        if (e instanceof InterruptedIOException) {
            return timedOut(e);
        }
        if (e instanceof UnknownHostException) {
            return new FetchException(Reason.NETWORK, "I could not find that site.", e);
        }
        if (e instanceof GuardedSocketFactory.ForbiddenAddressException) {
            return new FetchException(Reason.REFUSED, UrlGuard.PRIVATE_ADDRESS, e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new FetchException(Reason.NETWORK, "I could not connect to the site. Try again later.", e);
        }
        if (e instanceof SSLException) {
            return new FetchException(Reason.NETWORK, "The secure connection to the site failed.", e);
        }
        return new FetchException(Reason.NETWORK, "I could not read the page from the site. Try again later.", e);
    }

    private static FetchException timedOut(IOException cause) {
        return new FetchException(Reason.NETWORK, "The site took too long to answer. Try again later.", cause);
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Stops the connection pool and the dispatcher's threads. */
    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        fresh.connectionPool().evictAll();
    }
}
