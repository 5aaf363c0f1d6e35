package io.verideck.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinksTest {
    @Test
    void pathsAreRelativeToTheRoot() {
        assertEquals("", Links.rootFrom("index.html"));
        assertEquals("../", Links.rootFrom("cards/x.html"));
        assertEquals("lectures/7.html#chain-rule", Links.section(7, "chain-rule"));
    }

    @Test
    void oddIdsCannotClimbOrBreakTheUrl() {
        assertEquals("cards/%2E.%2F..%2Fx.html", Links.card("../../x"));
        assertEquals("tags/a%20b%3F%23.html", Links.tag("a b?#"));
    }
}
