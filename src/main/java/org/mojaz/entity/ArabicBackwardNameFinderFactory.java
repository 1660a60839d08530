package org.mojaz.entity;

import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The OpenNLP factory of the right-to-left Arabic name model: the sentence is decoded from its last token to its
 * first, so the previous tag is the tag of the following word; {@link ArabicFeatures} still describes each token
 * in the sentence's own order. Public with a no-argument constructor: OpenNLP instantiates it by reflection.
 */
public final class ArabicBackwardNameFinderFactory extends TokenNameFinderFactory {
    public ArabicBackwardNameFinderFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new ArabicFeatures(Gazetteer.shared(), ArabicNameModel.Reading.BACKWARD);
    }
}
