package io.verideck.kb.parse;

import java.util.List;
import java.util.Set;

/** The closed set of card field names (see docs/card-format.md). */
final class CardFields {
    static final String ID = "id";
    static final String TAGS = "tags";
    static final String LECTURE = "lecture";
    static final String COVERS = "covers";
    static final String CLAIMS = "claims";
    static final String REFUTES = "refutes";
    static final String KEY_POINTS = "key points";
    static final String FORMULA = "formula";
    static final String VARIABLES = "variables";
    static final String DRAFT = "draft";
    static final String SOURCE = "source";

    static final List<String> ALL = List.of(ID, TAGS, LECTURE, COVERS, CLAIMS, REFUTES, KEY_POINTS, FORMULA,
            VARIABLES, DRAFT, SOURCE);
    static final Set<String> NAMES = Set.copyOf(ALL);

    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{1,78}[a-z0-9]";
    static final String TAG_PATTERN = "[a-z0-9][a-z0-9-]*";

    private CardFields() {
    }
}
