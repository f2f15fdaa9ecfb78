/** The search page, the header search, search insight and index administration. */
@NullMarked
package de.heidelberg.partnerportal.search.ui;

import org.jspecify.annotations.NullMarked;
