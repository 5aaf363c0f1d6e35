package io.verideck.web.render;

import io.verideck.web.review.ReviewSnapshot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/** Review statistics: a year-long heatmap of reviews per day and the 30-day forecast of due cards. */
final class StatsPage {
    private static final int CELL = 12;

    private StatsPage() {
    }

    static String render(SiteContext ctx, LocalDate today) {
        StringBuilder sb = new StringBuilder("<h1>Review statistics</h1>\n");
        if (ctx.review().isEmpty()) {
            return sb.append("<p class=\"lead\">No review database found yet. Review some cards with ")
                     .append("<code>verideck review</code> and come back.</p>\n").toString();
        }
        ReviewSnapshot r = ctx.review().get();
        sb.append("<p class=\"lead\">").append(r.totalReviews()).append(" reviews in the last year.</p>\n")
          .append("<h2 id=\"heatmap\">Reviews per day").append(LecturePage.anchorLink("heatmap")).append("</h2>\n")
          .append(heatmap(r.perDay(), today))
          .append("<h2 id=\"forecast\">Due in the next 30 days").append(LecturePage.anchorLink("forecast")).append("</h2>\n")
          .append(forecast(r.forecast()));
        return sb.toString();
    }

    /** 53 weeks by 7 days, newest week on the right; the shade says how many reviews. */
    static String heatmap(SortedMap<LocalDate, Integer> perDay, LocalDate today) {
        LocalDate end = today;
        LocalDate start = end.minusWeeks(52).with(DayOfWeek.MONDAY);
        int weeks = (int) ((end.toEpochDay() - start.toEpochDay()) / 7) + 1;
        int max = perDay.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"chart heatmap\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"Reviews per day over the last year\">%n", weeks * CELL + 30, 7 * CELL + 4));
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            int week = (int) ((d.toEpochDay() - start.toEpochDay()) / 7);
            int dow = d.getDayOfWeek().getValue() - 1;
            int n = perDay.getOrDefault(d, 0);
            int level = n == 0 ? 0 : Math.min(4, 1 + (int) (4.0 * (n - 1) / Math.max(1, max)));
            sb.append(String.format(Locale.ROOT, "<rect class=\"day l%d\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\">"
                    + "<title>%s: %d</title></rect>%n", level, 28 + week * CELL, dow * CELL, CELL - 2, CELL - 2, d, n));
        }
        sb.append("<text class=\"tick\" x=\"0\" y=\"9\">Mon</text><text class=\"tick\" x=\"0\" y=\"81\">Sun</text>\n</svg>\n");
        return sb.toString();
    }

    static String forecast(SortedMap<LocalDate, Integer> days) {
        int max = Math.max(1, days.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int w = 20;
        int h = 160;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"chart forecast\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"Cards due per day, next 30 days\">%n", days.size() * w + 10, h + 30));
        int i = 0;
        for (Map.Entry<LocalDate, Integer> e : days.entrySet()) {
            double bh = (double) h * e.getValue() / max;
            sb.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\">"
                    + "<title>%s: %d due</title></rect>%n", 5 + i * w, h - bh, w - 3, bh, e.getKey(), e.getValue()));
            if (i % 7 == 0) {
                sb.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\">%s</text>%n", 5 + i * w, h + 16,
                        e.getKey().toString().substring(5)));
            }
            i++;
        }
        sb.append("</svg>\n");
        return sb.toString();
    }
}
