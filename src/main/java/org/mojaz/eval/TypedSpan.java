package org.mojaz.eval;

/** A typed token span {@code [start, end)} in one sentence, for scoring (types PER, ORG, LOC, MISC). */
record TypedSpan(int start, int end, String type) {
}
