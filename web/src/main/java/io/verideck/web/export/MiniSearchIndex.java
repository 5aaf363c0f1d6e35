package io.verideck.web.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds a serialized MiniSearch index (format version 2, what {@code MiniSearch#toJSON} writes) in
 * Java, with MiniSearch's default tokenizer (split on Unicode spaces and punctuation) and term
 * processing (lower case), so the browser only has to load it. The field names here must match the
 * options {@code site.js} passes to {@code MiniSearch.loadJSON}.
 */
public final class MiniSearchIndex {
    /** The indexed fields, in id order. */
    public static final List<String> FIELDS = List.of("title", "text", "tags");
    private static final Pattern SPLIT = Pattern.compile("[\\n\\r\\p{Z}\\p{P}]+");

    private final List<Object> ids = new ArrayList<>();
    private final List<Map<String, Object>> stored = new ArrayList<>();
    private final List<int[]> fieldLengths = new ArrayList<>();
    private final TreeMap<String, Map<Integer, Map<Integer, Integer>>> index = new TreeMap<>();

    /**
     * Adds a document.
     *
     * @param id     its id (unique)
     * @param fields text per field name in {@link #FIELDS}
     * @param store  values returned with each result
     */
    public void add(String id, Map<String, String> fields, Map<String, Object> store) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        int[] lengths = new int[FIELDS.size()];
        for (int f = 0; f < FIELDS.size(); f++) {
            String text = fields.get(FIELDS.get(f));
            if (text == null) continue;
            String[] tokens = SPLIT.split(text, -1);
            lengths[f] = new HashSet<>(List.of(tokens)).size();
            List<String> t = new ArrayList<>();
            for (String token : tokens) t.add(token.toLowerCase(Locale.ROOT));
            terms.put(FIELDS.get(f), t);
        }
        add(id, terms, lengths, store);
    }

    /**
     * Adds a document whose fields are already split into terms (the site's analyzed terms, so the
     * browser searches stems and TeX tokens as the server does). Empty terms are skipped; the field
     * length is the number of distinct terms, as MiniSearch counts it.
     *
     * @param id    its id (unique)
     * @param terms terms per field name in {@link #FIELDS}
     * @param store values returned with each result
     */
    public void addTerms(String id, Map<String, List<String>> terms, Map<String, Object> store) {
        int[] lengths = new int[FIELDS.size()];
        for (int f = 0; f < FIELDS.size(); f++) {
            List<String> tokens = terms.get(FIELDS.get(f));
            if (tokens != null) lengths[f] = new HashSet<>(tokens).size();
        }
        add(id, terms, lengths, store);
    }

    private void add(String id, Map<String, List<String>> terms, int[] lengths, Map<String, Object> store) {
        int shortId = ids.size();
        ids.add(id);
        stored.add(new LinkedHashMap<>(store));
        for (int f = 0; f < FIELDS.size(); f++) {
            List<String> tokens = terms.get(FIELDS.get(f));
            if (tokens == null) continue;
            for (String term : tokens) {
                if (term.isEmpty()) continue;
                index.computeIfAbsent(term, k -> new TreeMap<>())
                     .computeIfAbsent(f, k -> new TreeMap<>())
                     .merge(shortId, 1, Integer::sum);
            }
        }
        fieldLengths.add(lengths);
    }

    /** The index as MiniSearch's JSON. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documentCount", ids.size());
        root.put("nextId", ids.size());
        Map<String, Object> documentIds = new LinkedHashMap<>();
        Map<String, Object> fieldLength = new LinkedHashMap<>();
        Map<String, Object> storedFields = new LinkedHashMap<>();
        double[] sums = new double[FIELDS.size()];
        for (int i = 0; i < ids.size(); i++) {
            documentIds.put(Integer.toString(i), ids.get(i));
            fieldLength.put(Integer.toString(i), fieldLengths.get(i));
            storedFields.put(Integer.toString(i), stored.get(i));
            for (int f = 0; f < sums.length; f++) sums[f] += fieldLengths.get(i)[f];
        }
        Map<String, Integer> fieldIds = new LinkedHashMap<>();
        for (int f = 0; f < FIELDS.size(); f++) fieldIds.put(FIELDS.get(f), f);
        double[] avg = new double[sums.length];
        for (int f = 0; f < sums.length; f++) avg[f] = ids.isEmpty() ? 0 : sums[f] / ids.size();
        List<Object[]> terms = new ArrayList<>();
        index.forEach((term, byField) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            byField.forEach((f, docs) -> {
                Map<String, Integer> freqs = new LinkedHashMap<>();
                docs.forEach((d, n) -> freqs.put(Integer.toString(d), n));
                data.put(Integer.toString(f), freqs);
            });
            terms.add(new Object[] {term, data});
        });
        root.put("documentIds", documentIds);
        root.put("fieldIds", fieldIds);
        root.put("fieldLength", fieldLength);
        root.put("averageFieldLength", avg);
        root.put("storedFields", storedFields);
        root.put("dirtCount", 0);
        root.put("index", terms);
        root.put("serializationVersion", 2);
        try {
            return new ObjectMapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
