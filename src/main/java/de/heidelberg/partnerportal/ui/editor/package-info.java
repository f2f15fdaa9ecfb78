/** The frame of every content editor and its parts: fields, conflict and trash dialogs, presence, versions. */
@NullMarked
@NamedInterface("editor")
package de.heidelberg.partnerportal.ui.editor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
