package org.mojaz.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.ingest.Ingestor;
import org.mojaz.qa.QaOptions;
import org.mojaz.qa.QuestionAnswerer;
import org.mojaz.qa.QuestionAnswering;
import org.mojaz.store.PassageIndex;
import org.mojaz.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz bench qa}: fills a fresh store with generated Arabic and English articles spread over many chats
 * (through the real save path, which indexes their passages), then times retrieval for questions drawn from each
 * chat's own articles. Prints the indexing rate, p50/p99 retrieval latency and the store's size on disk.
 */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Indexing rate, retrieval latency and store size of question answering at scale.")
public final class QaBenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "100000", description = "Articles to store (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--chats", defaultValue = "1000", description = "Chats they are spread over (default ${DEFAULT-VALUE}).")
    int chats;

    @Option(names = "--questions", defaultValue = "2000", description = "Questions timed (default ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--dir", description = "Folder for the store (default: a temporary folder, deleted after).")
    Path dir;

    @Option(names = "--seed", defaultValue = "10", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--reuse", description = "Time retrieval only, on the store an earlier run left in --dir (same"
            + " --articles, --chats and --seed): the articles are made again but not stored.")
    boolean reuse;

    @Override
    public Integer call() throws IOException {
        boolean temporary = dir == null;
        if (reuse && temporary) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--reuse needs --dir");
        }
        Path folder = temporary ? Files.createTempDirectory("mojaz-bench-qa") : Files.createDirectories(dir);
        Path file = folder.resolve("bench-qa.db");
        Random random = new Random(seed);
        NewsGenerator news = new NewsGenerator(random);
        Clock clock = Clock.systemUTC();
        try (Store store = Store.open(file, clock)) {
            EntityExtractor entities = new EntityExtractor();
            QuestionAnswerer qa = QuestionAnswering.build(new QaOptions(Duration.ofDays(30), 0, 0.55), store, entities,
                    Optional.empty(), clock);
            System.out.printf(Locale.ROOT, "%s %,d generated articles (half Arabic, half English) in %,d chats%n",
                    reuse ? "making again (not storing)" : "storing", articles, chats);
            long start = System.nanoTime();
            List<List<Article>> byChat = new ArrayList<>();
            for (int c = 0; c < chats; c++) {
                byChat.add(new ArrayList<>());
            }
            for (int i = 0; i < articles; i++) {
                Article a = news.article(i);
                int chat = i % chats;
                if (!reuse) {
                    store.saveArticle(chat + 1, a);
                }
                if (byChat.get(chat).size() < 20) {
                    byChat.get(chat).add(a);
                }
                if ((i + 1) % 10_000 == 0 && !reuse) {
                    double s = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "  %,d articles, %.0f s, %.0f articles/s%n", i + 1, s, (i + 1) / s);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int passages = new PassageIndex(store).countPassages();
            if (reuse) {
                System.out.printf(Locale.ROOT, "reusing the store: %,d passages%n", passages);
            } else {
                System.out.printf(Locale.ROOT, "indexing: %,d articles, %,d passages in %.1f s = %.0f articles/s"
                        + " (%.0f passages/s), save path with passage cutting, one thread%n", articles, passages,
                        seconds, articles / seconds, passages / seconds);
            }
            time(qa, news, byChat, random);
        } finally {
            long bytes = size(folder);
            System.out.printf(Locale.ROOT, "store on disk: %.1f MB (%s)%n", bytes / 1e6, file.getFileName());
            if (temporary) {
                deleteTree(folder);
            }
        }
        return 0;
    }

    private void time(QuestionAnswerer qa, NewsGenerator news, List<List<Article>> byChat, Random random) {
        int warm = Math.min(200, questions);
        for (int i = 0; i < warm; i++) {
            int chat = random.nextInt(chats);
            qa.retrieve(chat + 1, news.question(byChat.get(chat), random), null);
        }
        long[] nanos = new long[questions];
        long[] cpu = new long[questions];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int found = 0;
        for (int i = 0; i < questions; i++) {
            int chat = random.nextInt(chats);
            String q = news.question(byChat.get(chat), random);
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            int hits = qa.retrieve(chat + 1, q, null).evidence().size();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
            found += hits > 0 ? 1 : 0;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "retrieval (question read + FTS5 + BM25 over the chat's articles + re-ranking),"
                + " %,d questions, %d%% found passages:%n", questions, 100 * found / questions);
        System.out.printf(Locale.ROOT, "  wall clock: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                nanos[questions / 2] / 1e6, nanos[(int) (questions * 0.99)] / 1e6, nanos[questions - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  thread CPU: p50 %.2f ms, p99 %.2f ms, max %.2f ms (what one free core needs;"
                + " the honest figure when other processes share the machine)%n", cpu[questions / 2] / 1e6,
                cpu[(int) (questions * 0.99)] / 1e6, cpu[questions - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  load average during the run: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static long size(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Plausible news articles and questions from our own sentence patterns, places, people and numbers. */
    static final class NewsGenerator {
        private static final String[] AR_PLACES = {"الجزائر", "تونس", "المغرب", "مصر", "الأردن", "ليبيا", "لبنان",
            "العراق", "الرباط", "وهران", "صفاقس", "الإسكندرية", "عمان", "بنغازي", "بيروت", "البصرة", "فاس", "قسنطينة"};
        private static final String[] AR_TOPICS = {"محطة تحلية", "خط سكة حديدية", "ميناء تجاري", "مصنع إسمنت",
            "مستشفى جامعي", "سد مائي", "مطار دولي", "حقل غاز", "محطة طاقة شمسية", "طريق سريع", "مشروع سكني",
            "معرض للكتاب", "مهرجان سينمائي", "مناورات عسكرية", "انتخابات بلدية", "موسم حصاد القمح"};
        private static final String[] AR_PEOPLE = {"كمال بن عيسى", "سعاد الإدريسي", "عادل منصور", "منير الحمامي",
            "رائد الخصاونة", "فرج بوخطوة", "خالد العتيبي", "عمر عيتاني", "ليلى فاروق", "سمير حجاج"};
        private static final String[] AR_UNITS = {"مليون دولار", "مليار درهم", "مليون دينار", "ألف طن", "كيلومترا",
            "في المئة", "ميغاواط", "ألف زائر", "مليون متر مكعب"};
        private static final String[] AR_MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
        private static final String[] AR_SENTENCES = {
            "أعلنت السلطات في %P عن إطلاق %T بكلفة %N %U.",
            "وقال %H إن الأشغال ستنتهي في %M %Y.",
            "ويهدف المشروع إلى توفير %N فرصة عمل في %P.",
            "وتبلغ الطاقة الإجمالية للمشروع %N %U بحسب بيان رسمي.",
            "وأوضح %H أن التمويل يأتي من بنوك محلية ودولية.",
            "ومن المنتظر أن يزور الوزير %P يوم %D %M لتفقد سير الأشغال.",
            "وسجلت المنطقة نموا بنسبة %N في المئة خلال العام الماضي.",
            "وانتقد نواب في البرلمان تأخر %T في %P.",
            "وتشارك في المشروع شركات من %P و%Q.",
            "ويعد %T الأكبر من نوعه في %P منذ عام %Y."};
        private static final String[] EN_PLACES = {"Algeria", "Tunisia", "Morocco", "Egypt", "Jordan", "Libya",
            "Lebanon", "Iraq", "Rabat", "Oran", "Sfax", "Alexandria", "Amman", "Benghazi", "Beirut", "Basra", "Fez"};
        private static final String[] EN_TOPICS = {"desalination plant", "railway line", "container port",
            "cement factory", "teaching hospital", "dam", "international airport", "gas field", "solar power plant",
            "motorway", "housing project", "book fair", "film festival", "military exercise", "municipal election",
            "wheat harvest"};
        private static final String[] EN_PEOPLE = {"Rachid Alaoui", "Samir Hadjadj", "Layla Farouk", "Hala Zawati",
            "Abbas al-Jubouri", "Habib Trabelsi", "Nadia Benali", "Karim Mansour", "Youssef Haddad", "Salma Idrissi"};
        private static final String[] EN_UNITS = {"million dollars", "billion dirhams", "million dinars",
            "thousand tonnes", "kilometres", "percent", "megawatts", "thousand visitors", "million cubic metres"};
        private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
        private static final String[] EN_SENTENCES = {
            "Authorities in %P announced a new %T costing %N %U.",
            "%H said the works would be finished in %M %Y.",
            "The project is expected to create %N jobs in %P.",
            "Total capacity will reach %N %U, according to an official statement.",
            "%H said the financing comes from local and foreign banks.",
            "The minister is due to visit %P on %D %M to inspect the works.",
            "The region recorded growth of %N percent last year.",
            "Members of parliament criticised delays to the %T in %P.",
            "Companies from %P and %Q are taking part in the project.",
            "The %T is the largest of its kind in %P since %Y."};

        private final Random random;

        NewsGenerator(Random random) {
            this.random = random;
        }

        Article article(int n) {
            boolean arabic = n % 2 == 0;
            String[] sentences = arabic ? AR_SENTENCES : EN_SENTENCES;
            String topic = pick(arabic ? AR_TOPICS : EN_TOPICS);
            String place = pick(arabic ? AR_PLACES : EN_PLACES);
            List<String> paragraphs = new ArrayList<>();
            int count = 6 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                paragraphs.add(fill(sentences[random.nextInt(sentences.length)], arabic, topic, place));
            }
            String title = arabic ? topic + " جديد في " + place + " رقم " + n : "New " + topic + " in " + place + " no. " + n;
            String text = String.join("\n\n", paragraphs);
            return new Article("https://bench.mojaz.test/" + n, null, title, null, null, null,
                    arabic ? Language.ARABIC : Language.ENGLISH, paragraphs, Ingestor.contentHash(title + "\n" + text),
                    Instant.now());
        }

        /** A question built from a sentence of one of the chat's articles: its topic words and a question word. */
        String question(List<Article> chatArticles, Random r) {
            Article a = chatArticles.get(r.nextInt(chatArticles.size()));
            String sentence = a.paragraphs().get(r.nextInt(a.paragraphs().size()));
            List<String> words = new ArrayList<>(Arrays.asList(sentence.replaceAll("[.,،]", "").split("\\s+")));
            java.util.Collections.shuffle(words, r);
            String some = String.join(" ", words.subList(0, Math.min(4, words.size())));
            return a.language() == Language.ARABIC
                    ? (r.nextBoolean() ? "متى " : "كم ") + some + "؟"
                    : (r.nextBoolean() ? "When " : "How many ") + some + "?";
        }

        private String fill(String pattern, boolean arabic, String topic, String place) {
            return pattern.replace("%T", topic).replace("%P", place)
                    .replace("%Q", pick(arabic ? AR_PLACES : EN_PLACES))
                    .replace("%H", pick(arabic ? AR_PEOPLE : EN_PEOPLE))
                    .replace("%U", pick(arabic ? AR_UNITS : EN_UNITS))
                    .replace("%M", pick(arabic ? AR_MONTHS : EN_MONTHS))
                    .replace("%N", Integer.toString(1 + random.nextInt(9_999)))
                    .replace("%D", Integer.toString(1 + random.nextInt(28)))
                    .replace("%Y", Integer.toString(2000 + random.nextInt(30)));
        }

        private String pick(String[] options) {
            return options[random.nextInt(options.length)];
        }
    }
}
