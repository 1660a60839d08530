package org.mojaz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.testing.Await;
import org.mojaz.testing.StoreOpenProcess;

/** Many processes started at once on a database that does not exist yet all open it: the migration runs once. */
class ConcurrentFirstStartTest {
    private static final int PROCESSES = 10;

    @TempDir
    Path dir;

    @Test
    void shouldLetTenProcessesOpenOneFreshDatabaseAtOnce() throws Exception {
        // given
        Path db = dir.resolve("data").resolve("fresh.db");
        Path signals = Files.createDirectory(dir.resolve("signals"));
        List<Process> processes = new ArrayList<>();
        for (int i = 1; i <= PROCESSES; i++) {
            processes.add(start(db, signals, i));
        }
        Await.until("every process ready", Duration.ofSeconds(180), () -> readyCount(signals) == PROCESSES);

        // when
        Files.createFile(signals.resolve("go"));
        List<String> outputs = new ArrayList<>();
        List<Integer> exits = new ArrayList<>();
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("process finished").isTrue();
            exits.add(p.exitValue());
            outputs.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        }

        // then
        assertThat(outputs).allSatisfy(o -> assertThat(o).startsWith("opened"));
        assertThat(exits).containsOnly(0);
        try (Store store = Store.open(db)) {
            assertThat(store.queryOne("SELECT COUNT(*) FROM chats", rs -> rs.getInt(1))).contains(PROCESSES);
            assertThat(store.queryOne("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1",
                    rs -> rs.getInt(1)).orElseThrow()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void shouldLetEightThreadsOpenOneFreshDatabaseAtOnce() throws Exception {
        // given
        Path db = dir.resolve("threads.db");
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> opened = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            long chatId = i;
            opened.add(pool.submit(() -> {
                go.await();
                try (Store store = Store.open(db)) {
                    store.ensureChat(chatId, "private");
                    return 1;
                }
            }));
        }

        // when
        go.countDown();
        int ok = 0;
        for (java.util.concurrent.Future<Integer> f : opened) {
            ok += f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // then
        assertThat(ok).isEqualTo(8);
        try (Store store = Store.open(db)) {
            assertThat(store.queryOne("SELECT COUNT(*) FROM chats", rs -> rs.getInt(1))).contains(8);
        }
    }

    private static long readyCount(Path signals) {
        try (var files = Files.list(signals)) {
            return files.filter(f -> f.getFileName().toString().startsWith("ready-")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static Process start(Path db, Path signals, int n) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), StoreOpenProcess.class.getName(), db.toString(),
                signals.toString(), Integer.toString(n)).redirectErrorStream(true).start();
    }
}
