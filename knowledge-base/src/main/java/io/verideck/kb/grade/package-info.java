/**
 * Grading typed answers against a card's key points.
 *
 * <p>How a score comes about ({@link io.verideck.kb.grade.Grader}):
 * <ol>
 *   <li>The answer is cleaned first ({@link io.verideck.kb.grade.TypedAnswer}): control characters and
 *   terminal escape sequences are removed, enormous pastes are cut, so nothing a student types is ever
 *   echoed raw.</li>
 *   <li>Answer and key points go through the search analysis chain
 *   ({@link io.verideck.kb.analysis.CourseAnalyzer}): TeX tokens ({@code \sigma}, {@code σ} →
 *   {@code sigma}), stemming, and the curated synonyms on the answer side ({@code MSE} ⇔
 *   {@code mean squared error}). A key-point term missing from the answer may still match a word one or
 *   two edits away (small typos).</li>
 *   <li>Each key point is looked for in a window of the answer a few words wider than the key point
 *   itself, and its terms are weighted by rarity in the course (common words count little) and by
 *   novelty (words already in the question count little). So a long answer that sprinkles the right
 *   words far apart, or repeats the question, earns little: length alone earns nothing.</li>
 *   <li>Negation and contradiction cues: a matched key point whose answer window negates what the key
 *   point asserts ("does not", "never"), uses the opposite word ("decreases" for "increases"), or a
 *   "yes" where the card's first key point is "no", is marked contradicted and earns nothing.</li>
 *   <li>The score in [0, 1] is the mean key-point credit; it maps to a 0-5 grade and a review rating,
 *   with a one-line reason.</li>
 * </ol>
 * The evaluation against hand-graded answers is described in {@code docs/exam.md} and
 * {@code docs/benchmarks.md}.
 */
package io.verideck.kb.grade;
