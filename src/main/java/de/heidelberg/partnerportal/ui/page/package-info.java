/** PLACEHOLDER */
@NamedInterface("page")
package de.heidelberg.partnerportal.ui.page;

import org.springframework.modulith.NamedInterface;
