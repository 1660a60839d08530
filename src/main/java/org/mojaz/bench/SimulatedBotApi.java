package org.mojaz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Bot API server on 127.0.0.1 for {@code mojaz bench bot}: it queues simulated users' messages for
 * getUpdates and hands every message the bot sends or edits to a listener. As Telegram, it delivers an update again
 * until a getUpdates offset confirms it, so a bot killed before confirming sees it again after a restart. No real
 * Telegram is involved.
 */
final class SimulatedBotApi implements AutoCloseable {
    static final String TOKEN = "0:simulated";

    /** Told of every message text the bot sends or edits, with its chat. */
    interface Listener {
        void sent(long chatId, String text);
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final UpdateQueue updates = new UpdateQueue();
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final Listener listener;
    private final Faults faults = new Faults("429", "5xx", "dropped");
    private final AtomicInteger polls = new AtomicInteger();

    SimulatedBotApi(Listener listener) throws IOException {
        this.listener = listener;
        server = LoopbackServer.start(this::serve, executor);
    }

    String baseUrl() {
        return LoopbackServer.baseUrl(server);
    }

    /** A user writes to the bot in a private chat (chat id = user id). */
    void userSays(long userId, String text) {
        ObjectNode chat = json.createObjectNode().put("id", userId).put("type", "private");
        ObjectNode from = json.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "U")
                .put("language_code", "en");
        ObjectNode message = json.createObjectNode().put("message_id", nextMessageId.getAndIncrement())
                .put("date", System.currentTimeMillis() / 1000).put("text", text);
        message.set("chat", chat);
        message.set("from", from);
        ObjectNode update = json.createObjectNode();
        update.set("message", message);
        updates.push(update);
    }

    /**
     * From now on a share {@code rate} of sends, edits and polls each gets a 429 (retry_after 1 s), a 502, or a
     * connection closed before any answer, before the request is carried out.
     */
    void injectFaults(double rate) {
        faults.rate(rate);
    }

    /** getUpdates calls answered so far: a bot that polls is up. */
    int polls() {
        return polls.get();
    }

    /** Waits until more than {@code seen} getUpdates calls have been answered; false if {@code limit} passes first. */
    boolean awaitPollAfter(int seen, java.time.Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (polls.get() <= seen) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** Faults injected so far, by kind. */
    Faults faults() {
        return faults;
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            byte[] body = ex.getRequestBody().readAllBytes();
            if (method.equals("sendmessage") || method.equals("editmessagetext") || method.equals("getupdates")) {
                String fault = faults.draw();
                if (fault != null) {
                    fail(ex, fault);
                    return;
                }
            }
            JsonNode params = body.length == 0 ? json.createObjectNode() : json.readTree(body);
            ObjectNode ok = json.createObjectNode().put("ok", true);
            ok.set("result", result(method, params));
            byte[] out = json.writeValueAsBytes(ok);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        }
    }

    private void fail(HttpExchange ex, String fault) throws IOException {
        if (fault.equals("dropped")) {
            ex.getResponseHeaders().set("Content-Length", "100");
            ex.sendResponseHeaders(200, 100); // a promised body that never comes: the connection is cut
            return;
        }
        int status = fault.equals("429") ? 429 : 502;
        ObjectNode error = json.createObjectNode().put("ok", false).put("error_code", status)
                .put("description", status == 429 ? "Too Many Requests: retry after 1" : "Bad Gateway");
        if (status == 429) {
            error.putObject("parameters").put("retry_after", 1);
        }
        byte[] out = json.writeValueAsBytes(error);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(out);
        }
    }

    private JsonNode result(String method, JsonNode params) {
        switch (method) {
            case "getupdates":
                polls.incrementAndGet();
                return updates.poll(params.path("offset").asLong(0), params.path("timeout").asLong(0));
            case "getme":
                return json.createObjectNode().put("id", 1).put("is_bot", true).put("first_name", "Mojaz")
                        .put("username", "MojazBenchBot");
            case "sendmessage":
            case "editmessagetext":
                long chatId = params.path("chat_id").asLong();
                listener.sent(chatId, params.path("text").asText());
                ObjectNode m = json.createObjectNode().put("message_id", method.equals("sendmessage")
                        ? nextMessageId.getAndIncrement() : params.path("message_id").asInt())
                        .put("date", System.currentTimeMillis() / 1000).put("text", params.path("text").asText());
                m.set("chat", json.createObjectNode().put("id", chatId).put("type", "private"));
                return m;
            default:
                return json.getNodeFactory().booleanNode(true);
        }
    }

    @Override
    public void close() {
        updates.wakeAll();
        server.stop(0);
        executor.shutdownNow();
    }
}
