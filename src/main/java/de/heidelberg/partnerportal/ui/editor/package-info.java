/** PLACEHOLDER */
@NamedInterface("editor")
package de.heidelberg.partnerportal.ui.editor;

import org.springframework.modulith.NamedInterface;
