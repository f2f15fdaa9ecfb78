/** The audit log for administrators. */
@NullMarked
package de.heidelberg.partnerportal.history.ui;

import org.jspecify.annotations.NullMarked;
