package org.mojaz.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mojaz.store.Store;

/**
 * One first start in its own JVM, for the concurrent-start test: says it is ready (a file), waits for the go file,
 * then opens the store (running the migrations), writes one row and exits 0; any failure prints it and exits 1.
 * Arguments: database file, folder for the ready and go files, this process's number.
 */
public final class StoreOpenProcess {
    private StoreOpenProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path signals = Path.of(args[1]);
        long chatId = Long.parseLong(args[2]);
        Files.createFile(signals.resolve("ready-" + chatId));
        while (!Files.exists(signals.resolve("go"))) {
            Thread.sleep(5);
        }
        try (Store store = Store.open(db)) {
            store.ensureChat(chatId, "private");
            System.out.println("opened " + chatId);
            System.exit(0);
        } catch (RuntimeException e) {
            System.out.println("failed " + chatId + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
