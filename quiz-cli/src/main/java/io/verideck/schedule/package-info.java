/**
 * FSRS-6 scheduling: the memory model (stability, difficulty, retrievability) and the
 * learning / review / relearning state machine.
 *
 * <p>{@link io.verideck.schedule.Fsrs} holds the formulas of the FSRS-6 model with the current
 * default parameters; {@link io.verideck.schedule.Scheduler} applies them to a
 * {@link io.verideck.schedule.CardSchedule}, with learning steps, optional seeded fuzz, a maximum
 * interval and an optional exam date. Time semantics follow py-fsrs 6.x: "same day" means less than
 * one whole 24-hour period since the last review. The one deliberate difference from py-fsrs 6.3.1
 * is the same-day Hard case: like fsrs-rs (since #376) a same-day Hard never lowers stability; see
 * {@link io.verideck.schedule.Fsrs#shortTermStability(double, Rating)}.
 */
package io.verideck.schedule;
