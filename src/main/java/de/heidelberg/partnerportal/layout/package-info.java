/** The portal frame: main layout, navigation, breadcrumbs, error pages. */
@NullMarked
package de.heidelberg.partnerportal.layout;

import org.jspecify.annotations.NullMarked;
