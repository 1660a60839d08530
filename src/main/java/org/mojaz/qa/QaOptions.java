package org.mojaz.qa;

import java.time.Duration;

/**
 * How questions are answered.
 *
 * @param window      how far back a question searches the chat's articles (the article replied to is always in)
 * @param memoryTurns earlier questions kept per chat for follow-ups (0 = none)
 * @param minCoverage share of the question a passage must cover to be given as an extractive answer
 */
public record QaOptions(Duration window, int memoryTurns, double minCoverage) {
}
