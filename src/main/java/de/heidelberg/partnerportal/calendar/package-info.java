/**
 * The office's calendar as an iCalendar feed per language: visits, their deadlines and partnership jubilees, for
 * city staff only (subscribable in Outlook with an API token).
 */
@NullMarked
package de.heidelberg.partnerportal.calendar;

import org.jspecify.annotations.NullMarked;
