/**
 * Anniversaries of the partnerships for the office's planning (staff only): every fifth year since a
 * relation began, computed from the cities' data.
 */
@NullMarked
package de.heidelberg.partnerportal.anniversary;

import org.jspecify.annotations.NullMarked;
