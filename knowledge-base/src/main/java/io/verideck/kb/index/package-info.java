/**
 * The Lucene index over cards and lecture sections, shared by the CLI and the site.
 *
 * <p>The built-in content is indexed once at build time ({@link io.verideck.kb.index.BuiltinIndexer});
 * a user's decks are indexed incrementally per file ({@link io.verideck.kb.index.UserIndex}); a
 * {@link io.verideck.kb.index.CardIndex} searches both through one reader. Queries use the classic
 * query syntax after TeX normalisation, with field boosts (question over key points and tags over
 * answer), a fuzzy retry when nothing matches, and highlighted snippets.
 */
package io.verideck.kb.index;
