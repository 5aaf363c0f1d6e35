package io.verideck.verifier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.verideck.numeric.BackendUnavailableException;
import io.verideck.numeric.NumericBackend;
import io.verideck.verifier.concept.BadInputException;
import io.verideck.verifier.concept.Concept;
import io.verideck.verifier.concept.ConceptInput;
import io.verideck.verifier.concept.Concepts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run CONCEPT --input FILE.json [--json]}: evaluate a concept on the user's numbers. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Evaluate a concept on your numbers and print its outputs and gradients (schemas: docs/concepts.md).")
public final class RunCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONCEPT", description = "one of: linear-regression, softmax, softmax-ce, mlp, gru-cell, gaussian-kl, gan")
    String concept;

    @Option(names = "--input", paramLabel = "FILE.json", required = true, description = "the concept's input as JSON")
    Path input;

    @Option(names = "--json", description = "print the outputs as JSON")
    boolean json;

    @Option(names = "--debug", description = "print stack traces")
    boolean debug;

    /** Public no-arg constructor for loading by class name. */
    public RunCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Concept c = Concepts.all().get(concept);
        if (c == null) {
            err.println("run: unknown concept '" + concept + "' (expected one of: " + String.join(", ", Concepts.all().keySet()) + ")");
            return ExitCodes.USAGE;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(Files.readString(input));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            err.println("run: " + input + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr()) + ": invalid JSON: "
                    + e.getOriginalMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("run: cannot read " + input + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (node == null || !node.isObject()) {
            err.println("run: " + input + ": the input must be a JSON object");
            return ExitCodes.BAD_INPUT;
        }
        try {
            NumericBackend.load();
        } catch (BackendUnavailableException e) {
            err.println("run: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.NATIVES;
        }
        Map<String, Object> outputs;
        try {
            outputs = c.evaluate(new ConceptInput(node, concept));
        } catch (BadInputException e) {
            err.println("run: " + input + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.BAD_INPUT;
        }
        try {
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("concept", concept);
                doc.put("outputs", outputs);
                stdout.println(MAPPER.writeValueAsString(doc));
            } else {
                for (Map.Entry<String, Object> e : outputs.entrySet()) {
                    stdout.println(e.getKey() + ": " + new ObjectMapper().writeValueAsString(e.getValue()));
                }
            }
        } catch (JsonProcessingException e) {
            err.println("run: cannot format the outputs: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
