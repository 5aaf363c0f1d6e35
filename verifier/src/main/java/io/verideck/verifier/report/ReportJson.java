package io.verideck.verifier.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.refuted.Check;
import io.verideck.verifier.refuted.Comparison;
import io.verideck.verifier.refuted.Outcome;
import io.verideck.verifier.refuted.Refutation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

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
        if (report.coverage() != null) {
            coverage(root.putObject("coverage"), report.coverage());
        }
        if (!report.refuted().isEmpty()) {
            refuted(root.putArray("refuted"), report.refuted());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("claims", report.claims().size());
        summary.put("passed", report.count(Status.PASSED));
        summary.put("failed", report.count(Status.FAILED));
        summary.put("notExecutable", report.count(Status.NOT_EXECUTABLE));
        summary.put("millis", report.millis());
        return text(root);
    }

    /**
     * The output of {@code verify --refuted --json}.
     *
     * @param generated when the run finished
     * @param seed the run seed
     * @param results every §Z entry's result
     * @return pretty-printed JSON
     */
    public static String writeRefuted(java.time.Instant generated, long seed, List<Refutation> results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VerificationReport.VERSION);
        root.put("generated", generated.toString());
        root.put("seed", seed);
        refuted(root.putArray("refuted"), results);
        ObjectNode summary = root.putObject("summary");
        summary.put("entries", results.size());
        for (Outcome o : Outcome.values()) {
            summary.put(camel(o.json()), RefutedText.count(results, o));
        }
        return text(root);
    }

    private static String text(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String camel(String dashed) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    private static void coverage(ObjectNode n, Coverage c) {
        n.put("catalogue", c.catalogue().size());
        n.put("executable", c.executable());
        n.put("implemented", c.implemented().size());
        n.put("percent", Math.round(c.percent() * 10) / 10.0);
        n.put("wordOnly", c.notExecutable().size());
        ArrayNode missing = n.putArray("missing");
        c.missing().forEach(missing::add);
        ArrayNode words = n.putArray("notExecutable");
        for (NotExecutable w : c.notExecutable()) {
            ObjectNode o = words.addObject();
            o.put("id", w.id());
            o.put("slug", w.slug());
            o.put("reason", w.reason());
        }
    }

    private static void refuted(ArrayNode array, List<Refutation> results) {
        for (Refutation r : results) {
            ObjectNode n = array.addObject();
            n.put("id", r.claim().id());
            n.put("claim", r.claim().claimId());
            ArrayNode ids = n.putArray("claims");
            r.claim().claimIds().forEach(ids::add);
            n.put("location", r.claim().location());
            n.put("type", r.claim().type());
            n.put("statement", r.claim().wrong());
            n.put("corrected", r.claim().corrected());
            n.put("status", r.outcome().json());
            if (r.claim().check() instanceof Check.Verbal v) {
                n.put("reason", v.reason());
            } else {
                n.putNull("reason");
            }
            n.put("tries", r.tries());
            if (r.witness() == null) {
                n.putNull("trySeed");
                n.putNull("counterexample");
            } else {
                n.put("trySeed", r.trySeed());
                ObjectNode w = n.putObject("counterexample");
                ObjectNode inputs = w.putObject("inputs");
                r.witness().inputs().forEach(inputs::put);
                comparisons(w.putArray("wrong"), r.witness().wrong());
                comparisons(w.putArray("corrected"), r.witness().corrected());
            }
            n.put("millis", r.millis());
        }
    }

    private static void comparisons(ArrayNode array, List<Comparison> list) {
        for (Comparison c : list) {
            ObjectNode o = array.addObject();
            o.put("left", c.left());
            number(o, "leftValue", c.leftValue());
            o.put("relation", c.relation().symbol());
            o.put("right", c.right());
            number(o, "rightValue", c.rightValue());
            o.put("holds", c.holds());
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
