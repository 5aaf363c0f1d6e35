package io.verideck.web.render;

import io.verideck.web.verify.ClaimResult;
import java.util.List;
import java.util.Locale;

/**
 * A histogram of the verifier's errors as inline SVG: one bar per decade of the largest relative error
 * (the absolute error when no relative one is reported), from {@code 1e-17} to {@code 1e0} and above.
 */
final class ErrorChart {
    static final int LOW = -17;
    static final int HIGH = 0;
    private static final int W = 640;
    private static final int H = 220;
    private static final int PAD = 36;

    private ErrorChart() {
    }

    /** Counts per decade; index 0 holds errors below 1e-17 (and exact zeros). */
    static int[] bins(List<ClaimResult> results) {
        int[] bins = new int[HIGH - LOW + 2];
        for (ClaimResult r : results) {
            double e = Double.isNaN(r.maxRelError()) ? r.maxAbsError() : r.maxRelError();
            if (Double.isNaN(e)) continue;
            bins[bin(e)]++;
        }
        return bins;
    }

    static int bin(double e) {
        if (e <= 0 || Math.log10(e) < LOW) return 0;
        int d = (int) Math.floor(Math.log10(e));
        return Math.min(HIGH, d) - LOW + 1;
    }

    static String svg(List<ClaimResult> results) {
        int[] bins = bins(results);
        int max = 1;
        for (int b : bins) max = Math.max(max, b);
        double bw = (W - 2.0 * PAD) / bins.length;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
          .append("\" role=\"img\" aria-labelledby=\"error-chart-title\"><title id=\"error-chart-title\">")
          .append("Claims by largest relative error (decades)</title>\n")
          .append("<line class=\"axis\" x1=\"").append(PAD).append("\" y1=\"").append(H - PAD).append("\" x2=\"")
          .append(W - PAD).append("\" y2=\"").append(H - PAD).append("\"/>\n");
        for (int i = 0; i < bins.length; i++) {
            double h = (H - 2.0 * PAD) * bins[i] / max;
            double x = PAD + i * bw;
            sb.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
                    + "<title>%s: %d</title></rect>%n", x + 1, H - PAD - h, bw - 2, h, label(i), bins[i]));
            if (bins[i] > 0) {
                sb.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%d</text>%n", x + bw / 2, H - PAD - h - 4, bins[i]));
            }
            if (i % 3 == 0) {
                sb.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\">%s</text>%n", x + bw / 2, H - PAD + 16, label(i)));
            }
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static String label(int i) {
        return i == 0 ? "<1e" + LOW : "1e" + (i + LOW - 1);
    }
}
