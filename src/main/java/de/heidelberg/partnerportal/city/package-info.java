/** Partner cities and friendly relations: focus areas of cooperation, coordinates and distances, contacts. */
@NullMarked
package de.heidelberg.partnerportal.city;

import org.jspecify.annotations.NullMarked;
