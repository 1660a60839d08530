package org.mojaz.entity;

import opennlp.tools.util.TrainingParameters;

/** What the Arabic and English name models share in training. */
final class NameFinderTraining {
    private NameFinderTraining() {
    }

    /**
     * OpenNLP training parameters: the algorithm (MAXENT, PERCEPTRON), its iterations, features seen fewer than
     * {@code cutoff} times dropped, one thread so that training is deterministic.
     */
    static TrainingParameters parameters(String algorithm, int iterations, int cutoff) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return params;
    }
}
