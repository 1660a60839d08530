package org.mojaz.ingest;

/** Why a page could not be read as an article; each carries the message the user sees. */
public enum ExtractionFailure {
    PAYWALL("This article is behind a paywall, so I could only see its teaser. Paste the article text and I will brief it."),
    COOKIE_WALL("The page only showed a cookie or consent wall. Paste the article text and I will brief it."),
    JAVASCRIPT_ONLY("The page needs JavaScript to show its text, which I do not run. Paste the article text and I will brief it."),
    LOGIN_REQUIRED("The page asks for a login before showing the article. Paste the article text and I will brief it."),
    TOO_SHORT("I found too little article text on that page to brief. Paste the article text and I will brief it."),
    NOT_AN_ARTICLE("That page does not look like an article (no main text found). Paste the article text and I will brief it."),
    TOO_COMPLEX("That page is nested too deeply or is too intricate for me to read in reasonable time. Paste the article text and I will brief it.");

    private final String message;

    ExtractionFailure(String message) {
        this.message = message;
    }

    public String userMessage() {
        return message;
    }
}
