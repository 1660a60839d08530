package org.mojaz.summary;

/**
 * Scores sentences by directed centrality plus a position prior (after PacSum, Zheng and Lapata 2019). Edges keep
 * only the similarity above {@code min + threshold * (max - min)}; a sentence's centrality is the weight of its
 * edges to LATER sentences plus {@code backwardWeight} times its edges to earlier ones (news announces first and
 * elaborates later). The centrality, scaled to [0, 1], is mixed with the prior {@code 1 / (1 + i)^positionDecay}.
 */
public final class CentralityRanker {
    private final double threshold;
    private final double backwardWeight;
    private final double positionWeight;
    private final double positionDecay;

    public CentralityRanker(double threshold, double backwardWeight, double positionWeight, double positionDecay) {
        this.threshold = threshold;
        this.backwardWeight = backwardWeight;
        this.positionWeight = positionWeight;
        this.positionDecay = positionDecay;
    }

    /** One score per sentence of the graph, higher is more summary-worthy. */
    public double[] scores(SentenceGraph graph) {
        int n = graph.size();
        double[] centrality = centrality(graph);
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            double prior = 1.0 / Math.pow(1 + i, positionDecay);
            double content = graph.termCount(i) == 0 ? 0 : centrality[i];
            scores[i] = (1 - positionWeight) * content + positionWeight * prior;
        }
        return scores;
    }

    private double[] centrality(SentenceGraph graph) {
        int n = graph.size();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                min = Math.min(min, graph.similarity(i, j));
                max = Math.max(max, graph.similarity(i, j));
            }
        }
        double cut = n < 2 ? 0 : min + threshold * (max - min);
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double edge = graph.similarity(i, j) - cut;
                if (j != i && edge > 0) {
                    c[i] += j > i ? edge : backwardWeight * edge;
                }
            }
        }
        return scaled(c);
    }

    private static double[] scaled(double[] c) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double v : c) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double[] out = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = hi > lo ? (c[i] - lo) / (hi - lo) : 0;
        }
        return out;
    }
}
