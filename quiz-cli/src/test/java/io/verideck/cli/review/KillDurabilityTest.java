package io.verideck.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.progress.ProgressStore;
import io.verideck.progress.ReviewEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child JVM running a scripted plain review with SIGKILL at random moments, many times
 * over the same database, and checks that every grade the child acknowledged on stdout is in the
 * log, that the states agree with the log and that {@code PRAGMA integrity_check} passes.
 * Set {@code -Dverideck.killSeed=N} to replay a run; the seed is printed.
 */
class KillDurabilityTest {
    private static final Pattern ACK = Pattern.compile("^ok #(\\d+) (\\S+) ");

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedGradeSurvivesKill9() throws Exception {
        long seed = Long.getLong("verideck.killSeed", System.nanoTime());
        System.out.println("KillDurabilityTest seed " + seed + " (replay with -Dverideck.killSeed=" + seed + ")");
        Random rnd = new Random(seed);
        Path db = dir.resolve("progress.db");
        Map<Long, String> acked = new HashMap<>();
        int rounds = Integer.getInteger("verideck.killRounds", 12);
        for (int round = 0; round < rounds; round++) {
            acked.putAll(runAndKill(db, rnd, "seed " + seed + " round " + round));
        }
        try (ProgressStore s = ProgressStore.open(db)) {
            assertEquals("ok", s.integrityCheck(), "seed " + seed);
            Map<Long, String> logged = new HashMap<>();
            for (ReviewEntry e : s.fullLog()) logged.put(e.id(), e.cardId());
            for (var a : acked.entrySet()) {
                assertEquals(a.getValue(), logged.get(a.getKey()), "acknowledged grade #" + a.getKey() + " lost; seed " + seed);
            }
            var states = s.states();
            s.rebuildStates();
            assertEquals(s.states(), states, "card states disagree with the log; seed " + seed);
            assertTrue(acked.size() >= rounds, "too few grades acknowledged to prove anything: " + acked.size());
            System.out.println("KillDurabilityTest: " + rounds + " kills, " + acked.size() + " acknowledged grades, "
                    + s.logSize() + " log rows");
        }
    }

    private Map<Long, String> runAndKill(Path db, Random rnd, String label) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", cp, ScriptedReview.class.getName(), db.toString())
                .redirectError(dir.resolve("child-stderr.txt").toFile()).start();
        List<String> lastLines = new ArrayList<>();
        Map<Long, String> acks = new HashMap<>();
        CountDownLatch firstAck = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (lastLines) {
                        lastLines.add(line);
                        if (lastLines.size() > 5) lastLines.remove(0);
                    }
                    Matcher m = ACK.matcher(line);
                    if (m.find()) {
                        synchronized (acks) {
                            acks.put(Long.parseLong(m.group(1)), m.group(2));
                        }
                        firstAck.countDown();
                    }
                }
                firstAck.countDown(); // the child ended: do not wait for an acknowledgement that cannot come
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        reader.start();
        long feedSeed = rnd.nextLong();
        Thread writer = new Thread(() -> {
            Random g = new Random(feedSeed);
            try (OutputStream o = p.getOutputStream()) {
                while (true) {
                    o.write(("\n" + (1 + g.nextInt(4)) + "\n").getBytes(StandardCharsets.UTF_8));
                    o.flush();
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        writer.setDaemon(true);
        writer.start();
        firstAck.await(60, TimeUnit.SECONDS);
        if (acks.isEmpty()) {
            p.destroyForcibly();
            throw new AssertionError("the child acknowledged no grade (" + label + "); last output " + lastLines
                    + "; stderr " + Files.readString(dir.resolve("child-stderr.txt")));
        }
        Thread.sleep(rnd.nextInt(400));
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        synchronized (acks) {
            return new HashMap<>(acks);
        }
    }
}
