import io.verideck.progress.ProgressStore;
import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.FsrsParameters;
import io.verideck.schedule.Rating;
import io.verideck.schedule.Scheduler;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/**
 * Time to commit one grade (ProgressStore.grade: read state, FSRS step, append log row, store state,
 * commit; WAL mode, synchronous=FULL unless -Dverideck.synchronous=NORMAL) on a copy of the benchmark database.
 * Usage: java -cp CLASSPATH bench/GradeCommitBench.java DB [N] [SEED]
 */
public class GradeCommitBench {
    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        System.out.println("seed " + seed);
        Random rnd = new Random(seed);
        Scheduler sch = new Scheduler(FsrsParameters.defaults());
        long[] ns = new long[n];
        try (ProgressStore s = ProgressStore.open(db)) {
            for (int i = -200; i < n; i++) { // the first 200 warm the JIT and the page cache
                String id = "bench-" + rnd.nextInt(10000);
                Rating g = Rating.of(1 + rnd.nextInt(4));
                Instant now = Instant.now();
                long t0 = System.nanoTime();
                s.grade(id, now, g.value(), 3000, ReviewEntry.REVIEW, b -> sch.review(b, g, now, new Random(seed + 7)));
                long t = System.nanoTime() - t0;
                if (i >= 0) ns[i] = t;
            }
            System.out.println("integrity_check: " + s.integrityCheck());
        }
        Arrays.sort(ns);
        System.out.printf("grades %d  median %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n", n, ns[n / 2] / 1e6,
                ns[(int) (n * 0.90)] / 1e6, ns[(int) (n * 0.99)] / 1e6, ns[n - 1] / 1e6);
    }
}
