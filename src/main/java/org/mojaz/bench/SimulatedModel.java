package org.mojaz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local OpenAI-compatible model for {@code mojaz bench bot --soak} ({@code POST /v1/chat/completions} on
 * 127.0.0.1): it answers the summary JSON built from the article sent in the prompt (the summary in the article's own
 * language is its first sentences; the other language names one of its numbers), so the bot's answer check accepts
 * it. At the fault rate a request stalls (200 and headers, then a blank every 200 ms and never the answer) or gets a
 * 503. No real model is involved.
 */
final class SimulatedModel implements AutoCloseable {
    private static final Pattern ARTICLE = Pattern.compile("(?s)<article>\\s*(.*?)\\s*</article>");
    /** A number as the topic check reads one: digits with separators, separators left out. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final int SUMMARY_WORDS = 45;
    private static final int POINT_WORDS = 25;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "simulated-model");
        t.setDaemon(true);
        return t;
    });
    private final Faults faults = new Faults("stalled", "5xx");
    private final AtomicInteger calls = new AtomicInteger();

    SimulatedModel() {
        server = LoopbackServer.start(this::handle, executor);
    }

    /** The base URL to give as {@code llm.base-url}. */
    String baseUrl() {
        return LoopbackServer.baseUrl(server) + "/v1";
    }

    /** From now on a share {@code rate} of calls each stalls or gets a 503. */
    void injectFaults(double rate) {
        faults.rate(rate);
    }

    Faults faults() {
        return faults;
    }

    int calls() {
        return calls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
            calls.incrementAndGet();
            String fault = faults.draw();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if ("stalled".equals(fault)) {
                stall(exchange);
                return;
            }
            ObjectNode body = "5xx".equals(fault) ? error() : completion(answer(prompt(request)));
            byte[] bytes = json.writeValueAsBytes(body);
            exchange.sendResponseHeaders("5xx".equals(fault) ? 503 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientWentAway) {
            // the bot gave up on a stalled answer, or was killed: nothing to answer
        }
    }

    /** Headers at once, then a blank every 200 ms for up to ten minutes: the bot's whole-call timeout must end it. */
    private static void stall(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < 3_000; i++) {
            out.write(' ');
            out.flush();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The user message that carries the article (the first one; a repair request comes after it). */
    private static String prompt(JsonNode request) {
        for (JsonNode message : request.path("messages")) {
            String content = content(message.path("content"));
            if (message.path("role").asText().equals("user") && content.contains("<article>")) {
                return content;
            }
        }
        return "";
    }

    private static String content(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            text.append(part.path("text").asText());
        }
        return text.toString();
    }

    /** The summary JSON for the article in {@code prompt}, as a careful model would answer it. */
    String answer(String prompt) {
        Matcher m = ARTICLE.matcher(prompt);
        String article = m.find() ? m.group(1) : "";
        boolean arabic = prompt.contains("Language: Arabic");
        List<String> sentences = sentences(article);
        String number = number(article);
        String own = words(String.join(" ", sentences), SUMMARY_WORDS);
        List<String> ownPoints = new ArrayList<>();
        for (String s : sentences.subList(0, Math.min(3, sentences.size()))) {
            ownPoints.add(words(s, POINT_WORDS));
        }
        String otherAr = ("تقرير إخباري يذكر الرقم " + number + " ويعرض تفاصيل الخبر").replace("  ", " ");
        String otherEn = ("A news report that gives the figure " + number + " and the details of the story")
                .replace("  ", " ");
        List<String> otherPoints = arabic ? List.of("A news report.", "It gives the figure " + number + ".")
                : List.of("تقرير إخباري.", "يذكر الرقم " + number + ".");
        ObjectNode answer = json.createObjectNode()
                .put("summary_ar", arabic ? own : otherAr)
                .put("summary_en", arabic ? otherEn : own);
        strings(answer.putArray("key_points_ar"), arabic ? ownPoints : otherPoints);
        strings(answer.putArray("key_points_en"), arabic ? otherPoints : ownPoints);
        answer.putArray("entities");
        return answer.toString();
    }

    /** The first plain number of two digits or more ("300"), else the first one with its separators left out. */
    private static String number(String article) {
        String joined = "";
        Matcher m = NUMBER.matcher(article);
        while (m.find()) {
            String digits = m.group().replaceAll("[.,]", "");
            if (digits.length() >= 2 && digits.equals(m.group())) {
                return digits;
            }
            joined = joined.isEmpty() && digits.length() >= 2 ? digits : joined;
        }
        return joined;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?؟])\\s+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out.isEmpty() ? List.of(text) : out;
    }

    private static String words(String text, int max) {
        String[] w = text.strip().split("\\s+");
        return String.join(" ", Arrays.asList(w).subList(0, Math.min(max, w.length)));
    }

    private ObjectNode completion(String text) {
        ObjectNode body = json.createObjectNode().put("id", "chatcmpl-bench").put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000).put("model", "bench-model");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        body.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 300).put("total_tokens", 1300);
        return body;
    }

    private ObjectNode error() {
        ObjectNode body = json.createObjectNode();
        body.putObject("error").put("message", "The server is overloaded").put("type", "server_error");
        return body;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d calls", calls.get());
    }
}
