package io.verideck.cli.stats;

import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.Phase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The review log in the FSRS optimizer's CSV format: header
 * {@code card_id,review_time,review_rating,review_state,review_duration}; {@code review_time} in epoch
 * milliseconds, {@code review_rating} 1..4, {@code review_state} the card's state before the review
 * (0 New, 1 Learning, 2 Review, 3 Relearning), {@code review_duration} in milliseconds.
 */
public final class ReviewLogCsv {
    /** The header line. */
    public static final String HEADER = "card_id,review_time,review_rating,review_state,review_duration";

    /** One row read from a CSV file. */
    public record Row(String cardId, long reviewTimeMs, int rating, Integer state, Long durationMs, int line) {
    }

    private ReviewLogCsv() {
    }

    /** Writes the header and one row per entry. */
    public static void write(List<ReviewEntry> log, PrintWriter out) {
        out.println(HEADER);
        for (ReviewEntry e : log) {
            out.println(quote(e.cardId()) + "," + e.at().toEpochMilli() + "," + e.rating() + ","
                    + e.before().phase().code() + "," + e.durationMs());
        }
        out.flush();
    }

    /**
     * Reads a CSV with at least {@code card_id}, {@code review_time} and {@code review_rating} columns (in
     * any order; the optional ones may be missing or empty).
     *
     * @throws IllegalArgumentException with "file:line: message" for a bad row or header
     */
    public static List<Row> read(String file, BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null) throw new IllegalArgumentException(file + ":1: empty file, expected the header " + HEADER);
        List<String> cols = Arrays.stream(header.replace("\uFEFF", "").split(",")).map(String::strip).toList();
        int id = cols.indexOf("card_id");
        int time = cols.indexOf("review_time");
        int rating = cols.indexOf("review_rating");
        int state = cols.indexOf("review_state");
        int dur = cols.indexOf("review_duration");
        if (id < 0 || time < 0 || rating < 0) {
            throw new IllegalArgumentException(file + ":1: header must name card_id, review_time and review_rating");
        }
        List<Row> rows = new ArrayList<>();
        int n = 1;
        for (String line; (line = in.readLine()) != null; ) {
            n++;
            if (line.isBlank()) continue;
            List<String> f = split(line);
            try {
                String card = f.get(id).strip();
                if (card.isEmpty()) throw new IllegalArgumentException("empty card_id");
                int r = Integer.parseInt(f.get(rating).strip());
                if (r < 1 || r > 4) throw new IllegalArgumentException("review_rating must be 1 to 4, got " + r);
                Integer st = state >= 0 && state < f.size() && !f.get(state).isBlank() ? Integer.parseInt(f.get(state).strip()) : null;
                if (st != null) Phase.ofCode(st);
                Long d = dur >= 0 && dur < f.size() && !f.get(dur).isBlank() ? Long.parseLong(f.get(dur).strip()) : null;
                rows.add(new Row(card, Long.parseLong(f.get(time).strip()), r, st, d, n));
            } catch (IndexOutOfBoundsException e) {
                throw new IllegalArgumentException(file + ":" + n + ": too few columns");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage());
            }
        }
        return rows;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
