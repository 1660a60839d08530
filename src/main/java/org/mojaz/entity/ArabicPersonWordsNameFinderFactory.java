package org.mojaz.entity;

import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The OpenNLP factory of the Arabic name model that also knows which words are tokens of Wikidata person names
 * ({@link ArabicNameModel.Reading#PERSON_WORDS}). Public with a no-argument constructor: OpenNLP instantiates it by
 * reflection when the model is loaded.
 */
public final class ArabicPersonWordsNameFinderFactory extends TokenNameFinderFactory {
    public ArabicPersonWordsNameFinderFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new ArabicFeatures(Gazetteer.shared(), ArabicNameModel.Reading.PERSON_WORDS);
    }
}
