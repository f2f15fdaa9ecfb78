package de.heidelberg.partnerportal.backup;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The backup archive, format version {@value #VERSION} (README "Backup and restore" describes it for people):
 *
 * <ul>
 *   <li>a ZIP file; every entry's time is 1980-01-01 00:00, so two exports of the same data differ only in the
 *       manifest's {@code createdAt};
 *   <li>{@code tables/<table>.json} per table: {@code {"table", "columns": [{"name", "type"}], "rows": [[…], …]}},
 *       columns by name, rows by primary key, one row per line; types {@code integer decimal double boolean text
 *       date timestamp timestamptz binary} (times in ISO 8601, {@code timestamptz} in UTC);
 *   <li>{@code files/<table>/<key>.<column>.<ext>}: the bytes of a binary column (the images); the row holds the
 *       entry's name;
 *   <li>{@code manifest.json}, last: format name and version, export time, the database schema's version, each
 *       table's row count, and every other entry's size and SHA-256. An archive with an entry missing, added or
 *       changed is refused before anything is written.
 * </ul>
 */
final class BackupFormat {

    static final String NAME = "heidelberg-partnerportal-backup";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";
    static final String FILES = "files/";
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private BackupFormat() {}

    record Manifest(
            String format,
            int formatVersion,
            String createdAt,
            String schemaVersion,
            List<TableEntry> tables,
            List<FileEntry> entries) {}

    record TableEntry(String name, String entry, long rows) {}

    record FileEntry(String name, long size, String sha256) {}

    static String tableEntry(String table) {
        return TABLES + table + ".json";
    }

    /** The file extension of a binary value, from a {@code media_type} column of the same row if there is one. */
    static String extension(String mediaType) {
        return switch (mediaType.toLowerCase(Locale.ROOT)) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "image/svg+xml" -> "svg";
            case "application/pdf" -> "pdf";
            default -> "bin";
        };
    }
}
