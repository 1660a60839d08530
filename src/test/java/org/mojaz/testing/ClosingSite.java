package org.mojaz.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A site on 127.0.0.1 (port 0) that behaves like the servers that leave dead connections in a client's pool: it
 * answers HTTP/1.1 with a Content-Length and no {@code Connection: close}, so the client keeps the connection, and
 * then closes it anyway (as an HTTP/1.0 server or an expired keep-alive does). Paths:
 * <ul>
 *   <li>{@code /keep...}: the page, and the connection stays open for the next request;</li>
 *   <li>{@code /cut...}: headers and the start of the body, then the connection is closed mid-body;</li>
 *   <li>anything else: the page, then the connection is closed.</li>
 * </ul>
 * Every request is counted per path, and {@link #awaitClosed(int)} waits until the server has closed connections.
 */
public final class ClosingSite implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Semaphore closed = new Semaphore(0);
    private final String page;

    private ClosingSite(ServerSocket server, String page) {
        this.server = server;
        this.page = page;
    }

    /** Serves {@code html} (UTF-8) on every path. */
    public static ClosingSite start(String html) {
        try {
            ClosingSite site = new ClosingSite(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), html);
            site.threads.execute(site::accept);
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** Waits (up to 10 s) until the server has closed this many more connections; false if it has not. */
    public boolean awaitClosed(int connections) throws InterruptedException {
        return closed.tryAcquire(connections, 10, TimeUnit.SECONDS);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            String path;
            while ((path = requestPath(in)) != null) {
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                byte[] body = page.getBytes(StandardCharsets.UTF_8);
                String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + body.length + "\r\n\r\n";
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                if (path.startsWith("/cut")) {
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    return;
                }
                out.write(body);
                out.flush();
                if (!path.startsWith("/keep")) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        } finally {
            closed.release();
        }
    }

    /** Reads one request's head and returns its path, or null at the end of the connection. */
    private static String requestPath(BufferedReader in) throws IOException {
        String first = in.readLine();
        if (first == null) {
            return null;
        }
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            // headers are not needed
        }
        String[] parts = first.split(" ");
        return parts.length > 1 ? parts[1] : "/";
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
