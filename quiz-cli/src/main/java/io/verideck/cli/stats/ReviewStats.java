package io.verideck.cli.stats;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Library;
import io.verideck.progress.ReviewEntry;
import io.verideck.schedule.CardSchedule;
import io.verideck.schedule.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code verideck stats} reports, computed from the card states and the effective review log.
 *
 * @param cards         cards in the decks (drafts excluded)
 * @param reviewedCards cards of the decks with progress
 * @param dueToday      cards of the decks due by the end of today (new cards not counted)
 * @param forecast      cards falling due on each of the next 30 days (index 0 = tomorrow)
 * @param heatmap       reviews per calendar day, oldest first
 * @param trueRetention share of passing grades among reviews of cards in the Review phase (NaN if none)
 * @param streak        consecutive days up to today (or yesterday) with at least one review
 * @param tags          per-tag breakdown, by number of reviews
 * @param hardest       up to 10 cards with the highest difficulty, then most lapses
 */
public record ReviewStats(int cards, int reviewedCards, int dueToday, int[] forecast, Map<LocalDate, Integer> heatmap,
                          double trueRetention, int streak, List<TagStats> tags, List<HardCard> hardest) {

    /** One tag's numbers. */
    public record TagStats(String tag, int cards, int reviews, double retention) {
    }

    /** A hard card. */
    public record HardCard(String id, String question, double difficulty, int lapses, double stability) {
    }

    /** Computes the report at {@code now} in {@code zone}. */
    public static ReviewStats compute(Library lib, Map<String, CardSchedule> states, List<ReviewEntry> log,
                                      Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Card> cards = lib.cards().stream().filter(c -> !c.draft()).toList();
        int reviewed = 0;
        int due = 0;
        int[] forecast = new int[30];
        for (Card c : cards) {
            CardSchedule s = states.get(c.id());
            if (s == null || s.isNew()) continue;
            reviewed++;
            long day = ChronoUnit.DAYS.between(today, s.due().atZone(zone).toLocalDate());
            if (day <= 0) due++;
            else if (day <= 30) forecast[(int) day - 1]++;
        }
        Map<LocalDate, Integer> heat = new TreeMap<>();
        int mature = 0;
        int matureHits = 0;
        for (ReviewEntry e : log) {
            heat.merge(e.at().atZone(zone).toLocalDate(), 1, Integer::sum);
            if (e.before().phase() == Phase.REVIEW) {
                mature++;
                if (e.rating() > 1) matureHits++;
            }
        }
        int streak = 0;
        LocalDate d = heat.containsKey(today) ? today : today.minusDays(1);
        while (heat.containsKey(d)) {
            streak++;
            d = d.minusDays(1);
        }
        return new ReviewStats(cards.size(), reviewed, due, forecast, heat,
                mature == 0 ? Double.NaN : (double) matureHits / mature, streak, tags(cards, log), hardest(cards, states));
    }

    private static List<TagStats> tags(List<Card> cards, List<ReviewEntry> log) {
        Map<String, Card> byId = new TreeMap<>();
        for (Card c : cards) byId.put(c.id(), c);
        Map<String, int[]> acc = new TreeMap<>(); // cards, reviews, passes
        for (Card c : cards) for (String t : c.tags()) acc.computeIfAbsent(t, k -> new int[3])[0]++;
        for (ReviewEntry e : log) {
            Card c = byId.get(e.cardId());
            if (c == null) continue;
            for (String t : c.tags()) {
                int[] a = acc.get(t);
                a[1]++;
                if (e.rating() > 1) a[2]++;
            }
        }
        List<TagStats> out = new ArrayList<>();
        acc.forEach((t, a) -> out.add(new TagStats(t, a[0], a[1], a[1] == 0 ? Double.NaN : (double) a[2] / a[1])));
        out.sort(Comparator.comparingInt(TagStats::reviews).reversed().thenComparing(TagStats::tag));
        return out;
    }

    private static List<HardCard> hardest(List<Card> cards, Map<String, CardSchedule> states) {
        return cards.stream()
                .filter(c -> states.containsKey(c.id()) && !states.get(c.id()).isNew())
                .map(c -> {
                    CardSchedule s = states.get(c.id());
                    return new HardCard(c.id(), c.question(), s.difficulty(), s.lapses(), s.stability());
                })
                .sorted(Comparator.comparingDouble(HardCard::difficulty).reversed()
                        .thenComparing(Comparator.comparingInt(HardCard::lapses).reversed()))
                .limit(10)
                .toList();
    }
}
