package org.mojaz.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted model server on 127.0.0.1, port 0, speaking one provider's wire format (subclasses). Answers come from
 * a queue ({@link #reply}, {@link #fail}, {@link #slow}); when the queue is empty the last scripted answer repeats.
 * Every request is recorded (path, headers, body) so tests can count calls and inspect what was sent.
 */
public abstract class FakeLlmServer implements AutoCloseable {
    protected static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted answer. */
    private record Scripted(int status, String body, Duration delay, boolean stallBody) {
        Scripted(int status, String body, Duration delay) {
            this(status, body, delay, false);
        }
    }

    /** One request as received. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<Scripted> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();
    private Scripted last;

    protected FakeLlmServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-llm");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to configure as {@code llm.base-url}. */
    public abstract String baseUrl();

    /** The provider's success body carrying {@code text} as the model's answer. */
    protected abstract String successBody(String text, int inputTokens, int outputTokens);

    /** The provider's error body. */
    protected abstract String errorBody(int status, String message);

    protected final String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The model answers {@code text} (usage 120 in, 80 out). */
    public synchronized FakeLlmServer reply(String text) {
        return enqueue(new Scripted(200, successBody(text, 120, 80), Duration.ZERO));
    }

    /** The server answers this HTTP error status. */
    public synchronized FakeLlmServer fail(int status) {
        return enqueue(new Scripted(status, errorBody(status, "scripted failure " + status), Duration.ZERO));
    }

    /** The server answers an error whose body echoes the given text (an unkind server). */
    public synchronized FakeLlmServer failEchoing(int status, String echoed) {
        return enqueue(new Scripted(status, errorBody(status, echoed), Duration.ZERO));
    }

    /** The model answers {@code text}, but only after {@code delay}. */
    public synchronized FakeLlmServer slow(Duration delay, String text) {
        return enqueue(new Scripted(200, successBody(text, 120, 80), delay));
    }

    /**
     * The server sends 200 and its headers at once (chunked), then trickles a blank every 200 ms and never the
     * answer, until it is closed: a model that stalls in its body while the connection stays alive.
     */
    public synchronized FakeLlmServer stallBody(String text) {
        return enqueue(new Scripted(200, successBody(text, 120, 80), Duration.ZERO, true));
    }

    public synchronized int requestCount() {
        return received.size();
    }

    public synchronized List<Received> requests() {
        return List.copyOf(received);
    }

    public synchronized Received lastRequest() {
        return received.get(received.size() - 1);
    }

    private FakeLlmServer enqueue(Scripted s) {
        script.add(s);
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Scripted answer;
        synchronized (this) {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            answer = script.isEmpty() ? last : script.poll();
            last = answer;
        }
        if (answer == null) {
            answer = new Scripted(500, errorBody(500, "nothing scripted"), Duration.ZERO);
        }
        pause(answer.delay());
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            if (answer.stallBody()) {
                trickle(exchange);
                return;
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientWentAway) {
            exchange.close();
        }
    }

    private static void trickle(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < 3000 && !Thread.currentThread().isInterrupted(); i++) {
            out.write(' ');
            out.flush();
            pause(Duration.ofMillis(200));
        }
        exchange.close();
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    protected static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
