package org.mojaz.console;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;
import org.mojaz.summary.Brief;
import org.mojaz.summary.Digest;

/** Renders a Digest as plain text for a terminal, cleaned of control characters ({@link TerminalText}). */
public final class DigestText {
    private static final Map<EntityType, String> HEADINGS = Map.of(
            EntityType.PERSON, "People / أشخاص",
            EntityType.ORGANIZATION, "Organisations / منظمات", // the same label as chat.BriefRenderer
            EntityType.PLACE, "Places / أماكن",
            EntityType.EVENT, "Events / أحداث",
            EntityType.DATE, "Dates / تواريخ",
            EntityType.NUMBER, "Figures / أرقام");

    private DigestText() {
    }

    public static String render(Digest digest, boolean more) {
        StringBuilder out = new StringBuilder();
        brief(out, "العربية", digest.arabic(), more);
        brief(out, "English", digest.english(), more);
        entities(out, digest.entities());
        out.append("Engine: ").append(digest.engine());
        if (digest.notice() != null) {
            out.append(" (").append(digest.notice()).append(')');
        }
        out.append('\n');
        return TerminalText.clean(out.toString());
    }

    private static void brief(StringBuilder out, String heading, Brief brief, boolean more) {
        out.append("── ").append(heading).append(" ──\n").append(brief.summary()).append("\n");
        if (more && brief.available() && !brief.keyPoints().isEmpty()) {
            for (String p : brief.keyPoints()) {
                out.append(" • ").append(p).append('\n');
            }
        }
        out.append('\n');
    }

    private static void entities(StringBuilder out, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
        for (Entity e : entities) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        }
        out.append("── Entities / الكيانات ──\n");
        for (Map.Entry<EntityType, List<Entity>> group : byType.entrySet()) {
            out.append(HEADINGS.get(group.getKey())).append(":\n");
            for (Entity e : group.getValue()) {
                out.append("  - ").append(names(e));
                if (e.value() != null) {
                    out.append(" [").append(e.value()).append(']');
                }
                if (e.mentions() > 1) {
                    out.append(" ×").append(e.mentions());
                }
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private static String names(Entity e) {
        String mark = e.transliterated() ? " (transliterated)" : "";
        if (e.nameAr() != null && e.nameEn() != null && !e.nameAr().equals(e.nameEn())) {
            return e.nameAr() + " / " + e.nameEn() + mark;
        }
        return (e.nameAr() != null ? e.nameAr() : e.nameEn()) + mark;
    }
}
