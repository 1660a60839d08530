package org.mojaz.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Faults a simulated server injects: each kind with the same chance per request, counted as they happen. */
final class Faults {
    private final String[] kinds;
    private final Map<String, AtomicInteger> counts = new LinkedHashMap<>();
    private volatile double rate;

    Faults(String... kinds) {
        this.kinds = kinds;
        for (String k : kinds) {
            counts.put(k, new AtomicInteger());
        }
    }

    void rate(double perKind) {
        this.rate = perKind;
    }

    /** The fault this request gets, or null for none. */
    String draw() {
        double r = ThreadLocalRandom.current().nextDouble();
        int i = (int) (r / Math.max(rate, 1e-12));
        if (rate <= 0 || i >= kinds.length) {
            return null;
        }
        counts.get(kinds[i]).incrementAndGet();
        return kinds[i];
    }

    int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Override
    public String toString() {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().get())
                .collect(Collectors.joining(", "));
    }
}
