/** City networks and the city's roles in them. */
@NullMarked
package de.heidelberg.partnerportal.network;

import org.jspecify.annotations.NullMarked;
