package io.verideck.kb.imports.slides;

import java.util.List;

/** One slide page: its inferred title, 1-based line of the title, and body lines. */
record Slide(String title, int line, List<String> body) {
    Slide {
        body = List.copyOf(body);
    }

    /** Non-blank body lines, stripped: what build slides are compared on. */
    List<String> content() {
        return body.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
