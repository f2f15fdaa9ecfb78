/** The start page. */
@NullMarked
package de.heidelberg.partnerportal.home;

import org.jspecify.annotations.NullMarked;
