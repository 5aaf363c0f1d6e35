package io.verideck.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetMathTest {
    @Test
    void formulasBecomeMathSpans() {
        assertEquals("the <span class=\"math math-inline\">x^2</span> term", SnippetMath.mark("the $x^2$ term"));
    }

    @Test
    void aMatchInsideAFormulaMarksTheWholeFormula() {
        assertEquals("<mark><span class=\"math math-inline\">\\operatorname{softmax}(z)</span></mark> is",
                SnippetMath.mark("$\\operatorname{<mark>softmax</mark>}(z)$ is"));
    }

    @Test
    void textWithoutDollarsIsUnchanged() {
        assertEquals("a <mark>b</mark> c", SnippetMath.mark("a <mark>b</mark> c"));
    }

    @Test
    void anUnclosedFormulaStaysText() {
        assertEquals("cut off $x_", SnippetMath.mark("cut off $x_"));
    }
}
