/**
 * Data safety: the portal's backup archive (every table of content, history, accounts, synonyms, site texts and
 * images in one versioned ZIP with a checksum per entry), its export and restore into an empty instance, and the
 * nightly backups in {@code data/backups/}.
 */
@NullMarked
package de.heidelberg.partnerportal.backup;

import org.jspecify.annotations.NullMarked;
