#!/usr/bin/env bash
# Build-time step (quiz-cli's pom, package phase): the class-data-sharing archives the launcher uses.
# Each is a JDK 17 dynamic archive (-XX:ArchiveClassesAtExit) recorded from one training run:
#   target/verideck.jsa         search and the other knowledge-base commands (search backprop --limit 1)
#   target/verideck-review.jsa  review and stats (review --plain --limit 1 on a small training deck, with
#                               SQLite and the deck cache already set up by a first, unrecorded run)
#   target/verideck-serve.jsa   serve and site (serve --port 0 with -Dverideck.serveTrainingRun=true:
#                               the server fetches a few pages and a search from itself, then exits)
# The training runs use a throw-away data and cache directory under target/, never the user's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
target="$root/quiz-cli/target"
train="$target/cds-training"
rm -rf "$train"; mkdir -p "$train/decks"
export VERIDECK_NO_CDS=1 VERIDECK_HOME="$train/home" VERIDECK_CACHE="$train/cache" VERIDECK_DECKS=
unset VERIDECK_JAVA_OPTS XDG_DATA_HOME XDG_CACHE_HOME || true
dump() { # ARCHIVE ARGS...: one launch of the CLI that writes ARCHIVE when it exits
  local archive="$1"; shift
  rm -f "$archive"
  VERIDECK_JAVA_OPTS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off ${TRAIN_OPTS:-}" "$root/verideck" "$@"
}
code=0
dump "$target/verideck.jsa" search backprop --limit 1 >/dev/null || code=$?
[ "$code" -le 1 ] || { echo "cds-archives: search training run failed ($code)" >&2; exit 1; }
cat > "$train/decks/training.md" <<'MD'
---
deck: Training
tags: [training]
---

# Training

## What does the training deck hold, with $x_{1}$?
id: training-1
key points: two cards

Two cards, $x_{1}$ and $x_{2}$.

## What is the second card for, with $\frac{a}{b}$?
id: training-2

A second card to grade.
MD
review=(--decks "$train/decks" review --plain --limit 1 --db "$train/progress.db")
# first run: creates the database, extracts SQLite's native library, writes the deck caches, grades a card.
# A failure here (e.g. no SQLite native library for this platform) costs only the review archive:
# the launcher then uses verideck.jsa for review too.
if printf '\n3\n' | "$root/verideck" --decks "$train/decks" review --plain --db "$train/progress.db" >/dev/null \
    && dump "$target/verideck-review.jsa" "${review[@]}" </dev/null >/dev/null; then
  :
else
  rm -f "$target/verideck-review.jsa"
  echo "cds-archives: warning: the review training run failed; review uses the search archive" >&2
fi
if ! TRAIN_OPTS="-Dverideck.serveTrainingRun=true" dump "$target/verideck-serve.jsa" serve --port 0 </dev/null >/dev/null 2>&1; then
  rm -f "$target/verideck-serve.jsa"
  echo "cds-archives: warning: the serve training run failed; serve uses the search archive" >&2
fi
ls -l "$target"/verideck*.jsa | awk '{print "cds-archives: " $NF ", " $5 " bytes"}'
