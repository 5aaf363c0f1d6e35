package io.verideck.kb.imports;

/** Reads one text format. Implementations are stateless and never write anything. */
public interface Importer {
    /** The format this importer reads. */
    SourceFormat format();

    /** Reads the decoded source; throws with a file and line when it cannot be imported at all. */
    ImportedDocument read(SourceText source) throws ImportException;
}
