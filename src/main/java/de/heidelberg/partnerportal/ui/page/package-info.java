/** Base classes of content pages (a section's list or one item): title, breadcrumbs, edit links, facts. */
@NullMarked
@NamedInterface("page")
package de.heidelberg.partnerportal.ui.page;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
