package io.verideck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verideck search} (and the other quick commands) must start without loading ND4J or JavaCPP,
 * although they sit on the launcher's class path: a child JVM logs every class it loads.
 */
class StartupClassLoadTest {
    @Test
    void searchLoadsNoNumericClasses(@TempDir Path tmp) throws IOException, InterruptedException {
        String cp = System.getProperty("java.class.path");
        boolean nd4jOnPath = cp.contains("nd4j");
        Path log = tmp.resolve("classes.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", cp, "io.verideck.cli.Main", "search", "backpropagation", "--limit", "1"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile());
        pb.environment().put("VERIDECK_CACHE", tmp.resolve("cache").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "search finished");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("out.txt")));
        List<String> loaded = Files.readAllLines(log);
        assertTrue(loaded.stream().anyMatch(l -> l.contains("io.verideck.kb.index.CardIndex")), "the log records our classes");
        List<String> numeric = loaded.stream().filter(l -> l.contains("org.nd4j") || l.contains("org.bytedeco")).toList();
        assertEquals(List.of(), numeric);
        System.out.println("startup class-load check: " + loaded.size() + " classes loaded; ND4J on the class path: " + nd4jOnPath);
    }
}
