/** Shared Vaadin base classes of the features' views, exposed as named interfaces. */
@NullMarked
package de.heidelberg.partnerportal.ui;

import org.jspecify.annotations.NullMarked;
