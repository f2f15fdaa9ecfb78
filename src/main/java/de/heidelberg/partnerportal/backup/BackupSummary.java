package de.heidelberg.partnerportal.backup;

/** What an archive holds: tables, rows in them, files (images). */
public record BackupSummary(int tables, long rows, int files) {}
