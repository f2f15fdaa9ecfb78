/** The anniversaries page. */
@NullMarked
package de.heidelberg.partnerportal.anniversary.ui;

import org.jspecify.annotations.NullMarked;
