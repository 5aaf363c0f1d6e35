/** web: coming in its own issue. */
package io.verideck.web;
