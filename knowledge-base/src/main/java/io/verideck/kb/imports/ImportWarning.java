package io.verideck.kb.imports;

import io.verideck.kb.model.SourceLocation;

/** Something an importer noticed but could work around (an empty answer, a lost image, ...). */
public record ImportWarning(SourceLocation where, String message) {
    @Override
    public String toString() {
        return where + ": warning: " + message;
    }
}
