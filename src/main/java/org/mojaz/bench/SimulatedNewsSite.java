package org.mojaz.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local news site for {@code mojaz bench bot}: every path {@code /N} is a distinct article page built from our
 * own bundled sample texts (odd N Arabic, even N English), so each link is fetched, extracted and summarized anew.
 */
final class SimulatedNewsSite implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final String[] samples = {read("sample-en.txt"), read("sample-ar.txt")};
    private final Faults faults = new Faults("slow", "huge", "closed");

    SimulatedNewsSite() {
        server = LoopbackServer.start(this::handle, executor);
    }

    String url(long n) {
        return LoopbackServer.baseUrl(server) + "/" + n;
    }

    /**
     * From now on a share {@code rate} of pages each is slow (3 s before the first byte), huge (about 400 KB of
     * article text), or cut: the connection is closed before any answer.
     */
    void injectFaults(double rate) {
        faults.rate(rate);
    }

    Faults faults() {
        return faults;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        long n = path.matches("/\\d+") ? Long.parseLong(path.substring(1)) : 0;
        String fault = faults.draw();
        if ("closed".equals(fault)) {
            exchange.close();
            return;
        }
        if ("slow".equals(fault)) {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        byte[] body = ("huge".equals(fault) ? hugePage(n) : page(n)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String page(long n) {
        boolean arabic = n % 2 == 1;
        String[] paragraphs = samples[arabic ? 1 : 0].split("\n\\s*\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(arabic ? "ar\" dir=\"rtl" : "en")
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(paragraphs[0])).append(" (")
                .append(n).append(")</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>")
                .append("<article><h1>").append(escape(paragraphs[0])).append("</h1>");
        for (int i = 1; i < paragraphs.length; i++) {
            html.append("<p>").append(escape(paragraphs[i].strip())).append("</p>");
        }
        html.append("<p>Edition ").append(n).append(".</p></article><footer>© Bench News</footer></body></html>");
        return html.toString();
    }

    /** The same article with its body repeated to about 400 KB, in paragraphs as a long report has them. */
    private String hugePage(long n) {
        String page = page(n);
        int start = page.indexOf("<p>");
        int end = page.indexOf("</article>");
        String body = page.substring(start, end);
        StringBuilder html = new StringBuilder(page.substring(0, start));
        while (html.length() < 400_000) {
            html.append(body);
        }
        return html.append(page.substring(end)).toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String read(String name) {
        try (InputStream in = SimulatedNewsSite.class.getResourceAsStream("/org/mojaz/eval/" + name)) {
            if (in == null) {
                throw new IllegalStateException("bench sample " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
