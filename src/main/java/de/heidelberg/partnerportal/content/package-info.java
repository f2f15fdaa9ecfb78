/** The shared content core: entity base, editor form, editing service, checks, changes, field keys, readers and links between features. */
@NullMarked
package de.heidelberg.partnerportal.content;

import org.jspecify.annotations.NullMarked;
