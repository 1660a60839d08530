package org.mojaz.entity;

import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The OpenNLP factory of our Arabic name model: it builds {@link ArabicFeatures}. The model file names this class,
 * so OpenNLP instantiates it by reflection when the model is loaded (hence public, with a no-argument constructor).
 */
public final class ArabicNameFinderFactory extends TokenNameFinderFactory {
    public ArabicNameFinderFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new ArabicFeatures(Gazetteer.shared());
    }
}
