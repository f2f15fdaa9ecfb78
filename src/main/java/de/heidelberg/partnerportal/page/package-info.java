/** The portal's own texts (the start page's overview, the networks' introduction): edited like content, never created or deleted. */
@NullMarked
package de.heidelberg.partnerportal.page;

import org.jspecify.annotations.NullMarked;
