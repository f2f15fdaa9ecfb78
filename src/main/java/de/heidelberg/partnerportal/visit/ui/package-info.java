/** Views of the visits register: the list, a visit's page, its editor, the request form and the Golden Book. */
@NullMarked
package de.heidelberg.partnerportal.visit.ui;

import org.jspecify.annotations.NullMarked;
