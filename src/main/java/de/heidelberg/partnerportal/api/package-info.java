/** Read-only HTTP endpoints for integrations: JSON search, RSS feed, vCards, images. */
@NullMarked
package de.heidelberg.partnerportal.api;

import org.jspecify.annotations.NullMarked;
