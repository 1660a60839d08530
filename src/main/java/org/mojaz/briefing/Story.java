package org.mojaz.briefing;

import java.time.Instant;
import java.util.List;
import org.mojaz.core.Article;
import org.mojaz.summary.Digest;

/**
 * One story of a briefing: the reports that tell it (near-duplicates merged) and why it ranks where it does.
 *
 * @param reports  the articles, the one to show first at index 0
 * @param sources  where the reports come from, one per distinct link
 * @param newest   when the newest report arrived
 * @param followed how many of the chat's followed entities it mentions
 */
record Story(List<Report> reports, List<Source> sources, Instant newest, int followed) {

    /** One article with its digest. */
    record Report(long articleId, Article article, Digest digest, StoryGrouper.Features features) {
    }

    /** A place the story was seen: the outlet or feed name and the article's link (null for pasted text). */
    record Source(String name, String link) {
    }

    double score(Instant now) {
        double ageHours = Math.max(0, (now.toEpochMilli() - newest.toEpochMilli()) / 3_600_000.0);
        double recency = Math.max(0, 1 - ageHours / 48);
        return 3.0 * followed + 1.0 * (sources.size() - 1) + recency;
    }
}
