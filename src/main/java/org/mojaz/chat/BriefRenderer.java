package org.mojaz.chat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;
import org.mojaz.core.Article;
import org.mojaz.summary.Brief;
import org.mojaz.summary.Digest;

/**
 * Writes a brief as Telegram HTML: title, source and date; the Arabic block right to left; the English block;
 * entities grouped by type with both names; the engine and any notice. Every article-derived string is escaped.
 */
final class BriefRenderer {
    private static final int ENTITIES_PER_TYPE_SHORT = 3;
    /** Follows a name spelt letter by letter in the other script, in every view: the reader must not take it as usual. */
    static final String TRANSLITERATED = "(transliterated)";

    private BriefRenderer() {
    }

    static String render(Article article, String source, String date, Digest digest, BriefView view, String ui) {
        List<String> blocks = new ArrayList<>();
        blocks.add(header(article, source, date));
        if (view.mode() == 'e') {
            blocks.add(entities(digest.entities(), Integer.MAX_VALUE, ui));
        } else {
            boolean more = view.mode() == 'm';
            if (view.showsArabic()) {
                blocks.add(brief(digest.arabic(), more, Say.ARABIC.in("ar"), true));
            }
            if (view.showsEnglish()) {
                blocks.add(brief(digest.english(), more, Say.ENGLISH.in("en"), false));
            }
            if (!digest.entities().isEmpty()) {
                blocks.add(entities(digest.entities(), ENTITIES_PER_TYPE_SHORT, ui));
            }
        }
        blocks.add(footer(digest, ui));
        return String.join("\n\n", blocks);
    }

    static List<List<Button>> buttons(BriefView view) {
        Button more = view.mode() == 'm'
                ? new Button("Less / أقل", view.with('s').data())
                : new Button("More / المزيد", view.with('m').data());
        Button entities = view.mode() == 'e'
                ? new Button("Brief / الموجز", view.with('s').data())
                : new Button("Entities / الكيانات", view.with('e').data());
        Button languages = new Button("عربي / English", view.nextLanguages().data());
        return List.of(List.of(more, entities, languages));
    }

    private static String header(Article article, String source, String date) {
        StringBuilder out = new StringBuilder();
        if (!article.title().isBlank()) {
            out.append(Html.bold(Html.either(article.title()))).append('\n');
        }
        String site = article.siteName() != null ? article.siteName() : source;
        out.append(Html.either(site));
        if (date != null && !date.isBlank()) {
            out.append(" · ").append(Html.escape(date));
        }
        return out.toString();
    }

    private static String brief(Brief brief, boolean more, String label, boolean arabic) {
        StringBuilder out = new StringBuilder(Html.bold(arabic ? Html.arabic(label) : Html.escape(label)));
        if (!brief.available()) {
            return out.append('\n').append(Html.italic(para(brief.summary(), arabic))).toString();
        }
        if (more && !brief.keyPoints().isEmpty()) {
            for (String point : brief.keyPoints()) {
                out.append('\n').append(arabic ? Html.RLM + "• " : "• ").append(para(point, arabic));
            }
            return out.toString();
        }
        return out.append('\n').append(para(brief.summary(), arabic)).toString();
    }

    private static String para(String text, boolean arabic) {
        return arabic ? Html.arabic(text) : Html.english(text);
    }

    private static String entities(List<Entity> entities, int perType, String ui) {
        if (entities.isEmpty()) {
            return Html.italic(Html.escape(Say.NO_ENTITIES.in(ui)));
        }
        Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
        for (Entity e : entities) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        }
        StringBuilder out = new StringBuilder(Html.bold(Html.escape("Entities / الكيانات")));
        for (Map.Entry<EntityType, List<Entity>> group : byType.entrySet()) {
            List<String> names = group.getValue().stream().limit(perType).map(e -> name(e, perType > 3)).toList();
            out.append('\n').append(Html.escape(typeLabel(group.getKey()))).append(": ")
                    .append(String.join("، ", names));
        }
        return out.toString();
    }

    private static String name(Entity e, boolean detailed) {
        String en = e.nameEn();
        String ar = e.nameAr();
        String shown;
        if (en != null && ar != null && !en.equals(ar)) {
            shown = Html.english(en) + " / " + Html.RLI + Html.escape(ar) + Html.PDI;
        } else {
            shown = Html.either(en != null ? en : ar);
        }
        if (e.transliterated()) {
            shown += " " + Html.escape(TRANSLITERATED);
        }
        if (detailed && e.value() != null) {
            shown += " (" + Html.escape(e.value()) + ")";
        }
        if (detailed && e.mentions() > 1) {
            shown += " ×" + e.mentions();
        }
        return shown;
    }

    private static String typeLabel(EntityType type) {
        return switch (type) {
            case PERSON -> "People / أشخاص";
            case ORGANIZATION -> "Organisations / منظمات";
            case PLACE -> "Places / أماكن";
            case EVENT -> "Events / أحداث";
            case DATE -> "Dates / تواريخ";
            case NUMBER -> "Figures / أرقام";
        };
    }

    private static String footer(Digest digest, String ui) {
        String line = Say.ENGINE.in(ui) + ": " + digest.engine();
        if (digest.notice() != null && !digest.notice().isBlank()) {
            line += " — " + digest.notice();
        }
        return Html.italic(Html.either(line));
    }
}
