package io.verideck.verifier.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a {@link VerificationReport} as the JSON format of {@code docs/verify-report.md}. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /**
     * @param report the report
     * @return pretty-printed JSON
     */
    public static String write(VerificationReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VerificationReport.VERSION);
        root.put("generated", report.generated().toString());
        root.put("seed", report.seed());
        root.put("tries", report.tries());
        ArrayNode claims = root.putArray("claims");
        for (ClaimResult c : report.claims()) {
            ObjectNode n = claims.addObject();
            n.put("id", c.id());
            n.put("slug", c.slug());
            n.put("statement", c.statement());
            n.put("status", c.status().json());
            n.put("tries", c.tries());
            n.put("discarded", c.discarded());
            number(n, "maxAbsError", c.maxAbsError());
            number(n, "maxRelError", c.maxRelError());
            n.put("seed", c.seed());
            n.put("millis", c.millis());
            if (c.failure() == null) {
                n.putNull("failure");
            } else {
                Failure f = c.failure();
                ObjectNode fn = n.putObject("failure");
                fn.put("property", f.property());
                fn.put("message", f.message());
                ObjectNode input = fn.putObject("input");
                f.input().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> input.put(e.getKey(), e.getValue()));
                fn.put("originalMessage", f.originalMessage());
                fn.put("shrinkSteps", f.shrinkSteps());
                fn.put("trySeed", f.trySeed());
                fn.put("reproduce", f.reproduce());
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("claims", report.claims().size());
        summary.put("passed", report.count(Status.PASSED));
        summary.put("failed", report.count(Status.FAILED));
        summary.put("notExecutable", report.count(Status.NOT_EXECUTABLE));
        summary.put("millis", report.millis());
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON has no NaN or infinity: those are written as strings. */
    private static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.put(key, Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        }
    }
}
