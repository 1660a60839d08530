package org.mojaz.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.mojaz.bench.UpdateQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local fake of the Telegram Bot API on 127.0.0.1, port 0: getUpdates (long polling), sendMessage,
 * editMessageText, sendChatAction, answerCallbackQuery, setMyCommands, deleteWebhook, getMe, getFile and file
 * download. It records every request, can fail the next call of a method (429 with retry_after, 403), and holds
 * updates until a getUpdates offset confirms them, as Telegram does.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "123456:FAKE-token-for-tests";
    public static final long BOT_ID = 999;
    public static final String BOT_USERNAME = "MojazTestBot";
    /** A failure status meaning: answer with a truncated body, as a dropped connection looks to the client. */
    public static final int DROP = -1;

    /**
     * One request the fake received: the method, its JSON parameters, the HTTP status answered and when it came
     * ({@link System#nanoTime}).
     */
    public record Call(String method, JsonNode params, int status, long atNanos) {
        public String text() {
            return params.path("text").asText("");
        }

        public long chatId() {
            return params.path("chat_id").asLong();
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Call> calls = new ArrayList<>();
    private final UpdateQueue updates = new UpdateQueue();
    private final Map<String, Deque<int[]>> failures = new HashMap<>();
    private final Set<Long> blocked = new HashSet<>();
    private final Set<String> admins = new HashSet<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger nextMessageId = new AtomicInteger(1000);
    private final AtomicInteger nextUserMessageId = new AtomicInteger(1);
    private volatile String tokenSeen;

    private FakeBotApi(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeBotApi start() {
        return startOn(0);
    }

    /** On a given port: for a bot that was started before its Bot API server. */
    public static FakeBotApi startOn(int port) {
        try {
            return new FakeBotApi(port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A loopback port that was free a moment ago, for a server started later. */
    public static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- what the test sends -------------------------------------------------------------------------------------

    /** Queues an update (its update_id is assigned here) and returns the id. */
    public long push(ObjectNode update) {
        return updates.push(update);
    }

    /**
     * Delivers an update with the id it already has, once, even below the confirmed offset: what the bot sees when
     * Telegram re-delivers after a crash or a lost offset.
     */
    public void pushAgain(ObjectNode update) {
        updates.pushAgain(update);
    }

    /** A message from a user in a private chat (chat id = user id). */
    public ObjectNode privateMessage(long userId, String text) {
        return messageUpdate(chat(userId, "private"), user(userId, "en"), text);
    }

    /** A message from a user in a group chat (negative id). */
    public ObjectNode groupMessage(long groupId, long userId, String text) {
        return messageUpdate(chat(groupId, "supergroup"), user(userId, "en"), text);
    }

    public ObjectNode messageUpdate(ObjectNode chat, ObjectNode from, String text) {
        ObjectNode message = message(chat, from);
        if (text != null) {
            message.put("text", text);
        }
        ObjectNode update = json.createObjectNode();
        update.set("message", message);
        return update;
    }

    public ObjectNode message(ObjectNode chat, ObjectNode from) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextUserMessageId.getAndIncrement());
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", chat);
        if (from != null) {
            message.set("from", from);
        }
        return message;
    }

    public ObjectNode chat(long id, String type) {
        ObjectNode chat = json.createObjectNode();
        chat.put("id", id);
        chat.put("type", type);
        if (!type.equals("private")) {
            chat.put("title", "Test " + type);
        }
        return chat;
    }

    public ObjectNode user(long id, String languageCode) {
        ObjectNode user = json.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", "User" + id);
        user.put("language_code", languageCode);
        return user;
    }

    /** A document message: the file is served by getFile and the download path. */
    public ObjectNode documentMessage(long userId, String fileName, String mimeType, byte[] bytes) {
        String fileId = "file-" + files.size() + "-" + fileName;
        files.put(fileId, bytes);
        ObjectNode update = privateMessage(userId, null);
        ObjectNode document = json.createObjectNode();
        document.put("file_id", fileId);
        document.put("file_unique_id", "u-" + fileId);
        document.put("file_name", fileName);
        document.put("mime_type", mimeType);
        document.put("file_size", bytes.length);
        ((ObjectNode) update.get("message")).set("document", document);
        return update;
    }

    /** A press of an inline button under the bot's message {@code messageId}. */
    public ObjectNode callback(long userId, long chatId, int messageId, String data) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", chat(chatId, chatId < 0 ? "supergroup" : "private"));
        ObjectNode from = json.createObjectNode();
        from.put("id", BOT_ID);
        from.put("is_bot", true);
        from.put("first_name", "Mojaz");
        message.set("from", from);
        message.put("text", "brief");
        ObjectNode query = json.createObjectNode();
        query.put("id", "cb-" + messageId + "-" + data.hashCode());
        query.set("from", user(userId, "en"));
        query.set("message", message);
        query.put("chat_instance", "ci");
        query.put("data", data);
        ObjectNode update = json.createObjectNode();
        update.set("callback_query", query);
        return update;
    }

    /** The next call of {@code method} is refused with this status (429 carries retry_after seconds; DROP cuts it). */
    public synchronized void failNext(String method, int status, int retryAfter) {
        failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new int[] {status, retryAfter});
    }

    /** Every message to this chat is refused with 403, as when the user blocked the bot. */
    public synchronized void block(long chatId) {
        blocked.add(chatId);
    }

    /** getChatMember answers "administrator" for this user in this chat ("member" for everyone else). */
    public synchronized void admin(long chatId, long userId) {
        admins.add(chatId + ":" + userId);
    }

    // ---- what the test checks ------------------------------------------------------------------------------------

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Successful sendMessage and editMessageText calls to one chat, in order. */
    public synchronized List<Call> messagesTo(long chatId) {
        return calls.stream().filter(c -> c.status() == 200 && c.chatId() == chatId
                && (c.method().equals("sendMessage") || c.method().equals("editMessageText"))).toList();
    }

    public String tokenSeen() {
        return tokenSeen;
    }

    // ---- the server ----------------------------------------------------------------------------------------------

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/file/bot" + TOKEN + "/")) {
                byte[] bytes = files.get(path.substring(path.lastIndexOf('/') + 1));
                respond(ex, bytes == null ? 404 : 200, bytes == null ? new byte[0] : bytes);
                return;
            }
            if (!path.startsWith("/bot" + TOKEN + "/")) {
                respond(ex, 404, error(404, "Not Found"));
                return;
            }
            tokenSeen = TOKEN;
            String method = canonical(path.substring(path.lastIndexOf('/') + 1));
            byte[] body = ex.getRequestBody().readAllBytes();
            JsonNode params = body.length == 0 ? json.createObjectNode() : json.readTree(body);
            answer(ex, method, params);
        }
    }

    /** Bot API method names are case-insensitive; the client sends some in lower case. */
    private static String canonical(String method) {
        for (String known : List.of("getUpdates", "sendMessage", "editMessageText", "sendChatAction",
                "answerCallbackQuery", "setMyCommands", "getFile", "getMe", "deleteWebhook", "getChatMember")) {
            if (known.equalsIgnoreCase(method)) {
                return known;
            }
        }
        return method;
    }

    private void answer(HttpExchange ex, String method, JsonNode params) throws IOException {
        int[] failure = takeFailure(method, params);
        if (failure != null && failure[0] == DROP) {
            record(method, params, DROP);
            ex.getResponseHeaders().set("Content-Length", "100");
            ex.sendResponseHeaders(200, 100);
            return;
        }
        if (failure != null) {
            record(method, params, failure[0]);
            respond(ex, failure[0], failure[0] == 429 ? tooMany(failure[1])
                    : error(failure[0], "Forbidden: bot was blocked by the user"));
            return;
        }
        String refusal = refusal(method, params);
        if (refusal != null) {
            record(method, params, 400);
            respond(ex, 400, error(400, "Bad Request: " + refusal));
            return;
        }
        JsonNode result = method.equals("getUpdates")
                ? updates.poll(params.path("offset").asLong(0), params.path("timeout").asLong(0))
                : result(method, params);
        if (!method.equals("getUpdates") || result.size() > 0) {
            record(method, params, 200);
        }
        ObjectNode ok = json.createObjectNode();
        ok.put("ok", true);
        ok.set("result", result);
        respond(ex, 200, json.writeValueAsBytes(ok));
    }

    /** What Telegram would refuse in a message: bad HTML, empty or too long text. */
    private static String refusal(String method, JsonNode params) {
        if (!method.equals("sendMessage") && !method.equals("editMessageText")) {
            return null;
        }
        String text = params.path("text").asText("");
        if (text.isBlank()) {
            return "message text is empty";
        }
        if ("HTML".equalsIgnoreCase(params.path("parse_mode").asText())) {
            var error = TelegramHtml.error(text);
            if (error.isPresent()) {
                return error.get();
            }
            return TelegramHtml.visibleLength(text) > 4096 ? "message is too long" : null;
        }
        return text.length() > 4096 ? "message is too long" : null;
    }

    private synchronized int[] takeFailure(String method, JsonNode params) {
        if (blocked.contains(params.path("chat_id").asLong(Long.MIN_VALUE))) {
            return new int[] {403, 0};
        }
        Deque<int[]> queue = failures.get(method);
        return queue == null ? null : queue.poll();
    }

    private synchronized void record(String method, JsonNode params, int status) {
        calls.add(new Call(method, params, status, System.nanoTime()));
    }

    private JsonNode result(String method, JsonNode params) {
        return switch (method) {
            case "getMe" -> me();
            case "sendMessage" -> sent(params, nextMessageId.getAndIncrement());
            case "editMessageText" -> sent(params, params.path("message_id").asInt());
            case "getFile" -> file(params.path("file_id").asText());
            case "getChatMember" -> member(params.path("chat_id").asLong(), params.path("user_id").asLong());
            default -> json.getNodeFactory().booleanNode(true);
        };
    }

    private synchronized JsonNode member(long chatId, long userId) {
        ObjectNode m = json.createObjectNode();
        m.put("status", admins.contains(chatId + ":" + userId) ? "administrator" : "member");
        m.set("user", user(userId, "en"));
        if (admins.contains(chatId + ":" + userId)) {
            m.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
                    .put("can_delete_messages", true).put("can_manage_video_chats", true)
                    .put("can_restrict_members", true).put("can_promote_members", false)
                    .put("can_change_info", true).put("can_invite_users", true);
        }
        return m;
    }

    private JsonNode me() {
        ObjectNode me = json.createObjectNode();
        me.put("id", BOT_ID);
        me.put("is_bot", true);
        me.put("first_name", "Mojaz");
        me.put("username", BOT_USERNAME);
        return me;
    }

    private JsonNode sent(JsonNode params, int messageId) {
        long chatId = params.path("chat_id").asLong();
        ObjectNode m = json.createObjectNode();
        m.put("message_id", messageId);
        m.put("date", System.currentTimeMillis() / 1000);
        m.set("chat", chat(chatId, chatId < 0 ? "supergroup" : "private"));
        m.put("text", params.path("text").asText());
        return m;
    }

    private JsonNode file(String fileId) {
        ObjectNode f = json.createObjectNode();
        f.put("file_id", fileId);
        f.put("file_unique_id", "u-" + fileId);
        byte[] bytes = files.get(fileId);
        f.put("file_size", bytes == null ? 0 : bytes.length);
        f.put("file_path", "documents/" + fileId);
        return f;
    }

    private byte[] tooMany(int retryAfter) throws IOException {
        ObjectNode e = (ObjectNode) json.readTree(error(429, "Too Many Requests: retry after " + retryAfter));
        e.putObject("parameters").put("retry_after", retryAfter);
        return json.writeValueAsBytes(e);
    }

    private byte[] error(int code, String description) throws IOException {
        ObjectNode e = json.createObjectNode();
        e.put("ok", false);
        e.put("error_code", code);
        e.put("description", description);
        return json.writeValueAsBytes(e);
    }

    private static void respond(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        updates.wakeAll();
        server.stop(0);
        executor.shutdownNow();
    }
}
