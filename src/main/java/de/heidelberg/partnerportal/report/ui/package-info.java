/** The activity report's page: selectors, key figures, a bar chart with its numbers as a table, the files. */
@NullMarked
package de.heidelberg.partnerportal.report.ui;

import org.jspecify.annotations.NullMarked;
