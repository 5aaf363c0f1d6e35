/**
 * The review database as the site reads it: read-only, and only when its schema is the one expected
 * (tables {@code card_state} and {@code review_log}, epoch-millisecond times). Anything else means the
 * review panels are simply left out.
 */
package io.verideck.web.review;
