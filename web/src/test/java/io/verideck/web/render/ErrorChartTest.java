package io.verideck.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.web.verify.ClaimResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorChartTest {
    private static ClaimResult claim(double rel) {
        return new ClaimResult("X", null, null, "passed", 1, Double.NaN, rel, "1", 1, null, null);
    }

    @Test
    void errorsFallInTheirDecade() {
        assertEquals(0, ErrorChart.bin(0));
        assertEquals(0, ErrorChart.bin(1e-20));
        assertEquals(1, ErrorChart.bin(1e-17));
        assertEquals(2, ErrorChart.bin(5e-16));
        assertEquals(18, ErrorChart.bin(0.5e0 * 2));
        assertEquals(18, ErrorChart.bin(1e6), "huge errors are in the last bar");
    }

    @Test
    void countsAddUpAndMissingErrorsAreLeftOut() {
        int[] bins = ErrorChart.bins(List.of(claim(4e-16), claim(3e-16), claim(1e-8), claim(Double.NaN)));
        assertEquals(3, java.util.Arrays.stream(bins).sum());
        assertEquals(2, bins[ErrorChart.bin(4e-16)]);
        String svg = ErrorChart.svg(List.of(claim(4e-16)));
        assertTrue(svg.startsWith("<svg") && svg.contains("class=\"bar\"") && !svg.contains("style="), svg);
    }
}
