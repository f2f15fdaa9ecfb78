/** Who else has an item's editor open ("being edited by … since …"). */
@NullMarked
package de.heidelberg.partnerportal.presence;

import org.jspecify.annotations.NullMarked;
