package org.mojaz.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.mojaz.chat.Attachment;
import org.mojaz.chat.Button;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Html;
import org.mojaz.chat.Message;
import org.mojaz.chat.Outgoing;
import org.mojaz.chat.Reply;
import org.mojaz.ingest.FetchException;
import org.mojaz.ingest.Ingestor;

/**
 * A read-eval-print loop over the {@link Conversation}: one local chat, replies as plain text. Buttons are shown
 * numbered and pressed by typing {@code !1}, {@code !2} ...; {@code :file PATH} sends a document; {@code :quit} ends.
 * It is also the terminal's {@link Outgoing} port: an unprompted message (a briefing) is printed as it comes.
 */
public final class ConsoleChat implements Outgoing {
    private static final long USER_ID = 0;
    private static final int MARK_LIMIT = 1 << 20;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mojaz-console-placeholder");
        t.setDaemon(true);
        return t;
    });

    private final Conversation conversation;
    private final BufferedReader in;
    private final PrintWriter out;
    private final String userLanguage;
    private final Duration placeholderAfter;
    private final AtomicInteger sent = new AtomicInteger();
    private List<Button> lastButtons = List.of();

    /** With the "⏳ reading…" line printed at once before every brief. */
    public ConsoleChat(Conversation conversation, BufferedReader in, PrintWriter out, String userLanguage) {
        this(conversation, in, out, userLanguage, Duration.ZERO);
    }

    /**
     * @param placeholderAfter the "⏳ reading…" line is printed only when a brief takes longer than this (as the bot
     *                         does with {@code telegram.placeholder-after}); zero prints it at once
     */
    public ConsoleChat(Conversation conversation, BufferedReader in, PrintWriter out, String userLanguage,
                       Duration placeholderAfter) {
        this.conversation = conversation;
        this.in = in;
        this.out = out;
        this.userLanguage = userLanguage;
        this.placeholderAfter = placeholderAfter;
    }

    /** Prints a message the user did not ask for just now; the terminal has one chat, every other is unreachable. */
    @Override
    public int send(long chatId, Reply reply) {
        if (chatId != Conversation.CONSOLE_CHAT_ID) {
            throw new ChatUnreachableException(chatId);
        }
        synchronized (out) {
            out.println();
            out.println(TerminalText.clean(reply.plainText()));
            out.flush();
        }
        return sent.incrementAndGet();
    }

    /** A terminal cannot change what it printed: the new text is printed, marked as replacing message N. */
    @Override
    public void edit(long chatId, int messageId, Reply reply) {
        if (chatId != Conversation.CONSOLE_CHAT_ID) {
            throw new ChatUnreachableException(chatId);
        }
        synchronized (out) {
            out.println("(" + messageId + ", updated)");
            out.println(TerminalText.clean(reply.plainText()));
            out.flush();
        }
    }

    /** Runs until end of input or {@code :quit}. */
    public void run() throws IOException {
        out.println(arabic() ? "موجز — أرسل رابطًا أو الصق مقالًا، :file PATH، /help، :quit"
                : "Mojaz — send a link, paste an article, :file PATH, /help, :quit");
        prompt();
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.equals(":quit") || trimmed.equals(":q")) {
                break;
            }
            if (!trimmed.isEmpty()) {
                try {
                    show(respond(trimmed));
                } catch (RuntimeException e) {
                    String kind = e.getClass().getSimpleName();
                    out.println(arabic() ? "حدث خطأ: " + kind + ". حاول مرة أخرى." : "Something went wrong: " + kind + ". Try again.");
                }
            }
            prompt();
        }
        out.flush();
    }

    /** Handles one line of input (reading more lines when it starts a pasted text) and returns the replies. */
    List<Reply> respond(String line) throws IOException {
        if (line.startsWith("!") && line.length() > 1 && Character.isDigit(line.charAt(1))) {
            return press(Integer.parseInt(line.substring(1).strip()));
        }
        if (line.startsWith(":file ")) {
            return file(Path.of(line.substring(":file ".length()).strip()));
        }
        Message m = new Message(Conversation.CONSOLE_CHAT_ID, USER_ID, "console", userLanguage, pasted(line), false,
                null, null);
        return handle(m);
    }

    private List<Reply> handle(Message m) {
        Optional<Reply> placeholder = conversation.placeholder(m);
        if (placeholder.isEmpty()) {
            return conversation.handle(m);
        }
        AtomicBoolean answered = new AtomicBoolean();
        Runnable show = () -> {
            synchronized (out) {
                if (!answered.get()) {
                    out.println(TerminalText.clean(placeholder.get().plainText()));
                    out.flush();
                }
            }
        };
        if (placeholderAfter.isZero()) {
            show.run();
            return conversation.handle(m);
        }
        ScheduledFuture<?> timer = TIMER.schedule(show, placeholderAfter.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return conversation.handle(m);
        } finally {
            synchronized (out) {
                answered.set(true);
            }
            timer.cancel(false);
        }
    }

    private List<Reply> press(int number) {
        if (number < 1 || number > lastButtons.size()) {
            return List.of(Reply.of(arabic() ? "لا زر بالرقم " + number + "." : "No button " + number + "."));
        }
        return conversation.press(Conversation.CONSOLE_CHAT_ID, USER_ID, lastButtons.get(number - 1).data());
    }

    private List<Reply> file(Path path) throws IOException {
        try {
            Ingestor.requireRegularFile(path);
        } catch (FetchException e) {
            return List.of(Reply.of(Html.escape(arabic() ? arabicFileProblem(path) : e.getMessage())));
        }
        long size = Files.size(path);
        Attachment a = new Attachment(path.getFileName().toString(), null, size, max -> readFile(path, max));
        return handle(new Message(Conversation.CONSOLE_CHAT_ID, USER_ID, "console", userLanguage, "", false, null, a));
    }

    /** Why {@code :file} cannot read this path, for an Arabic interface (the English words are the Ingestor's). */
    private static String arabicFileProblem(Path path) {
        String shown = "«" + path + "»";
        if (Files.isDirectory(path)) {
            return shown + " مجلد وليس ملفًا. أعطني مسار ملف HTML أو نص أو PDF واحد.";
        }
        return Files.exists(path) ? shown + " ليس ملفًا عاديًا (قناة أو جهاز ربما)، فلا أقرؤه."
                : "لا يوجد ملف في " + shown + ".";
    }

    /** Whether the chat's interface language is Arabic: the terminal's own lines follow it, as the replies do. */
    private boolean arabic() {
        return "ar".equals(conversation.interfaceLanguage(Conversation.CONSOLE_CHAT_ID, "console", userLanguage));
    }

    private static byte[] readFile(Path path, long max) {
        try (var stream = Files.newInputStream(path)) {
            return stream.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new org.mojaz.ingest.FetchException(org.mojaz.ingest.FetchException.Reason.REFUSED,
                    "Cannot read the file.", e);
        }
    }

    /**
     * A line that does not look like a command or a link may start a paste: the lines pasted with it are already
     * waiting, so take them all, blank lines included, up to a line starting with {@code :}, {@code !} or {@code /}.
     */
    private String pasted(String first) throws IOException {
        if (first.startsWith("/") || first.toLowerCase(Locale.ROOT).matches("(https?://|www\\.)\\S+")) {
            return first;
        }
        StringBuilder text = new StringBuilder(first);
        while (in.ready()) {
            in.mark(MARK_LIMIT);
            String line = in.readLine();
            if (line == null) {
                break;
            }
            if (line.startsWith(":") || line.startsWith("!") || line.startsWith("/")) {
                in.reset();
                break;
            }
            text.append('\n').append(line);
        }
        return text.toString().strip();
    }

    private void show(List<Reply> replies) {
        List<Button> buttons = new ArrayList<>();
        for (Reply r : replies) {
            out.println(TerminalText.clean(r.plainText()));
            for (List<Button> row : r.buttons()) {
                buttons.addAll(row);
            }
        }
        if (!buttons.isEmpty()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < buttons.size(); i++) {
                line.append("[!").append(i + 1).append(" ").append(buttons.get(i).label()).append("]  ");
            }
            out.println(TerminalText.clean(line.toString().strip()));
            lastButtons = buttons;
        }
        out.println();
    }

    private void prompt() {
        out.print("> ");
        out.flush();
    }

    static PrintWriter stdout() {
        return new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }
}
