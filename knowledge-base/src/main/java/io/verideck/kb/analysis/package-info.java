/**
 * Text analysis made for this course's vocabulary. One chain, in two flavours:
 * <ul>
 *   <li>index time: TeX normalised ({@code \nabla} → {@code nabla}, {@code \mathcal{H}_{n}} →
 *   {@code H_n}, {@code ∇} → {@code nabla}), tokens split on white space and punctuation but not on
 *   {@code -} or {@code _}; compounds then split into their parts with the whole kept
 *   ({@code softmax-cross-entropy} → {@code softmax-cross-entropy, softmax, cross, entropy}); lower case,
 *   English possessives and stop words removed, Porter stemming;</li>
 *   <li>query time: the same normalisation, hyphens split, then the curated synonym map
 *   ({@code synonyms.txt}) expands abbreviations ({@code sgd} ⇔ {@code stochastic gradient descent})
 *   before stemming. Synonyms at query time keep the index small and let the map change without a
 *   re-index.</li>
 * </ul>
 */
package io.verideck.kb.analysis;
