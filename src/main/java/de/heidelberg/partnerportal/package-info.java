/** The partner-city portal: application, configuration and its typed properties. */
@NullMarked
package de.heidelberg.partnerportal;

import org.jspecify.annotations.NullMarked;
