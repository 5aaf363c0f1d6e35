package io.verideck.kb.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The closed lists that card fields are checked against: topic ids ({@code covers}), claim ids and
 * slugs ({@code claims}), mistake ids ({@code refutes}) and tags. They live in {@code content/*.tsv}.
 */
public final class Vocabulary {
    private static final String BASE = "io/verideck/content/";
    private static volatile Vocabulary builtin;

    private final Map<String, String> topics;
    private final Map<String, String> claimTitles;
    private final Map<String, String> claimSlugToId;
    private final Map<String, String> claimIdToSlug;
    private final Map<String, String> mistakes;
    private final Map<String, String> tags;

    private Vocabulary(Map<String, String> topics, Map<String, String[]> claims,
                       Map<String, String> mistakes, Map<String, String> tags) {
        this.topics = topics;
        this.mistakes = mistakes;
        this.tags = tags;
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> slugs = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        claims.forEach((id, row) -> {
            titles.put(id, row.length > 1 ? row[1] : "");
            slugs.put(row[0], id);
            ids.put(id, row[0]);
        });
        this.claimTitles = titles;
        this.claimSlugToId = slugs;
        this.claimIdToSlug = ids;
    }

    /** The lists shipped with the built-in content (read once per JVM). */
    public static Vocabulary builtin() {
        Vocabulary v = builtin;
        if (v == null) {
            synchronized (Vocabulary.class) {
                if (builtin == null) {
                    builtin = new Vocabulary(table("topics.tsv", 1), claimsTable(), table("mistakes.tsv", 1),
                            table("tags.tsv", 1));
                }
                v = builtin;
            }
        }
        return v;
    }

    public boolean isTopic(String id) {
        return topics.containsKey(id);
    }

    public Map<String, String> topics() {
        return Collections.unmodifiableMap(topics);
    }

    /** The canonical claim id for an id ({@code D6}) or slug ({@code softmax-properties}). */
    public Optional<String> claimId(String idOrSlug) {
        if (claimTitles.containsKey(idOrSlug)) return Optional.of(idOrSlug);
        return Optional.ofNullable(claimSlugToId.get(idOrSlug));
    }

    public Optional<String> claimSlug(String id) {
        return Optional.ofNullable(claimIdToSlug.get(id));
    }

    public Optional<String> claimTitle(String id) {
        return Optional.ofNullable(claimTitles.get(id));
    }

    public boolean isMistake(String id) {
        return mistakes.containsKey(id);
    }

    public boolean isTag(String tag) {
        return tags.containsKey(tag);
    }

    public Map<String, String> tags() {
        return Collections.unmodifiableMap(tags);
    }

    private static Map<String, String> table(String name, int valueColumn) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : rows(name)) out.put(row[0], row.length > valueColumn ? row[valueColumn] : "");
        return out;
    }

    private static Map<String, String[]> claimsTable() {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String[] row : rows("claims.tsv")) {
            out.put(row[0], new String[] {row.length > 1 ? row[1] : row[0], row.length > 2 ? row[2] : ""});
        }
        return out;
    }

    private static java.util.List<String[]> rows(String name) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(BASE + name)) {
            if (in == null) throw new IllegalStateException("built-in content is missing " + BASE + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
