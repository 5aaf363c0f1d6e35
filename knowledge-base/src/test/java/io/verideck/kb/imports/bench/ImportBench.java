package io.verideck.kb.imports.bench;

import io.verideck.kb.imports.Import;
import io.verideck.kb.imports.ImportResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times {@link Import#file} on the generated 10,000-note Anki text export and .apkg: a warm-up run,
 * then {@code runs} timed runs each, and prints the median (bench/import.sh runs it).
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        AnkiBenchData.main(new String[] {dir.toString(), "10000"});
        System.out.printf("machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        for (String name : List.of("anki-10000.txt", "anki-10000.apkg")) {
            Path f = dir.resolve(name);
            Import.file(f, null, null);
            List<Double> ms = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            int cards = 0;
            for (int i = 0; i < runs; i++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                ImportResult r = Import.file(f, null, null);
                ms.add((System.nanoTime() - t0) / 1e6);
                cpu.add((os.getProcessCpuTime() - c0) / 1e6);
                cards = r.cardCount();
            }
            Collections.sort(ms);
            Collections.sort(cpu);
            System.out.printf("%-16s %8d bytes %6d cards  wall median %6.0f ms (min %.0f, max %.0f)  process CPU median %6.0f ms"
                    + "  [%d runs after 1 warm-up; load average %.1f]%n", name, Files.size(f), cards, ms.get(ms.size() / 2), ms.get(0),
                    ms.get(ms.size() - 1), cpu.get(cpu.size() / 2), runs, os.getSystemLoadAverage());
        }
    }
}
