/**
 * The activity report: a year's visits, people and participants by country, programmes and news, for all partner
 * cities or one city or network, as a page with a chart and as PDF and spreadsheet files. For city staff only.
 */
@NullMarked
package de.heidelberg.partnerportal.report;

import org.jspecify.annotations.NullMarked;
