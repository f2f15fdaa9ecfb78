/** The editor of the portal's own texts. */
@NullMarked
package de.heidelberg.partnerportal.page.ui;

import org.jspecify.annotations.NullMarked;
