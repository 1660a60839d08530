package org.mojaz.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.mojaz.core.Article;

/** Runs one task repeatedly for a while on one or more threads and reports rate, latency and peak heap. */
final class BenchRun {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Articles per wall-clock second over all threads, median and 99th percentile wall-clock ms per article, mean
     * CPU ms per article (what one dedicated core would need, immune to other processes on a shared machine),
     * peak heap in MB.
     */
    record Result(double perSecond, double p50Millis, double p99Millis, double cpuMillis, double peakHeapMb) {
    }

    private BenchRun() {
    }

    static void warmUp(Article article, Consumer<Article> task, double seconds) {
        timedLoop(article, task, seconds);
    }

    static Result measure(Article article, Consumer<Article> task, int threads, double seconds) {
        System.gc();
        resetPeaks();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> futures = new ArrayList<>();
            long[] cpu = new long[threads];
            for (int t = 0; t < threads; t++) {
                int slot = t;
                futures.add(pool.submit(() -> {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long[] times = timedLoop(article, task, seconds);
                    cpu[slot] = THREADS.getCurrentThreadCpuTime() - c0;
                    return times;
                }));
            }
            List<long[]> parts = new ArrayList<>();
            for (Future<long[]> f : futures) {
                parts.add(f.get());
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] all = SummarizeBenchCommand.sorted(parts);
            double cpuMillis = Arrays.stream(cpu).sum() / 1e6 / all.length;
            return new Result(all.length / elapsed, SummarizeBenchCommand.percentile(all, 0.50),
                    SummarizeBenchCommand.percentile(all, 0.99), cpuMillis, peakHeapBytes() / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bench task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] timedLoop(Article article, Consumer<Article> task, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long[] times = new long[1024];
        int n = 0;
        while (System.nanoTime() < end || n < 20) {
            long t0 = System.nanoTime();
            task.accept(article);
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(times, n);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the true peak). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
