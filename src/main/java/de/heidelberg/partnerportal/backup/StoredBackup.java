package de.heidelberg.partnerportal.backup;

import java.time.Instant;

/** A backup file in the portal's backup folder ({@code data/backups/}). */
public record StoredBackup(String name, long size, Instant created) {}
