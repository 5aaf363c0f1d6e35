package io.verideck.kb.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

/**
 * The curated synonym map prebuilt at build time: {@code synonyms.txt} parsed once into Lucene's FST
 * and saved next to it as {@code synonyms.fst}, so that a search does not parse the list and compile
 * the FST at every launch. The file records the CRC-32 of the {@code synonyms.txt} it was made from;
 * {@link #load()} refuses a file made from another list (and {@link CourseAnalyzer} then parses the
 * list itself), so an edited list can never be shadowed by a stale FST.
 *
 * <p>Run by knowledge-base's build ({@code process-classes}): {@code main(CLASSES_DIR)} writes the
 * file into the class output directory.
 */
public final class PrebuiltSynonyms {
    static final String SOURCE = "synonyms.txt";
    static final String PREBUILT = "synonyms.fst";
    private static final int MAGIC = 0x56445359; // "VDSY"
    private static final int FORMAT = 1;

    private PrebuiltSynonyms() {
    }

    /** Writes {@code synonyms.fst} for the current {@code synonyms.txt} under the class output directory {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: PrebuiltSynonyms CLASSES_DIR");
        Path out = Path.of(args[0]).resolve(PrebuiltSynonyms.class.getPackageName().replace('.', '/')).resolve(PREBUILT);
        Files.createDirectories(out.getParent());
        byte[] bytes = serialize(CourseAnalyzer.parseSynonyms(), checksum(source()));
        Files.write(out, bytes);
        System.out.println("synonym FST: " + bytes.length + " bytes -> " + out);
    }

    /** The prebuilt map, or null when there is none or it was made from another {@code synonyms.txt}. */
    static SynonymMap load() {
        try (InputStream in = PrebuiltSynonyms.class.getResourceAsStream(PREBUILT)) {
            if (in == null) return null;
            return deserialize(in.readAllBytes(), checksum(source()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The bytes of {@code synonyms.txt} on the class path. */
    static byte[] source() {
        try (InputStream in = PrebuiltSynonyms.class.getResourceAsStream(SOURCE)) {
            if (in == null) throw new IllegalStateException(SOURCE + " is missing from the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long checksum(byte[] source) {
        CRC32 crc = new CRC32();
        crc.update(source);
        return crc.getValue();
    }

    /** The map as bytes: header, source checksum, horizontal context, the words in id order, the FST. */
    static byte[] serialize(SynonymMap map, long sourceChecksum) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutput out = new OutputStreamDataOutput(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(sourceChecksum);
        out.writeVInt(map.maxHorizontalContext);
        int n = map.words.size();
        out.writeVInt(n);
        BytesRef scratch = new BytesRef();
        for (int i = 0; i < n; i++) {
            map.words.get(i, scratch);
            out.writeVInt(scratch.length);
            out.writeBytes(scratch.bytes, scratch.offset, scratch.length);
        }
        out.writeByte((byte) (map.fst == null ? 0 : 1));
        if (map.fst != null) map.fst.save(out, out);
        return bytes.toByteArray();
    }

    /** The map stored by {@link #serialize}, or null when it was made from a list with another checksum. */
    static SynonymMap deserialize(byte[] bytes, long sourceChecksum) throws IOException {
        DataInput in = new ByteArrayDataInput(bytes);
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != sourceChecksum) return null;
        int maxHorizontalContext = in.readVInt();
        int n = in.readVInt();
        BytesRefHash words = new BytesRefHash();
        for (int i = 0; i < n; i++) {
            byte[] w = new byte[in.readVInt()];
            in.readBytes(w, 0, w.length);
            if (words.add(new BytesRef(w)) != i) throw new IOException("duplicate word in the prebuilt synonym map");
        }
        FST<BytesRef> fst = null;
        if (in.readByte() == 1) {
            ByteSequenceOutputs outputs = ByteSequenceOutputs.getSingleton();
            fst = new FST<>(FST.readMetadata(in, outputs), in);
        }
        return new SynonymMap(fst, words, maxHorizontalContext);
    }
}
