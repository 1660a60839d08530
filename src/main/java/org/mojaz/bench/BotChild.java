package org.mojaz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code mojaz bot} in a child JVM on the same class path, for the soak: it can be killed with SIGKILL
 * ({@code kill -9}) and started again on the same SQLite file. Each run writes its output to {@code bot-N.log} and
 * its garbage collections to {@code gc-N.log} in the work folder; the peak heap is read from those GC logs (heap in
 * use just before each collection, the highest point between two collections).
 */
final class BotChild implements AutoCloseable {
    private static final Pattern GC = Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)");

    private final Path dir;
    private final String mainClass;
    private final String maxHeap;
    private final Map<String, String> settings;
    private Process process;
    private int runs;
    private int kills;

    /**
     * @param dir       work folder (logs)
     * @param mainClass the class whose {@code main} runs the command line {@code bot}
     * @param maxHeap  the child's {@code -Xmx}, e.g. {@code 512m}
     * @param settings {@code MOJAZ_*} variables (and the token) the bot runs with, on top of the inherited environment
     *                 less any {@code MOJAZ_*} of ours
     */
    BotChild(Path dir, String mainClass, String maxHeap, Map<String, String> settings) {
        this.dir = dir;
        this.mainClass = mainClass;
        this.maxHeap = maxHeap;
        this.settings = Map.copyOf(settings);
    }

    /** Starts the bot; a bench stopped with Ctrl+C takes it down too rather than leave it polling a closed server. */
    synchronized void start() throws IOException {
        if (runs == 0) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::destroy, "soak-bot-stop"));
        }
        runs++;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + maxHeap,
                "-Xlog:gc:file=" + dir.resolve("gc-" + runs + ".log"), "-cp", System.getProperty("java.class.path"),
                mainClass, "bot");
        pb.environment().keySet().removeIf(k -> k.startsWith("MOJAZ_") || k.equals("TELEGRAM_BOT_TOKEN"));
        pb.environment().putAll(settings);
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("bot-" + runs + ".log").toFile());
        process = pb.start();
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed or closed. */
    synchronized void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        kills++;
    }

    private synchronized void destroy() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    synchronized int kills() {
        return kills;
    }

    /** Starts after the first. */
    synchronized int restarts() {
        return Math.max(0, runs - 1);
    }

    /** The highest heap use any run reached, in bytes, from the GC logs; 0 when no collection ran. */
    long peakHeapBytes() {
        long peak = 0;
        for (int run = 1; run <= runs; run++) {
            Path log = dir.resolve("gc-" + run + ".log");
            if (!Files.exists(log)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    Matcher m = GC.matcher(line);
                    if (m.find()) {
                        peak = Math.max(peak, bytes(Long.parseLong(m.group(1)), m.group(2)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return peak;
    }

    private static long bytes(long value, String unit) {
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }

    /** The last lines of the current run's output, for a report when the bot would not start. */
    List<String> tail(int lines) throws IOException {
        List<String> all = new ArrayList<>(Files.readAllLines(dir.resolve("bot-" + runs + ".log"),
                StandardCharsets.UTF_8));
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }

    /** Stops the bot as systemd would (SIGTERM, shutdown hooks run); SIGKILL if it has not ended in 10 s. */
    @Override
    public synchronized void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
