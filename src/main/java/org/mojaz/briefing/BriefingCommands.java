package org.mojaz.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.chat.CommandHandler;
import org.mojaz.chat.CommandInfo;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Html;
import org.mojaz.chat.Message;
import org.mojaz.chat.Problems;
import org.mojaz.chat.Reply;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.entity.EntityType;
import org.mojaz.ingest.FeedReader;
import org.mojaz.ingest.FetchException;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.EntityFollows;
import org.mojaz.store.Feeds;
import org.mojaz.store.Store;
import org.mojaz.store.Subscriptions;
import org.mojaz.store.Subscriptions.Subscription;
import org.mojaz.text.ArabicNormalizer;

/**
 * The briefing commands: /subscribe /unsubscribe /briefing /settings /follow /unfollow /feeds. Registered on the
 * {@link Conversation} by the application, so the chat package knows nothing of briefings. In groups only admins
 * may change the briefing or what it follows.
 */
public final class BriefingCommands {
    private static final Set<String> GROUPS = Set.of("group", "supergroup");
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?:[:.h](\\d{2}))?$");
    private static final Pattern URLISH = Pattern.compile("(?i)^(https?://.*|www\\..*|[\\w-]+(\\.[\\w-]+)+(/\\S*)?)$");
    private static final Duration FIRST_WINDOW = Duration.ofHours(24);

    /** Defaults and limits. */
    public record Options(LocalTime defaultTime, ZoneId defaultZone, int maxFeeds, int maxEntities,
                          boolean pollOnBriefing) {
    }

    private final Subscriptions subscriptions;
    private final Feeds feeds;
    private final EntityFollows follows;
    private final ChatSettings chats;
    private final Composer composer;
    private final FeedReader reader;
    private final FeedPoller poller;
    private final EntityExtractor extractor;
    private final AdminCheck admins;
    private final Clock clock;
    private final Options options;

    /** @param poller reads a newly followed feed at once, and every feed at /briefing with pollOnBriefing; or null */
    public BriefingCommands(Store store, Composer composer, FeedReader reader, FeedPoller poller,
                            EntityExtractor extractor, AdminCheck admins, Clock clock, Options options) {
        this.subscriptions = new Subscriptions(store);
        this.feeds = new Feeds(store);
        this.follows = new EntityFollows(store);
        this.chats = new ChatSettings(store);
        this.composer = composer;
        this.reader = reader;
        this.poller = poller;
        this.extractor = extractor;
        this.admins = admins;
        this.clock = clock;
        this.options = options;
    }

    public void register(Conversation c) {
        c.addCommand(new CommandInfo("subscribe", "Daily briefing: /subscribe 07:30 Casablanca",
                "موجز يومي: ‎/subscribe 07:30 الرباط"), guarded(this::subscribe));
        c.addCommand(new CommandInfo("unsubscribe", "Stop the daily briefing", "إيقاف الموجز اليومي"),
                guarded(this::unsubscribe));
        c.addCommand(new CommandInfo("briefing", "Your briefing now", "موجزك الآن"), this::briefingNow);
        c.addCommand(new CommandInfo("follow", "Follow a feed, a site or a name: /follow Algeria",
                "تابع مصدرًا أو موقعًا أو اسمًا: ‎/follow الجزائر"), guarded(this::follow));
        c.addCommand(new CommandInfo("unfollow", "Stop following a feed or a name", "إلغاء متابعة مصدر أو اسم"),
                guarded(this::unfollow));
        c.addCommand(new CommandInfo("feeds", "What your briefing follows", "ما يتابعه موجزك"), this::list);
        c.addCommand(new CommandInfo("settings", "All settings of this chat", "كل إعدادات هذه المحادثة"),
                this::settings);
    }

    private CommandHandler guarded(CommandHandler handler) {
        return (m, arg, ui) -> {
            if (GROUPS.contains(m.chatKind()) && !admins.isAdmin(m.chatId(), m.userId())) {
                return say(ui, "Only the group's admins can change its briefing.",
                        "يمكن لمشرفي المجموعة فقط تغيير موجزها.");
            }
            return handler.run(m, arg, ui);
        };
    }

    // ---- subscriptions ----------------------------------------------------------------------------------------

    List<Reply> subscribe(Message m, String arg, String ui) {
        LocalTime time = options.defaultTime();
        List<String> rest = new ArrayList<>();
        for (String word : arg.split("\\s+")) {
            Matcher t = TIME.matcher(asciiDigits(word));
            if (!word.isEmpty() && t.matches() && rest.isEmpty()) {
                int h = Integer.parseInt(t.group(1));
                int min = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
                if (h > 23 || min > 59) {
                    return say(ui, "Give the time as HH:MM, for example /subscribe 07:30.",
                            "اكتب الوقت بصيغة HH:MM، مثل ‎/subscribe 07:30.");
                }
                time = LocalTime.of(h, min);
            } else if (!word.isEmpty()) {
                rest.add(word);
            }
        }
        ZoneId zone = subscriptions.of(m.chatId()).map(Subscription::zone).orElse(options.defaultZone());
        if (!rest.isEmpty()) {
            String place = String.join(" ", rest);
            Optional<ZoneId> found = Places.zone(place);
            if (found.isEmpty()) {
                return say(ui, "I do not know the place “" + place + "”. Use a city (Rabat, الرياض, Paris) or a"
                        + " timezone such as Africa/Casablanca.", "لا أعرف المكان «" + place + "». اكتب مدينة (الرباط،"
                        + " الرياض، باريس) أو منطقة زمنية مثل Africa/Casablanca.");
            }
            zone = found.get();
        }
        subscriptions.subscribe(m.chatId(), time, zone);
        return say(ui, "Subscribed: your briefing comes every day at " + time + " (" + zone.getId() + ")."
                + " /briefing shows it now, /unsubscribe stops it.", "تم الاشتراك: يصلك موجزك كل يوم الساعة " + time
                + " (" + zone.getId() + "). اكتب ‎/briefing لعرضه الآن و‎/unsubscribe لإيقافه.");
    }

    List<Reply> unsubscribe(Message m, String arg, String ui) {
        return subscriptions.unsubscribe(m.chatId())
                ? say(ui, "Your daily briefing is stopped. /subscribe starts it again.",
                        "أُوقف موجزك اليومي. اكتب ‎/subscribe لاستئنافه.")
                : say(ui, "This chat has no daily briefing running.", "لا يوجد موجز يومي مفعّل في هذه المحادثة.");
    }

    List<Reply> briefingNow(Message m, String arg, String ui) {
        if (options.pollOnBriefing() && poller != null) {
            poller.pollAll();
        }
        ZoneId zone = subscriptions.of(m.chatId()).map(Subscription::zone).orElse(options.defaultZone());
        var since = subscriptions.lastSent(m.chatId()).orElse(clock.instant().minus(FIRST_WINDOW));
        return composer.compose(m.chatId(), zone, since).messages();
    }

    // ---- follows ----------------------------------------------------------------------------------------------

    List<Reply> follow(Message m, String arg, String ui) {
        if (arg.isBlank()) {
            return say(ui, "Follow a feed or site (/follow https://example.com/rss) or a name (/follow Algeria).",
                    "تابع مصدرًا أو موقعًا (‎/follow https://example.com/rss) أو اسمًا (‎/follow الجزائر).");
        }
        return URLISH.matcher(arg.strip()).matches() ? followFeed(m, arg.strip(), ui) : followName(m, arg, ui);
    }

    private List<Reply> followFeed(Message m, String url, String ui) {
        if (feeds.of(m.chatId()).size() >= options.maxFeeds()) {
            return say(ui, "This chat already follows " + options.maxFeeds() + " feeds; /unfollow one first.",
                    "تتابع هذه المحادثة " + options.maxFeeds() + " مصدرًا بالفعل؛ ألغِ متابعة أحدها أولًا.");
        }
        FeedReader.Feed feed;
        try {
            feed = reader.discover(url);
        } catch (FetchException e) {
            return List.of(Reply.of(Html.bold(Html.either(ui.equals("ar") ? "لم أستطع متابعة هذا المصدر."
                    : "I could not follow that feed.")) + "\n" + Problems.feedHtml(e, ui)));
        }
        long id = feeds.feed(feed.url(), feed.title());
        boolean added = feeds.follow(m.chatId(), id);
        if (poller != null) {
            poller.pollSoon(id);
        }
        String name = feed.title() != null ? feed.title() : feed.url();
        if (!added) {
            return say(ui, "This chat already follows “" + name + "”.", "تتابع هذه المحادثة «" + name + "» بالفعل.");
        }
        return say(ui, "Following “" + name + "” (" + feed.items().size() + " items now). Its new stories will be in"
                + " your briefing.", "تمت متابعة «" + name + "» (" + feed.items().size() + " عنصرًا الآن). ستظهر أخباره"
                + " الجديدة في موجزك.");
    }

    private List<Reply> followName(Message m, String arg, String ui) {
        if (follows.of(m.chatId()).size() >= options.maxEntities()) {
            return say(ui, "This chat already follows " + options.maxEntities() + " names; /unfollow one first.",
                    "تتابع هذه المحادثة " + options.maxEntities() + " اسمًا بالفعل؛ ألغِ متابعة أحدها أولًا.");
        }
        EntityFollows.Followed entity = entity(arg);
        boolean added = follows.follow(m.chatId(), entity);
        String both = names(entity);
        return added
                ? say(ui, "Following " + both + ": stories that mention it rank first in your briefing.",
                        "تمت متابعة " + both + ": الأخبار التي تذكره تتصدر موجزك.")
                : say(ui, "This chat already follows " + both + ".", "تتابع هذه المحادثة " + both + " بالفعل.");
    }

    /** The entity a typed name stands for, with both names when the dictionary knows it. */
    EntityFollows.Followed entity(String typed) {
        String text = typed.strip();
        Language language = Html.containsArabic(text) ? Language.ARABIC : Language.ENGLISH;
        for (Entity e : extractor.extract(text, language)) {
            if (e.type() != EntityType.NUMBER && e.type() != EntityType.DATE) {
                String key = e.nameEn() != null ? e.nameEn().toLowerCase(Locale.ROOT) : ArabicNormalizer.normalize(e.nameAr());
                return new EntityFollows.Followed(key, e.nameAr(), e.nameEn());
            }
        }
        return language == Language.ARABIC
                ? new EntityFollows.Followed(ArabicNormalizer.normalize(text), text, null)
                : new EntityFollows.Followed(text.toLowerCase(Locale.ROOT), null, text);
    }

    List<Reply> unfollow(Message m, String arg, String ui) {
        String target = arg.strip();
        if (target.isEmpty()) {
            return say(ui, "Say what to stop following: /unfollow 2 (its number in /feeds), a feed URL or a name.",
                    "حدّد ما تريد إلغاء متابعته: ‎/unfollow 2 (رقمه في ‎/feeds) أو رابط مصدر أو اسم.");
        }
        boolean done = feeds.unfollow(m.chatId(), target) || follows.unfollow(m.chatId(), entity(target).key());
        return done ? say(ui, "Done: no longer following " + target + ".", "تم: ألغيت متابعة " + target + ".")
                : say(ui, "This chat does not follow " + target + ". /feeds lists what it follows.",
                        "لا تتابع هذه المحادثة " + target + ". اكتب ‎/feeds لعرض ما تتابعه.");
    }

    List<Reply> list(Message m, String arg, String ui) {
        List<String> lines = follows(m.chatId(), ui);
        return List.of(Reply.of(String.join("\n", lines)));
    }

    private List<String> follows(long chatId, String ui) {
        List<String> lines = new ArrayList<>();
        List<Feeds.Feed> mine = feeds.of(chatId);
        lines.add(Html.bold(Html.either((ui.equals("ar") ? "المصادر" : "Feeds") + " (" + mine.size() + ")")));
        for (int i = 0; i < mine.size(); i++) {
            Feeds.Feed f = mine.get(i);
            String name = f.title() != null ? f.title() : f.url();
            lines.add((i + 1) + ". " + Html.either(name) + " — " + Html.escape(f.url())
                    + (f.lastError() == null ? "" : " ⚠ " + (ui.equals("ar")
                            ? Html.arabic("لم تنجح آخر قراءة له") : Html.either(f.lastError()))));
        }
        List<EntityFollows.Followed> names = follows.of(chatId);
        lines.add(Html.bold(Html.either((ui.equals("ar") ? "الأسماء" : "Names") + " (" + names.size() + ")")));
        for (EntityFollows.Followed f : names) {
            lines.add("• " + Html.either(names(f)));
        }
        return lines;
    }

    List<Reply> settings(Message m, String arg, String ui) {
        ChatSettings.Preferences p = chats.get(m.chatId());
        boolean ar = ui.equals("ar");
        List<String> lines = new ArrayList<>();
        lines.add(Html.bold(Html.either(ar ? "الإعدادات" : "Settings")));
        lines.add(Html.either((ar ? "الملخصات: " : "Summaries: ") + p.showLanguages() + " (/lang) · "
                + (ar ? "الطول: " : "length: ") + p.summaryLength() + " (/length) · "
                + (ar ? "الواجهة: " : "interface: ") + p.uiLanguage()));
        Optional<Subscription> s = subscriptions.of(m.chatId());
        String briefing;
        if (s.isEmpty()) {
            briefing = ar ? "الموجز اليومي: غير مفعّل (/subscribe)" : "Daily briefing: off (/subscribe)";
        } else if (!s.get().active()) {
            briefing = ar ? "الموجز اليومي: متوقف (/subscribe لاستئنافه)" : "Daily briefing: paused (/subscribe resumes it)";
        } else {
            briefing = (ar ? "الموجز اليومي: كل يوم الساعة " : "Daily briefing: every day at ") + s.get().localTime()
                    + " (" + s.get().zone().getId() + ")";
        }
        lines.add(Html.either(briefing));
        lines.addAll(follows(m.chatId(), ui));
        return List.of(Reply.of(String.join("\n", lines)));
    }

    private static String names(EntityFollows.Followed f) {
        if (f.nameEn() != null && f.nameAr() != null) {
            return f.nameEn() + " · " + f.nameAr();
        }
        return f.nameEn() != null ? f.nameEn() : f.nameAr();
    }

    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : c);
        }
        return out.toString();
    }

    private static List<Reply> say(String ui, String english, String arabic) {
        return List.of(Reply.of(Html.either(ui.equals("ar") ? arabic : english)));
    }
}
