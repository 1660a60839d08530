package org.mojaz.chat;

import java.util.Locale;
import java.util.Optional;

/**
 * How one brief message is shown; carried in its buttons so a press can redraw the message.
 *
 * @param articleId the article
 * @param mode      {@code s} short summary, {@code m} key points ("more"), {@code e} all entities
 * @param languages {@code ar}, {@code en} or {@code both}
 */
public record BriefView(long articleId, char mode, String languages) {
    static final String PREFIX = "v:";

    public String data() {
        return PREFIX + articleId + ":" + mode + ":" + languages;
    }

    public BriefView with(char newMode) {
        return new BriefView(articleId, newMode, languages);
    }

    /** Arabic, then English, then both. */
    public BriefView nextLanguages() {
        String next = switch (languages) {
            case "ar" -> "en";
            case "en" -> "both";
            default -> "ar";
        };
        return new BriefView(articleId, mode, next);
    }

    public boolean showsArabic() {
        return !languages.equals("en");
    }

    public boolean showsEnglish() {
        return !languages.equals("ar");
    }

    /** Reads button data written by {@link #data()}. */
    public static Optional<BriefView> parse(String data) {
        if (data == null || !data.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = data.substring(PREFIX.length()).split(":");
        if (parts.length != 3 || parts[1].length() != 1 || !"sme".contains(parts[1])
                || !parts[2].matches("ar|en|both") || !parts[0].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new BriefView(Long.parseLong(parts[0]), parts[1].toLowerCase(Locale.ROOT).charAt(0),
                parts[2]));
    }
}
