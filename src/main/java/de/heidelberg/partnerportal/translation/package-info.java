/** What is left to translate, per language, over all editable content. */
@NullMarked
package de.heidelberg.partnerportal.translation;

import org.jspecify.annotations.NullMarked;
