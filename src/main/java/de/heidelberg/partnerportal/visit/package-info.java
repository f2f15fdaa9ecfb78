/**
 * The visits register: incoming and outgoing delegations, study tours and events with their people, programme,
 * interpreter, press, Golden Book entry, linked news and state. The office's own record, for city staff only.
 */
@NullMarked
package de.heidelberg.partnerportal.visit;

import org.jspecify.annotations.NullMarked;
