package org.mojaz.entity;

import java.util.ArrayList;
import java.util.List;

/** Arabic names: placeholder, filled in below. */
final class ArabicNameTagger {
    private final Gazetteer gazetteer;

    ArabicNameTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Span> tag(String[] tokens, NameMemory memory) {
        return new ArrayList<>();
    }
}
