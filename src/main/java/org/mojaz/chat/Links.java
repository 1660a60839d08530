package org.mojaz.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the links in a message, in order, without duplicates or trailing punctuation. */
final class Links {
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'«»]+");
    private static final String TRAILING = ".,;:!?)]}'\"،؛؟…";

    private Links() {
    }

    static List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String link = m.group();
            while (!link.isEmpty() && TRAILING.indexOf(link.charAt(link.length() - 1)) >= 0) {
                link = link.substring(0, link.length() - 1);
            }
            if (link.length() > "www.".length()) {
                found.add(link);
            }
        }
        return new ArrayList<>(found);
    }
}
