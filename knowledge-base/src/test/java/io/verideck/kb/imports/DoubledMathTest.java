package io.verideck.kb.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verideck.kb.imports.handbook.DoubledMath;
import org.junit.jupiter.api.Test;

/** The doubled-math repair on the patterns listed in shared/spec/source-formats.md §1.3 (made-up sentences). */
class DoubledMathTest {
    @Test
    void numbersAndSymbols() {
        assertEquals("we use $k$ = 10 folds or 5.", DoubledMath.repair("we use kk = 1010 folds or 55."));
        assertEquals("about 784 dimensions", DoubledMath.repair("about 784784 dimensions"));
        assertEquals("ratio 20/10 here", DoubledMath.repair("ratio 20/1020 / 10 here"));
        assertEquals("state $h_t$ now", DoubledMath.repair("state hth_t now"));
        assertEquals("the other $k-1$ parts of $k$-fold", DoubledMath.repair("the other k1k-1 parts of kk-fold"));
        assertEquals("a well-known e-mail, covid-19 and x-axis", DoubledMath.repair("a well-known e-mail, covid-19 and x-axis"));
    }

    @Test
    void texHalfKeptRenderingDropped() {
        assertEquals("Risk: $R(w)=\\frac{1}{m}\\sum_{j=1}^m(w x_j-t_j)^2$",
                DoubledMath.repair("Risk: R(w)=1mj=1m(wxjtj)2R(w)=\\frac{1}{m}\\sum_{j=1}^m(w x_j-t_j)^2"));
        assertEquals("the error $(y - \\hat{y})$ squared", DoubledMath.repair("the error (yy^)(y - \\hat{y}) squared"));
        assertEquals("with $\\theta$, a vector", DoubledMath.repair("with θ\\theta, a vector"));
        assertEquals("data $X^{\\text{train}}$ and", DoubledMath.repair("data XtrainX^{\\text{train}} and"));
        assertEquals("is $30 \\%$", DoubledMath.repair("is 30%30 \\%"));
        assertEquals("where $U_{ab}, U_{bb}, c_a$ are shared and $f_1, f_2$ activations",
                DoubledMath.repair("where Uab,Ubb,caU_{ab}, U_{bb}, c_a are shared and f1,f2f_1, f_2 activations"));
        assertEquals("Many-to-many $T_x=T_y$Named", DoubledMath.repair("Many-to-many Tx=TyT_x=T_yNamed"));
        assertEquals("at time \u2019$t$\u2018 and in_channels", DoubledMath.repair("at time \u2019tt\u2018 and in_channels"));
    }

    @Test
    void plainTextUntouched() {
        String s = "An ordinary sentence with (x ** 2) / 2 and abs(x) - log(2).";
        assertEquals(s, DoubledMath.repair(s));
        assertEquals("the letter a", DoubledMath.repair("the letter a"));
    }
}
