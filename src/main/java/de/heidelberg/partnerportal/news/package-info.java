/** News items linked to cities and networks. */
@NullMarked
package de.heidelberg.partnerportal.news;

import org.jspecify.annotations.NullMarked;
