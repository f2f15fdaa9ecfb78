/** The translation dashboard. */
@NullMarked
package de.heidelberg.partnerportal.translation.ui;

import org.jspecify.annotations.NullMarked;
