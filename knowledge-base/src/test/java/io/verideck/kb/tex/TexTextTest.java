package io.verideck.kb.tex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TexTextTest {
    @Test
    void greekFunctionsAndScripts() {
        assertEquals("σ(z)", TexText.toText("\\sigma(z)"));
        assertEquals("x⁽ⁱ⁾", TexText.toText("x^{(i)}"));
        assertEquals("Wₕₕ", TexText.toText("W_{hh}"));
        assertEquals("Σᵢ₌₁ⁿ xᵢ", TexText.toText("\\sum_{i=1}^n x_i"));
        assertEquals("θᵀx", TexText.toText("\\theta^Tx"));
        assertEquals("A⁻¹", TexText.toText("A^{-1}"));
        assertEquals("hᵗ⁻¹", TexText.toText("h^{t-1}"));
        assertEquals("xₒᵤₜ", TexText.toText("x_{\\text{out}}"));
        assertEquals("x_(Wq)", TexText.toText("x_{Wq}"));
        assertEquals("y\u0302", TexText.toText("\\hat{y}"));
        assertEquals("ℝⁿ", TexText.toText("\\mathbb{R}^n"));
        assertEquals("ℋₙ", TexText.toText("\\mathcal{H}_{n}"));
        assertEquals("∇_θ J", TexText.toText("\\nabla_\\theta J"));
        assertEquals("log p(x)", TexText.toText("\\log p(x)"));
    }

    @Test
    void fractionsGetParenthesesOnlyWhenNeeded() {
        assertEquals("a/b", TexText.toText("\\frac{a}{b}"));
        assertEquals("1/(1 + e⁻ᶻ)", TexText.toText("\\frac{1}{1 + e^{-z}}"));
        assertEquals("(a + b)/2", TexText.toText("\\frac{a + b}{2}"));
        assertEquals("½(2x - y)", TexText.toText("\\frac{1}{2}(2x - y)"));
        assertEquals("(1/m)Σᵢ Lᵢ", TexText.toText("\\frac{1}{m}\\sum_i L_i"));
        assertEquals("√x", TexText.toText("\\sqrt{x}"));
        assertEquals("√(x + y)", TexText.toText("\\sqrt{x + y}"));
    }

    @Test
    void matricesAndCases() {
        assertEquals("[1 2; 3 4]", TexText.toText("\\begin{bmatrix}1 & 2\\\\ 3 & 4\\end{bmatrix}"));
        assertEquals("(a b)", TexText.toText("\\begin{pmatrix} a & b \\end{pmatrix}"));
        assertEquals("{ 0 if i = j; 1 if i ≠ j }", TexText.toText("\\begin{cases} 0 & i = j \\\\ 1 & i \\neq j \\end{cases}"));
    }

    @Test
    void markdownWithMath() {
        assertEquals("The loss is L = ½ and\n    y = Wx\nends.",
                TexText.markdownToText("The **loss** is $L = ½$ and\n$$y = Wx$$\nends."));
        assertEquals("• one\n• two", TexText.markdownToText("- one\n- two"));
        assertEquals("costs $5", TexText.markdownToText("costs \\$5"));
    }

    @Test
    void hostileTexNeverThrowsOrHangs() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            String deep = "{".repeat(50_000) + "x" + "}".repeat(50_000);
            TexText.toText(deep);
            TexText.toText("\\frac{".repeat(10_000));
            TexText.toText("\\begin{bmatrix}" + "a&".repeat(20_000));
            TexText.toText("x^^^__\\");
            TexText.toText("\\end{cases}}}}");
        });
    }
}
