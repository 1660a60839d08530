package org.mojaz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bot API server on 127.0.0.1 that enforces Telegram's sending limits with {@code 429 Too Many Requests} and
 * {@code retry_after}: by default as token buckets ({@code perSecond} a second overall with a burst of as many, about
 * one a second per chat with a burst of three — the published limits as the bot's own limiter reads them); with
 * {@code strict}, as sliding windows (never more than {@code perSecond} in any one second, never two to one chat
 * within a second). It counts what it accepted per chat, so a benchmark can
 * tell duplicates and missing messages, and when the first and last were accepted. getUpdates answers an empty list.
 */
final class ThrottledBotApi implements AutoCloseable {
    static final String TOKEN = "0:throttled";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final int perSecond;
    private final boolean strict;
    private final Deque<Long> window = new ArrayDeque<>();
    private double tokens;
    private long refilled = System.nanoTime();
    private final Map<Long, double[]> chatTokens = new HashMap<>();
    private final Map<Long, Long> lastToChat = new HashMap<>();
    private final Map<Long, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger tooMany = new AtomicInteger();
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private volatile long firstNanos;
    private volatile long lastNanos;

    ThrottledBotApi(int perSecond, boolean strict) throws IOException {
        this.perSecond = perSecond;
        this.strict = strict;
        this.tokens = perSecond;
        server = LoopbackServer.start(this::serve, executor);
    }

    String baseUrl() {
        return LoopbackServer.baseUrl(server);
    }

    /** Messages accepted, per chat. */
    Map<Long, AtomicInteger> accepted() {
        return accepted;
    }

    int acceptedTotal() {
        return accepted.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** 429 answers given. */
    int tooMany() {
        return tooMany.get();
    }

    /** Seconds between the first and the last message accepted. */
    double acceptedSpanSeconds() {
        return (lastNanos - firstNanos) / 1e9;
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            byte[] body = ex.getRequestBody().readAllBytes();
            JsonNode params = body.length == 0 ? json.createObjectNode() : json.readTree(body);
            ObjectNode answer;
            int status = 200;
            if (method.equals("sendmessage") && !admit(params.path("chat_id").asLong())) {
                tooMany.incrementAndGet();
                status = 429;
                answer = json.createObjectNode().put("ok", false).put("error_code", 429)
                        .put("description", "Too Many Requests: retry after 1");
                answer.set("parameters", json.createObjectNode().put("retry_after", 1));
            } else {
                answer = json.createObjectNode().put("ok", true);
                answer.set("result", result(method, params));
            }
            byte[] out = json.writeValueAsBytes(answer);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        }
    }

    /** Whether one more message to the chat fits in the last second, overall and for the chat; counts it if so. */
    private synchronized boolean admit(long chatId) {
        long now = System.nanoTime();
        if (!(strict ? admitStrict(chatId, now) : admitBuckets(chatId, now))) {
            return false;
        }
        if (firstNanos == 0) {
            firstNanos = now;
        }
        lastNanos = now;
        accepted.computeIfAbsent(chatId, c -> new AtomicInteger()).incrementAndGet();
        return true;
    }

    private boolean admitStrict(long chatId, long now) {
        while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
            window.pollFirst();
        }
        Long last = lastToChat.get(chatId);
        if (window.size() >= perSecond || (last != null && now - last < 1_000_000_000L)) {
            return false;
        }
        window.addLast(now);
        lastToChat.put(chatId, now);
        return true;
    }

    private boolean admitBuckets(long chatId, long now) {
        tokens = Math.min(perSecond, tokens + (now - refilled) / 1e9 * perSecond);
        refilled = now;
        double[] chat = chatTokens.computeIfAbsent(chatId, c -> new double[] {3, now});
        chat[0] = Math.min(3, chat[0] + (now - (long) chat[1]) / 1e9);
        chat[1] = now;
        if (tokens < 1 || chat[0] < 1) {
            return false;
        }
        tokens -= 1;
        chat[0] -= 1;
        return true;
    }

    private JsonNode result(String method, JsonNode params) {
        switch (method) {
            case "getme":
                return json.createObjectNode().put("id", 1).put("is_bot", true).put("first_name", "Mojaz")
                        .put("username", "MojazBriefingBench");
            case "getupdates":
                sleepQuietly(Math.min(1, params.path("timeout").asLong(0)) * 1000);
                return json.createArrayNode();
            case "sendmessage":
                long chatId = params.path("chat_id").asLong();
                ObjectNode m = json.createObjectNode().put("message_id", nextMessageId.getAndIncrement())
                        .put("date", System.currentTimeMillis() / 1000).put("text", params.path("text").asText());
                m.set("chat", json.createObjectNode().put("id", chatId).put("type", "private"));
                return m;
            default:
                return json.getNodeFactory().booleanNode(true);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
