package org.mojaz.briefing;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mojaz.chat.Html;
import org.mojaz.chat.Reply;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.EntityFollows;
import org.mojaz.store.Feeds;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;
import org.mojaz.summary.Brief;
import org.mojaz.summary.Digest;
import org.mojaz.summary.Summarizer;
import org.mojaz.text.ArabicNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one chat's briefing: the articles it sent since its last briefing and the new items of the feeds it
 * follows, near-duplicates merged into one story with all its sources, ranked by the entities the chat follows,
 * the number of sources and recency; the top N as short briefs in the chat's languages, with links, under a header
 * with the date as the chat's region writes it. Digests come from the summarizer once per article (kept here in a
 * bounded memo, and in the digest cache for model engines), so a feed item costs the same for 1 or 10,000 chats.
 */
public final class Composer {
    private static final Logger LOG = LoggerFactory.getLogger(Composer.class);
    private static final int MESSAGE_BUDGET = 3800;
    private static final int SUMMARY_CHARS = 320;
    private static final int CANDIDATES = 150;
    private static final int MEMO_SIZE = 4000;

    private final Store store;
    private final Feeds feeds;
    private final EntityFollows follows;
    private final ChatSettings chats;
    private final Summarizer summarizer;
    private final StoryGrouper grouper;
    private final Clock clock;
    private final int topN;
    private volatile Overview overview;
    /** Rendered story blocks: chats that follow the same feeds get the same blocks, escaped and laid out once. */
    private final Map<String, String> rendered = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > MEMO_SIZE;
                }
            });
    /** ICU date formats are costly to build: one per locale and zone, cloned for each use (they are not thread-safe). */
    private static final Map<String, DateFormat> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Story.Report> memo = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Story.Report> eldest) {
                    return size() > MEMO_SIZE;
                }
            });

    public Composer(Store store, Summarizer summarizer, Clock clock, int topN) {
        this(store, summarizer, new StoryGrouper(), clock, topN);
    }

    Composer(Store store, Summarizer summarizer, StoryGrouper grouper, Clock clock, int topN) {
        this.store = store;
        this.feeds = new Feeds(store);
        this.follows = new EntityFollows(store);
        this.chats = new ChatSettings(store);
        this.summarizer = summarizer;
        this.grouper = grouper;
        this.clock = clock;
        this.topN = topN;
    }

    /** Adds the model's two-line overview (from {@code prompts/briefing.txt}) above the stories. */
    public Composer withOverview(org.mojaz.llm.LlmChat chat, org.mojaz.llm.PromptTemplates prompts,
                                 org.mojaz.llm.DailyBudget budget, org.mojaz.store.LlmCallLog calls) {
        this.overview = new Overview(chat, prompts, budget, calls);
        return this;
    }

    /** The chat's briefing of everything new since {@code since}, dated in {@code zone}. */
    public Briefing compose(long chatId, ZoneId zone, Instant since) {
        ChatSettings.Preferences prefs = chats.get(chatId);
        String ui = prefs.uiLanguage();
        List<Story> stories = stories(chatId, since);
        String header = Html.bold(Html.either(today(ui, zone)));
        if (stories.isEmpty()) {
            return new Briefing(List.of(Reply.of(header + "\n" + Html.either(nothingNew(ui)))), 0);
        }
        Overview o = overview;
        if (o != null) {
            Optional<Overview.Lines> lines = o.of(stories);
            if (lines.isPresent()) {
                StringBuilder h = new StringBuilder(header);
                if (!"en".equals(prefs.showLanguages())) {
                    h.append('\n').append(Html.italic(Html.arabic(lines.get().arabic())));
                }
                if (!"ar".equals(prefs.showLanguages())) {
                    h.append('\n').append(Html.italic(Html.english(lines.get().english())));
                }
                header = h.toString();
            }
        }
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Story story = stories.get(i);
            String key = (i + 1) + "|" + prefs.showLanguages() + "|" + ui + "|"
                    + story.reports().stream().map(r -> r.articleId() + ":" + r.digest().engine()).toList() + "|"
                    + story.sources();
            int n = i + 1;
            blocks.add(rendered.computeIfAbsent(key, k -> render(n, story, prefs.showLanguages(), ui)));
        }
        return new Briefing(pack(header, blocks), stories.size());
    }

    /** The top stories, best first. */
    List<Story> stories(long chatId, Instant since) {
        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        for (StoredArticle a : store.articlesSince(chatId, since, CANDIDATES)) {
            String link = a.source().startsWith("http") ? a.source() : null;
            add(candidates, a.id(), a.article(), new Story.Source(sourceName(a.article(), link, null), link),
                    a.addedAt());
        }
        for (Feeds.FeedArticle f : feeds.itemsFor(chatId, since, CANDIDATES)) {
            add(candidates, f.articleId(), f.article(),
                    new Story.Source(sourceName(f.article(), f.link(), f.feedTitle()), f.link()), f.seenAt());
        }
        List<Candidate> list = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            report(c.articleId, c.article).ifPresent(r -> list.add(c.withReport(r)));
        }
        List<EntityFollows.Followed> followed = follows.of(chatId);
        List<Story> stories = new ArrayList<>();
        for (List<Integer> group : grouper.group(list.stream().map(c -> c.report.features()).toList())) {
            stories.add(story(group.stream().map(list::get).toList(), followed));
        }
        Instant now = clock.instant();
        stories.sort(Comparator.comparingDouble((Story s) -> s.score(now)).reversed()
                .thenComparing(Story::newest, Comparator.reverseOrder()));
        return stories.subList(0, Math.min(topN, stories.size()));
    }

    private static final class Candidate {
        final long articleId;
        final Article article;
        final List<Story.Source> sources = new ArrayList<>();
        Instant arrived;
        Story.Report report;

        Candidate(long articleId, Article article, Instant arrived) {
            this.articleId = articleId;
            this.article = article;
            this.arrived = arrived;
        }

        Candidate withReport(Story.Report r) {
            this.report = r;
            return this;
        }
    }

    private static void add(Map<Long, Candidate> candidates, long id, Article article, Story.Source source,
                            Instant arrived) {
        Candidate c = candidates.computeIfAbsent(id, k -> new Candidate(id, article, arrived));
        if (c.sources.stream().noneMatch(s -> sameSource(s, source))) {
            c.sources.add(source);
        }
        if (arrived.isAfter(c.arrived)) {
            c.arrived = arrived;
        }
    }

    private static boolean sameSource(Story.Source a, Story.Source b) {
        return a.link() != null ? a.link().equals(b.link()) : b.link() == null && a.name().equals(b.name());
    }

    /** The digest and features of an article, computed once per content hash. */
    Optional<Story.Report> report(long articleId, Article article) {
        Story.Report known = memo.get(article.contentHash());
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Digest digest = summarizer.summarize(article);
            StoryGrouper.Features f = grouper.features(article.language(), article.title(), article.text(),
                    digest.entities());
            Story.Report r = new Story.Report(articleId, article, digest, f);
            memo.put(article.contentHash(), r);
            return Optional.of(r);
        } catch (RuntimeException e) {
            LOG.warn("article {}: no digest for the briefing ({})", articleId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Story story(List<Candidate> members, List<EntityFollows.Followed> followed) {
        List<Story.Report> reports = new ArrayList<>();
        List<Story.Source> sources = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        for (Candidate c : members) {
            reports.add(c.report);
            for (Story.Source s : c.sources) {
                if (sources.stream().noneMatch(x -> sameSource(x, s))) {
                    sources.add(s);
                }
            }
            newest = c.arrived.isAfter(newest) ? c.arrived : newest;
        }
        int hits = 0;
        for (EntityFollows.Followed f : followed) {
            if (reports.stream().anyMatch(r -> mentions(r.digest(), f))) {
                hits++;
            }
        }
        return new Story(reports, sources, newest, hits);
    }

    /** Whether the digest names the followed entity, in either language. */
    static boolean mentions(Digest digest, EntityFollows.Followed f) {
        for (Entity e : digest.entities()) {
            if (e.type() == EntityType.NUMBER || e.type() == EntityType.DATE) {
                continue;
            }
            if (e.nameEn() != null && f.nameEn() != null && e.nameEn().equalsIgnoreCase(f.nameEn())) {
                return true;
            }
            if (e.nameAr() != null && f.nameAr() != null
                    && ArabicNormalizer.normalize(e.nameAr()).equals(ArabicNormalizer.normalize(f.nameAr()))) {
                return true;
            }
        }
        return false;
    }

    // ---- rendering --------------------------------------------------------------------------------------------

    private String render(int n, Story story, String languages, String ui) {
        Story.Report lead = pick(story.reports(), "ar".equals(ui) ? Language.ARABIC : Language.ENGLISH)
                .orElse(story.reports().get(0));
        StringBuilder out = new StringBuilder();
        String title = lead.article().title().isBlank() ? firstWords(lead.article().text()) : lead.article().title();
        out.append(Html.bold(n + ". " + Html.either(title)));
        if (!"en".equals(languages)) {
            brief(story, Language.ARABIC, lead).ifPresent(b -> out.append('\n').append(Html.arabic(b)));
        }
        if (!"ar".equals(languages)) {
            brief(story, Language.ENGLISH, lead).ifPresent(b -> out.append('\n').append(Html.english(b)));
        }
        List<String> links = new ArrayList<>();
        for (Story.Source s : story.sources()) {
            String name = Html.either(s.name());
            boolean web = s.link() != null && s.link().matches("(?i)^https?://\\S+$");
            links.add(web ? "<a href=\"" + Html.escape(s.link()) + "\">" + name + "</a>" : name);
        }
        out.append("\n🔗 ").append(String.join(" · ", links));
        return out.toString();
    }

    /** The brief in one language: from a report written in it when there is one, else the lead's. */
    private static Optional<String> brief(Story story, Language language, Story.Report lead) {
        Story.Report from = pick(story.reports(), language).orElse(lead);
        Brief b = language == Language.ARABIC ? from.digest().arabic() : from.digest().english();
        if (b == null || !b.available() || b.summary().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(shorten(b.summary().strip()));
    }

    private static Optional<Story.Report> pick(List<Story.Report> reports, Language language) {
        return reports.stream().filter(r -> r.article().language() == language).findFirst();
    }

    private static List<Reply> pack(String header, List<String> blocks) {
        List<Reply> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(header);
        for (String block : blocks) {
            if (current.length() + block.length() + 2 > MESSAGE_BUDGET && current.length() > 0) {
                out.add(Reply.of(current.toString()));
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : "\n\n").append(block);
        }
        out.add(Reply.of(current.toString()));
        return out;
    }

    /** "Your briefing · Tuesday, December 1, 2026" or "موجز اليوم · الثلاثاء، 1 جانفي 2026" (month names by region). */
    static String header(String ui, ZoneId zone, Instant when) {
        ULocale locale = "ar".equals(ui)
                ? Places.arabRegion(zone).map(r -> new ULocale("ar_" + r)).orElse(new ULocale("ar"))
                : ULocale.ENGLISH;
        DateFormat format = (DateFormat) FORMATS.computeIfAbsent(locale + "|" + zone.getId(), k -> {
            DateFormat f = DateFormat.getDateInstance(DateFormat.FULL, locale);
            f.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone(zone.getId()));
            return f;
        }).clone();
        String date = format.format(Date.from(when));
        return ("ar".equals(ui) ? "موجز اليوم · " : "Your briefing · ") + date;
    }

    private String today(String ui, ZoneId zone) {
        return header(ui, zone, clock.instant());
    }

    private static String nothingNew(String ui) {
        return "ar".equals(ui)
                ? "لا جديد منذ موجزك الأخير: أرسل لي روابط أو تابع مصدرًا بالأمر /follow."
                : "Nothing new since your last briefing: send me links or /follow a feed.";
    }

    private static String sourceName(Article a, String link, String feedTitle) {
        if (a.siteName() != null && !a.siteName().isBlank()) {
            return a.siteName();
        }
        if (link != null) {
            try {
                String host = URI.create(link).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException ignored) {
                // fall through to the feed title
            }
        }
        return feedTitle != null ? feedTitle : "✎";
    }

    private static String shorten(String s) {
        if (s.length() <= SUMMARY_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', SUMMARY_CHARS);
        return s.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS) + "…";
    }

    private static String firstWords(String text) {
        return shorten(text.length() > 80 ? text.substring(0, 80) : text);
    }
}
