/** Views of partner cities: the list, a city's page and its editor. */
@NullMarked
package de.heidelberg.partnerportal.city.ui;

import org.jspecify.annotations.NullMarked;
