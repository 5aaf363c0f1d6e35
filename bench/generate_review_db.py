#!/usr/bin/env python3
"""Generate a review benchmark: N cards in user decks and M reviews as an FSRS optimizer CSV.

Usage: generate_review_db.py OUT_DIR [--cards 10000] [--reviews 100000] [--seed 1]
Writes OUT_DIR/decks/bench-NN.md (1,000 cards per file) and OUT_DIR/reviews.csv. The database is
then built by `verideck review-log import` (see run_review_bench.sh), which replays every review
through the FSRS-6 scheduler, so the generated state is what Verideck itself would have stored.
"""
import argparse
import os
import random
import time

p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("--cards", type=int, default=10000)
p.add_argument("--reviews", type=int, default=100000)
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
rnd = random.Random(a.seed)
print(f"seed {a.seed}")
os.makedirs(os.path.join(a.out, "decks"), exist_ok=True)
per_file = 1000
for f in range((a.cards + per_file - 1) // per_file):
    with open(os.path.join(a.out, "decks", f"bench-{f:02d}.md"), "w") as out:
        out.write(f"---\ndeck: Bench {f}\ntags: [bench, bench-{f % 7}]\n---\n\n# Bench {f}\n\n")
        for i in range(f * per_file, min(a.cards, (f + 1) * per_file)):
            out.write(f"## What is the value of $x_{{{i}}}$ in benchmark card {i}?\nid: bench-{i}\n"
                      f"key points: value {i}; index {i}\n\n$x_{{{i}}} = {i}$, the card's own index.\n\n")
# Reviews spread over the last 365 days; each card's reviews in time order, ratings mostly Good.
now_ms = int(time.time() * 1000)
day = 86_400_000
per_card = [0] * a.cards
for _ in range(a.reviews):
    per_card[rnd.randrange(a.cards)] += 1
with open(os.path.join(a.out, "reviews.csv"), "w") as out:
    out.write("card_id,review_time,review_rating,review_state,review_duration\n")
    for i, n in enumerate(per_card):
        times = sorted(now_ms - rnd.randrange(365 * day) for _ in range(n))
        for t in times:
            r = rnd.choices([1, 2, 3, 4], weights=[10, 10, 70, 10])[0]
            out.write(f"bench-{i},{t},{r},,{rnd.randrange(2000, 20000)}\n")
print(f"{a.cards} cards, {a.reviews} reviews -> {a.out}")
