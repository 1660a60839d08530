package org.mojaz.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A news site on 127.0.0.1 (port 0) for tests. Add what it serves, then fetch {@link #url(String)}:
 * <pre>{@code
 * try (FakeNewsSite site = FakeNewsSite.start()) {
 *     site.page("/a", "text/html; charset=utf-8", "<html>...</html>");
 *     site.redirect("/r", "/a");
 *     fetcher.fetch(site.url("/r"));
 * }
 * }</pre>
 * Unknown paths answer 404. Every request is counted per path ({@link #hits(String)}).
 */
public final class FakeNewsSite implements AutoCloseable {

    /** Writes one response. */
    @FunctionalInterface
    public interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private volatile Headers lastRequestHeaders = new Headers();

    private FakeNewsSite(HttpServer server) {
        this.server = server;
    }

    public static FakeNewsSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeNewsSite site = new FakeNewsSite(server);
            server.createContext("/", site::handle);
            server.setExecutor(site.executor);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of a path on this site, e.g. {@code http://127.0.0.1:41234/a}. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves the bytes with status 200; a null content type sends no Content-Type header. */
    public FakeNewsSite page(String path, String contentType, byte[] body) {
        return respond(path, exchange -> send(exchange, 200, contentType, null, body));
    }

    /** Serves the text, encoded as UTF-8. */
    public FakeNewsSite page(String path, String contentType, String body) {
        return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves the bytes gzip-compressed, with {@code Content-Encoding: gzip}. */
    public FakeNewsSite gzipPage(String path, String contentType, byte[] body) {
        byte[] gzipped = gzip(body);
        return respond(path, exchange -> send(exchange, 200, contentType, "gzip", gzipped));
    }

    /** Serves the bytes zlib-compressed, with {@code Content-Encoding: deflate}. */
    public FakeNewsSite deflatePage(String path, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED))) {
            deflater.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] deflated = out.toByteArray();
        return respond(path, exchange -> send(exchange, 200, contentType, "deflate", deflated));
    }

    /** A small gzip stream that inflates to {@code decodedBytes} zero bytes: a zip bomb. */
    public FakeNewsSite gzipBomb(String path, long decodedBytes) {
        byte[] bomb = gzipZeros(decodedBytes);
        return respond(path, exchange -> send(exchange, 200, "text/html", "gzip", bomb));
    }

    /** Answers 302 with the given Location (absolute or relative). */
    public FakeNewsSite redirect(String path, String location) {
        return redirect(path, 302, location);
    }

    public FakeNewsSite redirect(String path, int status, String location) {
        return respond(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            send(exchange, status, "text/html", null, new byte[0]);
        });
    }

    /** Answers with the status and a short HTML body. */
    public FakeNewsSite status(String path, int status) {
        byte[] body = ("<html><body>status " + status + "</body></html>").getBytes(StandardCharsets.UTF_8);
        return respond(path, exchange -> send(exchange, status, "text/html", null, body));
    }

    /** Accepts the request and then says nothing until the site is closed. */
    public FakeNewsSite stalled(String path) {
        return respond(path, exchange -> {
            awaitClose();
            exchange.close();
        });
    }

    /** Sends headers, then one byte every {@code gap} for as long as the client listens (a slow-loris body). */
    public FakeNewsSite trickle(String path, java.time.Duration gap) {
        return respond(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                while (!closing.await(gap.toMillis(), TimeUnit.MILLISECONDS)) {
                    out.write('.');
                    out.flush();
                }
            } catch (IOException clientHungUp) {
                exchange.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Streams {@code size} bytes of HTML-looking text; {@code chunked} leaves out Content-Length. Stops quietly when
     * the client hangs up.
     */
    public FakeNewsSite huge(String path, long size, boolean chunked) {
        return respond(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, chunked ? 0 : size);
            byte[] chunk = "<p>news news news news news news news</p>\n".repeat(1500).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                }
            } catch (IOException clientHungUp) {
                exchange.close();
            }
        });
    }

    /**
     * Serves a feed with an ETag; a request whose If-None-Match carries that ETag gets 304 Not Modified. Serving the
     * path again with another body changes the ETag.
     */
    public FakeNewsSite feed(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
        return respond(path, exchange -> {
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, contentType, null, bytes);
        });
    }

    /** How many requests to the path were answered 304 Not Modified. */
    public int notModified(String path) {
        AtomicInteger count = notModified.get(path);
        return count == null ? 0 : count.get();
    }

    /** Any other answer. */
    public FakeNewsSite respond(String path, Responder responder) {
        routes.put(path, responder);
        return this;
    }

    /** How many requests reached the path. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** The headers of the most recent request. */
    public Headers lastRequestHeaders() {
        return lastRequestHeaders;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        lastRequestHeaders = exchange.getRequestHeaders();
        Responder responder = routes.get(path);
        try {
            if (responder == null) {
                send(exchange, 404, "text/html", null, "<html>not found</html>".getBytes(StandardCharsets.UTF_8));
            } else {
                responder.respond(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String encoding, byte[] body)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (encoding != null) {
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException clientHungUp) {
                exchange.close();
            }
        }
    }

    private void awaitClose() {
        try {
            closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzipZeros(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[64 * 1024];
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            for (long written = 0; written < size; written += zeros.length) {
                gzip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
