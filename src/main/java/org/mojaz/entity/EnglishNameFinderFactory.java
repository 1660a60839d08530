package org.mojaz.entity;

import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The OpenNLP factory of our English name model: it builds {@link EnglishFeatures}. The model file names this class,
 * so OpenNLP instantiates it by reflection when the model is loaded (hence public, with a no-argument constructor).
 */
public final class EnglishNameFinderFactory extends TokenNameFinderFactory {
    public EnglishNameFinderFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new EnglishFeatures(Gazetteer.shared(), EnglishNames.rules());
    }
}
