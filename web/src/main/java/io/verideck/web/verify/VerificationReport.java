package io.verideck.web.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latest {@code verideck verify --json} report. {@link #empty()} stands for "not yet verified".
 *
 * @param generated when the report was written (ISO-8601 text), or null
 * @param claims    results by claim id, in report order
 * @param refuted   refuted mistakes by id
 * @param source    the file it was read from, or null
 */
public record VerificationReport(String generated, Map<String, ClaimResult> claims,
                                 Map<String, RefutedMistake> refuted, Path source) {
    public VerificationReport {
        claims = Map.copyOf(claims);
        refuted = Map.copyOf(refuted);
    }

    /** No report: every claim shows as not yet verified. */
    public static VerificationReport empty() {
        return new VerificationReport(null, Map.of(), Map.of(), null);
    }

    public boolean exists() {
        return source != null;
    }

    public Optional<ClaimResult> claim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    public Optional<RefutedMistake> mistake(String id) {
        return Optional.ofNullable(refuted.get(id));
    }

    /** The claims in id order (stable for pages and charts). */
    public List<ClaimResult> sortedClaims() {
        List<ClaimResult> out = new ArrayList<>(claims.values());
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    /**
     * Reads a report; a missing file gives {@link #empty()}.
     *
     * @throws IOException when the file exists but is not a report of a known version
     */
    public static VerificationReport read(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) return empty();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a JSON verification report (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject() || root.path("version").asInt(0) != 1) {
            throw new IOException(file + ": unsupported verification report (expected \"version\": 1)");
        }
        Map<String, ClaimResult> claims = new LinkedHashMap<>();
        for (JsonNode c : root.path("claims")) {
            String id = text(c, "id");
            if (id == null) continue;
            claims.put(id, new ClaimResult(id, text(c, "slug"), text(c, "statement"), text(c, "status"),
                    c.path("tries").asInt(0), number(c, "maxAbsError"), number(c, "maxRelError"),
                    c.hasNonNull("seed") ? c.get("seed").asText() : null, c.path("millis").asLong(0),
                    text(c.path("failure"), "message"), text(c.path("failure"), "reproduce")));
        }
        Map<String, RefutedMistake> refuted = new LinkedHashMap<>();
        for (JsonNode m : root.path("refuted")) {
            String id = m.isTextual() ? m.asText() : text(m, "id");
            if (id == null) continue;
            refuted.put(id, m.isTextual() ? new RefutedMistake(id, null, null, "refuted") : mistake(id, m));
        }
        return new VerificationReport(text(root, "generated"), claims, refuted, file);
    }

    private static RefutedMistake mistake(String id, JsonNode m) {
        String claim = text(m, "claim");
        List<String> claims = new ArrayList<>();
        for (JsonNode c : m.path("claims")) claims.add(c.asText());
        if (claims.isEmpty() && claim != null) claims.addAll(List.of(claim.split("[,\\s]+")));
        RefutedMistake.Counterexample example = null;
        JsonNode ce = m.get("counterexample");
        if (ce != null && ce.isObject()) {
            List<String> inputs = new ArrayList<>();
            ce.path("inputs").fields().forEachRemaining(e -> inputs.add(e.getKey() + " = " + e.getValue().asText()));
            example = new RefutedMistake.Counterexample(inputs, comparisons(ce.path("wrong")), comparisons(ce.path("corrected")));
        }
        return new RefutedMistake(id, claim, text(m, "statement"), m.hasNonNull("status") ? m.get("status").asText() : "refuted",
                claims, text(m, "corrected"), text(m, "location"), text(m, "type"), text(m, "reason"), example);
    }

    /** {@code left: value  relation  right: value  (holds|fails)}, as {@code verify --refuted} prints it. */
    private static List<String> comparisons(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : array) {
            out.add(text(c, "left") + ": " + c.path("leftValue").asText() + "  " + text(c, "relation") + "  " + text(c, "right") + ": "
                    + c.path("rightValue").asText() + "  (" + (c.path("holds").asBoolean() ? "holds" : "fails") + ")");
        }
        return out;
    }

    /** The mistakes (other than out-of-scope ones) whose related claims include this id, in id order. */
    public List<RefutedMistake> mistakesAbout(String claimId) {
        return refuted.values().stream().filter(m -> m.inScope() && m.claims().contains(claimId))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    private static String text(JsonNode n, String field) {
        if (n == null || !n.isObject()) return null;
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A number, or the verifier's {@code "NaN"} / {@code "Infinity"} strings; NaN when absent. */
    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return Double.NaN;
        if (v.isNumber()) return v.asDouble();
        try {
            return Double.parseDouble(v.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.split("\\R", 2)[0];
    }
}
