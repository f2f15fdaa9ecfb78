/** The administrators' backup page: download, restore, nightly backups. */
@NullMarked
package de.heidelberg.partnerportal.backup.ui;

import org.jspecify.annotations.NullMarked;
