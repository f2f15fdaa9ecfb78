/** The trash page. */
@NullMarked
package de.heidelberg.partnerportal.trash.ui;

import org.jspecify.annotations.NullMarked;
