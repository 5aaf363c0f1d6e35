package io.verideck.verifier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code verify} and {@code run} exit with {@link ExitCodes#NATIVES} and a one-line message (no stack
 * trace) when the ND4J natives cannot be loaded. A child JVM is told that it runs on another platform
 * ({@code org.bytedeco.javacpp.platform=linux-arm64}) with an empty JavaCPP cache and library path, so
 * JavaCPP finds no native library for it: a deterministic loader failure. A control child without
 * those settings loads the natives and exits 0, so the failure is due to them.
 */
class NativesFailureTest {
    @TempDir
    Path dir;

    /** Entry point of the child JVM: runs one command by class name and exits with its code. */
    public static final class Child {
        private Child() {
        }

        /**
         * @param args command class name, then its arguments
         * @throws Exception if the command cannot be instantiated
         */
        public static void main(String[] args) throws Exception {
            Callable<?> command = (Callable<?>) Class.forName(args[0]).getConstructor().newInstance();
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(new CommandLine(command).execute(rest));
        }
    }

    record Outcome(int code, String err) {
    }

    private Outcome child(boolean brokenNatives, String... args) throws IOException, InterruptedException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (brokenNatives) {
            cmd.add("-Dorg.bytedeco.javacpp.platform=linux-arm64");
            cmd.add("-Dorg.bytedeco.javacpp.cachedir=" + empty);
            cmd.add("-Djava.library.path=" + empty);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Child.class.getName());
        cmd.addAll(List.of(args));
        Path errFile = dir.resolve("err-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM timed out");
        return new Outcome(p.exitValue(), Files.readString(errFile, StandardCharsets.UTF_8));
    }

    @Test
    void verifyAndRunExitWithCodeFourWhenNativesFail() throws Exception {
        Path input = dir.resolve("in.json");
        Files.writeString(input, "{}");
        for (String[] args : new String[][] {
            {VerifyCommand.class.getName(), "--claim", "M15", "--tries", "1"},
            {RunCommand.class.getName(), "softmax", "--input", input.toString()}}) {
            Outcome o = child(true, args);
            assertEquals(ExitCodes.NATIVES, o.code(), o.err());
            assertTrue(o.err().contains("could not load the ND4J native backend"), o.err());
            assertFalse(o.err().contains("\tat "), "stack trace without --debug: " + o.err());
        }
    }

    @Test
    void theSameChildWithWorkingNativesPasses() throws Exception {
        Outcome o = child(false, VerifyCommand.class.getName(), "--claim", "M15", "--tries", "1");
        assertEquals(ExitCodes.OK, o.code(), o.err());
    }
}
