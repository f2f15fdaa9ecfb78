/** Full-text search: analyzers per language, the index document, the search service, index administration and insight. */
@NullMarked
package de.heidelberg.partnerportal.search;

import org.jspecify.annotations.NullMarked;
