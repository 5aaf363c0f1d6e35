package io.verideck.kb.index;

import io.verideck.kb.content.ContentFile;
import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.content.LoadResult;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Deck;
import io.verideck.kb.model.Lecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import io.verideck.kb.analysis.CourseAnalyzer;

/**
 * The index of a user's decks directory, kept up to date file by file: only files whose size or
 * modification time changed are parsed and re-indexed; deleted files leave the index.
 */
public final class UserIndex {
    private UserIndex() {
    }

    /** What an update did. */
    public record Update(int filesIndexed, int filesRemoved, int filesUnchanged) {
    }

    /** Brings the index in {@code indexDir} up to date with the {@code *.md} files under {@code decksDir}. */
    public static Update update(Path decksDir, Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        boolean fresh = IndexFormat.contentHash(indexDir) == null;
        Map<String, Path> onDisk = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        if (Files.isDirectory(decksDir)) {
            try (Stream<Path> s = Files.walk(decksDir)) {
                for (Path p : s.filter(x -> Files.isRegularFile(x) && x.toString().endsWith(".md")).toList()) {
                    String name = p.toAbsolutePath().normalize().toString();
                    onDisk.put(name, p);
                    keys.put(name, Files.size(p) + "-" + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        IndexWriterConfig cfg = new IndexWriterConfig(new CourseAnalyzer(CourseAnalyzer.Mode.INDEX))
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        int indexed = 0;
        int removed = 0;
        int unchanged = 0;
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter w = new IndexWriter(dir, cfg)) {
            Map<String, String> indexedKeys = fresh ? Map.of() : storedKeys(w);
            for (String name : indexedKeys.keySet()) {
                if (!onDisk.containsKey(name)) {
                    w.deleteDocuments(new Term(Fields.FILE, name));
                    removed++;
                }
            }
            for (Map.Entry<String, Path> e : onDisk.entrySet()) {
                String name = e.getKey();
                if (keys.get(name).equals(indexedKeys.get(name))) {
                    unchanged++;
                    continue;
                }
                w.deleteDocuments(new Term(Fields.FILE, name));
                for (Document d : documents(e.getValue(), name, keys.get(name))) w.addDocument(d);
                indexed++;
            }
            w.commit();
        }
        if (fresh || indexed > 0 || removed > 0) IndexFormat.writeManifest(indexDir, "user:" + decksDir.toAbsolutePath());
        return new Update(indexed, removed, unchanged);
    }

    private static List<Document> documents(Path p, String name, String key) {
        ContentFile f = io.verideck.kb.content.ContentReader.read(p, name);
        List<Document> docs = new ArrayList<>();
        // A file that cannot be read still gets a marker document, so it is not re-read at every launch.
        if (f.error() == null) {
            LoadResult r = ContentLoader.loadFiles(List.of(f), false);
            for (Deck d : r.library().decks()) {
                for (Card c : d.cards()) if (!c.draft()) docs.add(Documents.card(c, null, key));
            }
            for (Lecture l : r.library().lectures()) docs.addAll(Documents.lecture(l, key));
        }
        if (docs.isEmpty()) {
            Document marker = new Document();
            marker.add(new org.apache.lucene.document.StringField(Fields.KIND, "file", org.apache.lucene.document.Field.Store.YES));
            marker.add(new org.apache.lucene.document.StringField(Fields.FILE, name, org.apache.lucene.document.Field.Store.YES));
            marker.add(new org.apache.lucene.document.StringField(Fields.FILE_HASH, key, org.apache.lucene.document.Field.Store.YES));
            docs.add(marker);
        }
        return docs;
    }

    private static Map<String, String> storedKeys(IndexWriter w) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(w)) {
            IndexSearcher s = new IndexSearcher(r);
            var stored = s.storedFields();
            for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), Math.max(1, r.maxDoc())).scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(Fields.FILE, Fields.FILE_HASH));
                if (d.get(Fields.FILE) != null && d.get(Fields.FILE_HASH) != null) out.put(d.get(Fields.FILE), d.get(Fields.FILE_HASH));
            }
        }
        return out;
    }
}
