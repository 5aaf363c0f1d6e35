package io.verideck.cli.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Text charts: a vertical bar chart and a GitHub-style calendar heatmap, in plain Unicode. */
public final class TerminalCharts {
    private static final char[] SHADES = {'·', '░', '▒', '▓', '█'};

    private TerminalCharts() {
    }

    /** Vertical bars of {@code height} rows, one column per value, with a day axis every 5 days. */
    public static List<String> bars(int[] values, int height) {
        int max = 1;
        for (int v : values) max = Math.max(max, v);
        List<String> rows = new ArrayList<>();
        for (int row = height; row >= 1; row--) {
            StringBuilder sb = new StringBuilder(row == height ? String.format("%4d ┤", max) : "     │");
            for (int v : values) {
                double filled = (double) v * height / max;
                sb.append(filled >= row ? '█' : filled > row - 1 && v > 0 ? '▄' : ' ');
            }
            rows.add(sb.toString().stripTrailing());
        }
        StringBuilder axis = new StringBuilder("     └");
        axis.append("─".repeat(values.length));
        rows.add(axis.toString());
        StringBuilder labels = new StringBuilder("      ");
        for (int i = 1; i <= values.length; i++) {
            if (i == 1 || i % 5 == 0) {
                String l = Integer.toString(i);
                labels.append(l);
                i += l.length() - 1;
            } else {
                labels.append(' ');
            }
        }
        rows.add(labels.toString());
        return rows;
    }

    /** Seven rows (Mon..Sun) of {@code weeks} columns ending with the week of {@code today}. */
    public static List<String> heatmap(Map<LocalDate, Integer> counts, LocalDate today, int weeks) {
        int max = 1;
        for (int v : counts.values()) max = Math.max(max, v);
        LocalDate start = today.with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
        String[] names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        List<String> rows = new ArrayList<>();
        for (int dow = 0; dow < 7; dow++) {
            StringBuilder sb = new StringBuilder(names[dow]).append(' ');
            for (int w = 0; w < weeks; w++) {
                LocalDate d = start.plusWeeks(w).plusDays(dow);
                if (d.isAfter(today)) {
                    sb.append(' ');
                    continue;
                }
                int n = counts.getOrDefault(d, 0);
                sb.append(n == 0 ? SHADES[0] : SHADES[Math.min(4, 1 + (n * 4 - 1) / max)]);
            }
            rows.add(sb.toString().stripTrailing());
        }
        rows.add("    less " + new String(SHADES) + " more");
        return rows;
    }
}
