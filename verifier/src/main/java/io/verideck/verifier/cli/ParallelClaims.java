package io.verideck.verifier.cli;

import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.property.PropertyRunner;
import io.verideck.verifier.report.ClaimResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs claims on several threads and hands the results back in catalogue order, each as soon as it and
 * every claim before it are done. A claim's tries draw from its own seed (run seed, claim id, property,
 * try), so the results are the same whatever the number of threads. Claims tagged {@value #ALONE} read
 * ND4J's process-wide op profiler, which would also count the other threads' ops: they run after the
 * others, one at a time.
 */
final class ParallelClaims {
    /** Tag of claims that must run with no other claim running. */
    static final String ALONE = "op-count";

    private ParallelClaims() {
    }

    /**
     * @param runner the property runner
     * @param claims claims, catalogue order
     * @param threads threads to use (1: in the calling thread, one after another)
     * @return their results, catalogue order, lazily (iterating waits for each)
     */
    static Iterable<ClaimResult> run(PropertyRunner runner, List<Claim> claims, int threads) {
        if (threads <= 1 || claims.size() <= 1) {
            return () -> claims.stream().map(runner::run).iterator();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, claims.size()), r -> {
            Thread t = new Thread(r, "verify");
            t.setDaemon(true);
            return t;
        });
        List<CompletableFuture<ClaimResult>> futures = new ArrayList<>();
        for (Claim c : claims) {
            futures.add(c.tags().contains(ALONE) ? null : CompletableFuture.supplyAsync(() -> runner.run(c), pool));
        }
        CompletableFuture<Void> shared = CompletableFuture.allOf(futures.stream().filter(f -> f != null)
                .toArray(CompletableFuture[]::new));
        for (int i = 0; i < claims.size(); i++) {
            if (futures.get(i) == null) {
                Claim c = claims.get(i);
                // after every shared claim, and after the alone claims before it
                CompletableFuture<?> before = i == 0 ? shared : CompletableFuture.allOf(shared, previousAlone(futures, claims, i));
                futures.set(i, before.thenApplyAsync(x -> runner.run(c), pool));
            }
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).whenComplete((x, e) -> pool.shutdown());
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < futures.size();
            }

            @Override
            public ClaimResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    return futures.get(next++).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while checking claims", e);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error er) {
                        throw er;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        };
    }

    private static CompletableFuture<?> previousAlone(List<CompletableFuture<ClaimResult>> futures, List<Claim> claims, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (claims.get(j).tags().contains(ALONE)) {
                return futures.get(j);
            }
        }
        return CompletableFuture.completedFuture(null);
    }
}
