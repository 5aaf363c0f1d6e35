/**
 * Review progress in one SQLite file.
 *
 * <p>The file holds an append-only review log (one row per grade, with the card's scheduling state
 * before and after) and a {@code card_state} table that is a cache of the log: it can be rebuilt from
 * the log at any time ({@link io.verideck.progress.ProgressStore#rebuildStates()}). A grade is one
 * short {@code BEGIN IMMEDIATE} transaction that appends the log row and updates the state, so a
 * killed process loses nothing it acknowledged, and two sessions on the same file wait for each
 * other (busy timeout) instead of failing. Undo appends an {@code undo} row that names the row it
 * cancels; nothing in the log is ever updated or deleted (triggers refuse it).
 *
 * <p>The file is marked with an SQLite {@code application_id} and a schema version
 * ({@code user_version}) that {@link io.verideck.progress.Schema} migrates forward. A file that is
 * not SQLite, belongs to another program, is damaged, or comes from a newer Verideck is refused with
 * a one-line message and left untouched.
 */
package io.verideck.progress;
