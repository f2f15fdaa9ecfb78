/**
 * Gifts given and received by the city (date, giver, receiver, occasion, where it is kept, photo), so that nothing
 * is given twice. The office's own record, for city staff only.
 */
@NullMarked
package de.heidelberg.partnerportal.gift;

import org.jspecify.annotations.NullMarked;
