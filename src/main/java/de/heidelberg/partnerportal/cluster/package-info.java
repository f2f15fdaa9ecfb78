/** What several portal nodes share beyond the database rows: locks, so that a job or a start-up step runs once. */
@NullMarked
package de.heidelberg.partnerportal.cluster;

import org.jspecify.annotations.NullMarked;
