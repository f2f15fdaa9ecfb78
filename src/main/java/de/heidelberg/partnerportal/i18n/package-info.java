/** Languages: the I18NProvider over translations/, language choice, formats, and translated content text. */
@NullMarked
package de.heidelberg.partnerportal.i18n;

import org.jspecify.annotations.NullMarked;
